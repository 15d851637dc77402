import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('MatchAnswer', { description: 'One pairing of a saved MATCHING answer' })
export class MatchAnswerModel {
  @Field()
  prompt: string;

  @Field()
  answer: string;
}
