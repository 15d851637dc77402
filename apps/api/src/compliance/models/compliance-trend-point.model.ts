import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ComplianceTrendPoint', { description: "a unit's figures over every requirement at the end of a day (Vietnam's clock)" })
export class ComplianceTrendPointModel {
  @Field({ description: 'YYYY-MM-DD' })
  day: string;

  @Field(() => Int)
  required: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Int)
  overdue: number;

  @Field(() => Float, { nullable: true })
  rate: number | null;
}
