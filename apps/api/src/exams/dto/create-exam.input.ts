import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import type { GradingMethod } from '@hocso/server-core';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';
import { GradingMethodEnum } from '../exam-enums';
import { ExamReviewPolicyInput } from './exam-review-policy.input';
import { ExamRuleInput } from './exam-rule.input';

@InputType({ description: 'The whole exam form; updateExam takes it too (the bank cannot change), and what is omitted takes its default' })
export class CreateExamInput {
  @MaxLength(TEXT_BOUNDS.title)
  @Field()
  title: string;

  @Field(() => ID)
  bankId: string;

  @MaxLength(TEXT_BOUNDS.examInstructions)
  @Field(() => String, { nullable: true, description: 'shown before the learner starts; plain text' })
  instructions?: string | null;

  @Field(() => [ExamRuleInput])
  rules: ExamRuleInput[];

  @Field(() => Int, { nullable: true, description: 'null = untimed' })
  timeLimitSeconds?: number | null;

  @Field(() => Int, { nullable: true, description: 'null = unlimited' })
  maxAttempts?: number | null;

  @Field(() => Int, { nullable: true, description: 'seconds to wait after an attempt before the next; default 0' })
  attemptDelaySeconds?: number | null;

  @Field(() => Float, { nullable: true, description: 'default 50' })
  passPercent?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'default false' })
  shuffleQuestions?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'default true' })
  shuffleOptions?: boolean | null;

  @Field(() => GradingMethodEnum, { nullable: true, description: 'default HIGHEST' })
  gradingMethod?: GradingMethod | null;

  @Field(() => Date, { nullable: true })
  opensAt?: Date | null;

  @Field(() => Date, { nullable: true })
  closesAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'seconds after the deadline in which a late save or submit is still accepted (network lag); default 0' })
  graceSeconds?: number | null;

  @Field(() => ExamReviewPolicyInput, { nullable: true })
  reviewPolicy?: ExamReviewPolicyInput | null;

  @Field(() => Boolean, { nullable: true, description: 'a public exam ("Thi trực tuyến") any signed-in account may take; default false' })
  openToAll?: boolean | null;
}
