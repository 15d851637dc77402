import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class MatchPairInput {
  @Field()
  prompt: string;

  @Field()
  answer: string;
}
