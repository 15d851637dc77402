import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ExamAccess, ExamAction, ExamEntity, ExamView, GradingMethod } from '@hocso/server-core';
import { LIST_BOUNDS } from '../../graphql/list-bounds';
import { ListSize } from '../../graphql/list-size';
import { ExamActionEnum, GradingMethodEnum } from '../exam-enums';
import { ExamOverrideModel } from './exam-override.model';
import { ExamReviewPolicyModel } from './exam-review-policy.model';
import { ExamRuleModel } from './exam-rule.model';

@ObjectType('Exam', { description: 'An exam drawn from one question bank by its rules' })
export class ExamModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'shown before the learner starts; plain text' })
  instructions: string;

  @Field(() => ID)
  bankId: string;

  @Field(() => Int, { description: 'questions of each attempt: the sum of the rules\' counts' })
  questionCount: number;

  @ListSize(LIST_BOUNDS.rulesPerExam)
  @Field(() => [ExamRuleModel])
  rules?: ExamRuleModel[];

  @Field(() => Int, { nullable: true, description: 'null = untimed' })
  timeLimitSeconds: number | null;

  @Field(() => Int, { nullable: true, description: 'null = unlimited' })
  maxAttempts: number | null;

  @Field(() => Int, { description: 'seconds a learner waits after submitting before starting the next attempt' })
  attemptDelaySeconds: number;

  @Field(() => Float)
  passPercent: number;

  @Field(() => GradingMethodEnum)
  gradingMethod: GradingMethod;

  @Field()
  shuffleQuestions: boolean;

  @Field()
  shuffleOptions: boolean;

  @Field(() => Date, { nullable: true })
  opensAt: Date | null;

  @Field(() => Date, { nullable: true })
  closesAt: Date | null;

  @Field(() => Int, { description: 'seconds after the deadline in which a late save or submit is still accepted (network lag)' })
  graceSeconds: number;

  @Field(() => ExamReviewPolicyModel)
  reviewPolicy: ExamReviewPolicyModel;

  @Field({ description: 'a public exam ("Thi trực tuyến"): any signed-in account may take it' })
  openToAll: boolean;

  @ListSize(5)
  @Field(() => [ExamActionEnum], { description: 'what the caller may do with the exam now' })
  allowedActions?: ExamAction[];

  @Field(() => Int, { nullable: true, description: 'attempts started so far, any state; editors only (null for others)' })
  attemptCount?: number | null;

  @ListSize(LIST_BOUNDS.overridesPerExam)
  @Field(() => [ExamOverrideModel], { description: 'editors only; empty for others' })
  overrides?: ExamOverrideModel[];

  @Field(() => Int, { nullable: true, description: "the caller's attempts left, their overrides counted; null = unlimited" })
  myAttemptsLeft?: number | null;

  @Field(() => Date, { nullable: true, description: 'when the caller may start their next attempt, while the delay between attempts runs' })
  myNextAttemptAt?: Date | null;

  @Field(() => Float, { nullable: true, description: "the caller's exam grade by the grading method over their graded attempts; null before one is graded" })
  myBestPercent?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'whether that grade reaches the pass mark; null before an attempt is graded' })
  myPassed?: boolean | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  /** The caller's access, when the service already read it (else the loaders read it). */
  access?: ExamAccess;
  entity: ExamEntity;

  static from(exam: ExamEntity, access?: ExamAccess): ExamModel {
    return Object.assign(new ExamModel(), {
      id: exam.id,
      title: exam.title,
      instructions: exam.instructions,
      bankId: exam.bankId,
      questionCount: exam.questionCount,
      timeLimitSeconds: exam.timeLimitSeconds,
      maxAttempts: exam.maxAttempts,
      attemptDelaySeconds: exam.attemptDelaySeconds,
      passPercent: exam.passPercent,
      gradingMethod: exam.gradingMethod,
      shuffleQuestions: exam.shuffleQuestions,
      shuffleOptions: exam.shuffleOptions,
      opensAt: exam.opensAt,
      closesAt: exam.closesAt,
      graceSeconds: exam.graceSeconds,
      reviewPolicy: ExamReviewPolicyModel.from(exam.reviewPolicy),
      openToAll: exam.openToAll,
      createdAt: exam.createdAt,
      updatedAt: exam.updatedAt,
      access,
      entity: exam,
    });
  }

  static fromView(view: ExamView): ExamModel {
    return ExamModel.from(view.exam, view.access);
  }
}
