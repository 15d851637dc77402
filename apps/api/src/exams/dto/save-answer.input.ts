import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';
import { MatchAnswerInput } from './match-answer.input';

@InputType('SaveAnswerInput', { description: "The answer to one slot; only the field of the question's type is sent (none clears the answer)" })
export class SaveAnswerInput {
  @Field(() => ID)
  attemptId: string;

  @Field(() => Int)
  slot: number;

  @Field(() => Int, {
    description:
      'strictly increasing per attempt on the client; a save with a lower or equal clientSeq than the one stored for that slot changes nothing and returns what is stored',
  })
  clientSeq: number;

  @Field(() => [ID], { nullable: true, description: 'SINGLE_CHOICE (one), MULTIPLE_CHOICE' })
  optionIds?: string[] | null;

  @MaxLength(TEXT_BOUNDS.answerText)
  @Field(() => String, { nullable: true, description: 'SHORT_ANSWER, ESSAY' })
  text?: string | null;

  @Field(() => Float, { nullable: true, description: 'NUMERIC' })
  number?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'TRUE_FALSE' })
  boolean?: boolean | null;

  @Field(() => [MatchAnswerInput], { nullable: true, description: 'MATCHING' })
  matches?: MatchAnswerInput[] | null;
}
