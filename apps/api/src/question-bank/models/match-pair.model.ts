import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('MatchPair')
export class MatchPairModel {
  @Field({ description: 'empty for a distractor: its answer is offered but matches nothing' })
  prompt: string;

  @Field()
  answer: string;
}
