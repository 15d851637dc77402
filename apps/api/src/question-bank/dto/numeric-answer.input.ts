import { Field, Float, InputType } from '@nestjs/graphql';

@InputType()
export class NumericAnswerInput {
  @Field(() => Float)
  value: number;

  @Field(() => Float)
  tolerance: number;

  @Field(() => Float, { description: '-1..1' })
  fraction: number;

  @Field(() => String, { nullable: true })
  feedback?: string | null;
}
