import { Field, InputType } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType('MatchAnswerInput')
export class MatchAnswerInput {
  @MaxLength(TEXT_BOUNDS.questionText)
  @Field({ description: "one of the question's `matchPrompts`" })
  prompt: string;

  @MaxLength(TEXT_BOUNDS.questionText)
  @Field({ description: 'one of its `matchChoices`' })
  answer: string;
}
