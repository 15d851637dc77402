import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { EssayToGradeView } from '@hocso/server-core';
import { ExamAttemptModel } from './exam-attempt.model';

@ObjectType('EssayToGrade', { description: 'An essay of a submitted attempt that no trainer has graded yet' })
export class EssayToGradeModel {
  @Field(() => ExamAttemptModel)
  attempt: ExamAttemptModel;

  @Field(() => ID)
  attemptId: string;

  @Field(() => Int)
  slot: number;

  @Field({ description: 'sanitised HTML' })
  prompt: string;

  @Field(() => String, { nullable: true, description: "the learner's text; null when they left it empty" })
  text: string | null;

  @Field(() => Float)
  maxPoints: number;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;


  static from(view: EssayToGradeView): EssayToGradeModel {
    return Object.assign(new EssayToGradeModel(), {
      attempt: ExamAttemptModel.from({ attempt: view.attempt, serverNow: view.serverNow, scoreVisible: true }),
      attemptId: view.attempt.id,
      slot: view.slot,
      prompt: view.prompt,
      text: view.text,
      maxPoints: view.maxPoints,
      submittedAt: view.attempt.submittedAt,
    });
  }
}
