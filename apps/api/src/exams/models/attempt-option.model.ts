import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AttemptOption', { description: 'A choice as the learner sees it: no fraction, no feedback' })
export class AttemptOptionModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'sanitised HTML' })
  text: string;
}
