import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('QuestionOption')
export class QuestionOptionModel {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;

  @Field(() => Float, { description: '-1..1; 1 = fully right (GIFT "=" or %100%), 0.5 = %50%, -1 = %-100%' })
  fraction: number;

  @Field(() => String, { nullable: true })
  feedback: string | null;
}
