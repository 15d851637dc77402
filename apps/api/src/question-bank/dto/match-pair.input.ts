import { Field, InputType } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType()
export class MatchPairInput {
  @MaxLength(TEXT_BOUNDS.questionText)
  @Field()
  prompt: string;

  @MaxLength(TEXT_BOUNDS.questionText)
  @Field()
  answer: string;
}
