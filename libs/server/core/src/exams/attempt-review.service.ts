import { isUuid } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import type { Locale } from '../i18n/locale';
import type { QuestionContent } from '../question-bank/question-content';
import type { QuestionType } from '../question-bank/question-draft';
import { questionTextHtml } from '../question-bank/question-text-html';
import type { AnswerResponse } from './answer-response';
import type { SlotResult } from './attempt-slot';
import { loadEffectiveSettings } from './exam-effective-settings';
import { assertCanSeeAttempt, canEditExam } from './exam-access';
import { ExamService } from './exam.service';
import { ExamAttemptEntity } from './exam-attempt.entity';
import type { ExamEntity } from './exam.entity';
import type { AnswerOutcome } from './exam-settings';
import { gradeResponse, rightAnswerOf, rightAnswerText } from './grading';
import { reviewClosedAt, reviewVisibilityNow, type ReviewVisibilityNow } from './review-visibility';

/** One question of a reviewed attempt; each part is null where the review policy hides it. */
export interface ReviewedQuestionView {
  slot: number;
  type: QuestionType;
  prompt: string;
  maxPoints: number;
  outcome: AnswerOutcome | null;
  points: number | null;
  /** Option or answer feedback, combined feedback and general feedback, one per line. */
  feedback: string | null;
  /** The trainer's comment when they graded the question by hand (shown with the feedback, as Moodle does). */
  comment: string | null;
  rightAnswer: string | null;
}

export interface AttemptReviewView {
  /** The attempt, its score and pass/fail cleared when the policy hides them. */
  attempt: ExamAttemptEntity;
  exam: ExamEntity;
  visibility: ReviewVisibilityNow;
  /** When the parts shown "after the exam is closed" appear, while they are still hidden; else null. */
  moreVisibleAt: Date | null;
  /** The database's clock when the review was read. */
  serverNow: Date;
  questions: ReviewedQuestionView[];
}


/** What a submitted attempt shows to whoever may see it: the review policy decides, part by part. */
@Injectable()
export class AttemptReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly exams: ExamService,
  ) {}

  async review(actor: Actor, attemptId: string, locale: Locale): Promise<AttemptReviewView> {
    if (!isUuid(attemptId)) throw DomainError.notFound('exam.attemptNotFound', attemptId);
    const attempt = await this.dataSource.manager.findOne(ExamAttemptEntity, { where: { id: attemptId } });
    if (!attempt) throw DomainError.notFound('exam.attemptNotFound', attemptId);
    const { exam, access } = await this.exams.withAccess(this.dataSource.manager, actor, attempt.examId);
    const [{ path, now }]: Array<{ path: string | null; now: Date }> = await this.dataSource.query(
      'SELECT (SELECT path FROM org_unit WHERE id = $1) AS path, now() AS now',
      [attempt.orgUnitId],
    );
    const editor = canEditExam(actor, access);
    assertCanSeeAttempt(actor, access, { userId: attempt.userId, orgUnitPath: path });
    if (attempt.state === 'IN_PROGRESS' && !editor) throw DomainError.conflict('examReview.attemptInProgress');
    const { closesAt } = await loadEffectiveSettings(this.dataSource.manager, exam, attempt.userId);

    const moment = { now, submittedAt: attempt.submittedAt, closesAt, deadline: attempt.deadline };
    const visibility = reviewVisibilityNow(exam.reviewPolicy, moment, editor);
    const closedAt = reviewClosedAt(moment);
    const hidesUntilClose = Object.entries(exam.reviewPolicy).some(([part, when]) => when === 'AFTER_CLOSE' && !visibility[part as keyof ReviewVisibilityNow]);
    const questions = await this.reviewedQuestions(attempt, visibility, locale);
    return {
      attempt: visibility.score ? attempt : Object.assign(new ExamAttemptEntity(), attempt, { scorePoints: null, scorePercent: null, passed: null }),
      exam,
      visibility,
      serverNow: now,
      moreVisibleAt: hidesUntilClose && attempt.submittedAt !== null && closedAt !== null && closedAt > now ? closedAt : null,
      questions,
    };
  }

  private async reviewedQuestions(attempt: ExamAttemptEntity, visibility: ReviewVisibilityNow, locale: Locale): Promise<ReviewedQuestionView[]> {
    const versionIds = [...new Set(attempt.slots.map((slot) => slot.versionId))];
    const versions: Array<{ id: string; content: QuestionContent }> = await this.dataSource.query(
      'SELECT id, content FROM question_version WHERE id = ANY($1::uuid[])',
      [versionIds],
    );
    const contentOf = new Map(versions.map((version) => [version.id, version.content]));
    const answers: Array<{ slot: number; response: AnswerResponse }> = await this.dataSource.query(
      'SELECT slot, response FROM attempt_answer WHERE attempt_id = $1',
      [attempt.id],
    );
    const responseOf = new Map(answers.map((answer) => [answer.slot, answer.response]));
    const resultOf = new Map((attempt.results ?? []).map((result): [number, SlotResult] => [result.slot, result]));
    return attempt.slots.map((slot) => {
      const content = contentOf.get(slot.versionId) as QuestionContent;
      const result = resultOf.get(slot.slot);
      const graded = result !== undefined;
      const feedback = visibility.feedback && graded ? gradeResponse(slot.type, content, responseOf.get(slot.slot) ?? null).feedback : [];
      const rightAnswer = visibility.rightAnswers ? rightAnswerOf(slot.type, content) : null;
      return {
        slot: slot.slot,
        type: slot.type,
        prompt: questionTextHtml(content.prompt, content.promptFormat),
        maxPoints: slot.maxPoints,
        outcome: visibility.correctness && result ? result.outcome : null,
        points: visibility.correctness && result ? result.points : null,
        feedback: feedback.length > 0 ? feedback.join('\n') : null,
        comment: visibility.feedback ? (result?.manual?.comment ?? null) : null,
        rightAnswer: rightAnswer ? rightAnswerText(rightAnswer, locale) : null,
      };
    });
  }
}
