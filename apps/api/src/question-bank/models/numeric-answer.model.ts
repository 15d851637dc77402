import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('NumericAnswer')
export class NumericAnswerModel {
  @Field(() => Float)
  value: number;

  @Field(() => Float, { description: 'GIFT {#v:t} gives tolerance t; {#lo..hi} gives value (lo+hi)/2 and tolerance (hi-lo)/2' })
  tolerance: number;

  @Field(() => Float)
  fraction: number;

  @Field(() => String, { nullable: true })
  feedback: string | null;
}
