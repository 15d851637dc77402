import { ERROR_CODES, isUuid } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import type { AnswerResponse } from './answer-response';
import { computeAttemptDeadline } from './attempt-deadline';
import { drawAttemptQuestions, type ExamDrawPlan, loadExamDrawPlan } from './attempt-question-draw';
import { AttemptStartBatcher } from './attempt-start-batcher';
import { RoundSharedRead } from '../database/round-shared-read';
import { entityOfRow } from '../database/entity-of-row';
import { buildAttemptSlots } from './attempt-slots';
import { AttemptSubmissionService } from './attempt-submission.service';
import { assertCanTakeExam, canSeeAttempt, loadOneExamAccess } from './exam-access';
import { ExamAttemptEntity } from './exam-attempt.entity';
import { loadEffectiveSettings } from './exam-effective-settings';
import { ExamRuleEntity } from './exam-rule.entity';
import { ExamEntity } from './exam.entity';
import { findExamOrFail } from './exam-lookup';
import { QuestionVersionCache } from './question-version-cache';
import { attemptsCountedFromSql, countedAttempts } from './retake-attempts';
import { isVisible } from './review-visibility';
import type { SavedAnswerView } from './saved-answer';

/** An attempt as one reader sees it. */
export interface AttemptView {
  attempt: ExamAttemptEntity;
  /** The database's clock when the attempt was read: clients count down from it, never from their own. */
  serverNow: Date;
  /** The score and pass/fail: editors and managers always; the taker when the review policy allows it. */
  scoreVisible: boolean;
}

/** What `start` answers: the attempt, the exam it was read with, and its answers when they are known without a read (a new attempt has none). */
export interface StartedAttemptView extends AttemptView {
  exam: ExamEntity;
  answers: SavedAnswerView[] | null;
}

/** A learner's attempts at one exam that `myAttempts` lists: the latest ones when an unlimited exam has more. */
export const MY_ATTEMPTS_MAX = 100;

interface AttemptRead {
  attempt: ExamAttemptEntity;
  serverNow: Date;
  overdue: boolean;
}

interface EarlierAttempt {
  number: number;
  started_at: Date;
  submitted_at: Date | null;
  question_ids: string[];
}

/**
 * Starts attempts and reads them. Starting is built for thousands of learners pressing "start" in the same
 * second: plain reads (no lock, nothing shared written; the exam's own read once per event-loop round) and one
 * INSERT, shared with the other starts of its round, that the partial unique index on the open attempt makes
 * idempotent. Any read of an attempt past its deadline and grace closes it first.
 */
@Injectable()
export class AttemptService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly submissions: AttemptSubmissionService,
    private readonly versions: QuestionVersionCache,
    private readonly starts: AttemptStartBatcher,
  ) {}

  /** The exam, and how its attempts draw, each read once for the starts of one event-loop round. */
  private readonly startExams = new RoundSharedRead<string, ExamEntity>();
  private readonly startPlans = new RoundSharedRead<string, ExamDrawPlan>();

  private startExamOf(examId: string): Promise<ExamEntity> {
    return this.startExams.get(examId, () => findExamOrFail(this.dataSource.manager, examId));
  }

  /** The rules are read alongside the exam, not after it. */
  private startPlanOf(examId: string, examRead: Promise<ExamEntity>): Promise<ExamDrawPlan> {
    return this.startPlans.get(examId, async () => {
      const db = this.dataSource.manager;
      const [exam, rules] = await Promise.all([examRead, isUuid(examId) ? db.find(ExamRuleEntity, { where: { examId } }) : []]);
      return loadExamDrawPlan(db, exam.bankId, rules);
    });
  }

  /**
   * Resumes the learner's attempt in progress, or starts the next one (a second press or device resumes it).
   * A new attempt comes with the exam it was read with and its (empty) answers, so that its answer reads nothing again.
   */
  async start(actor: Actor, examId: string): Promise<StartedAttemptView> {
    // Three or four round trips deep for a new attempt: the exam and its rules (read once by the round) with the
    // learner's attempts; the access and the settings at once with the categories then the draw; the insert (with
    // the others of its round: AttemptStartBatcher).
    const db = this.dataSource.manager;
    const examRead = this.startExamOf(examId);
    const mineRead = isUuid(examId) ? this.attemptsOf(examId, actor.userId) : Promise.resolve(null);
    const checksRead = handledLater(
      examRead.then((exam) => Promise.all([loadOneExamAccess(db, actor, exam), loadEffectiveSettings(db, exam, actor.userId)])),
    );
    const drawRead = handledLater(
      Promise.all([this.startPlanOf(examId, examRead), mineRead]).then(([plan, mine]) => {
        if (mine?.open && !mine.open.overdue) return null;
        const seen = [...new Set((mine?.earlier ?? []).flatMap((attempt) => attempt.question_ids))];
        return drawAttemptQuestions(db, plan, seen);
      }),
    );
    const [exam, mine] = await Promise.all([examRead, mineRead]);
    const open = mine?.open ?? null;
    if (open && !open.overdue) return { attempt: open.attempt, serverNow: open.serverNow, scoreVisible: false, exam, answers: null };
    if (open) await this.submissions.autoSubmit(open.attempt.id);

    const [[access, settings], { now, earlier, countedFrom }] = await Promise.all([
      checksRead,
      // Read again only when the attempt just closed changed them.
      mine && !open ? mine : this.attemptsOf(exam.id, actor.userId),
    ]);
    assertCanTakeExam(access, settings, now);
    this.assertMayStartAnother(exam, settings.maxAttempts, earlier, countedFrom, now);

    const drawn = (await drawRead) ?? [];
    const frozen = await this.versions.get(drawn.map((question) => question.versionId));
    const slots = buildAttemptSlots(
      drawn.map((question) => {
        const version = frozen.get(question.versionId);
        if (!version) throw new Error(`Question version ${question.versionId} is missing`);
        return { ...question, type: version.type, content: version.content, points: question.points ?? version.content.defaultPoints };
      }),
      exam,
    );
    const { deadline, acceptsUntil } = computeAttemptDeadline({
      startedAt: now,
      timeLimitSeconds: exam.timeLimitSeconds,
      timeMultiplier: settings.timeMultiplier,
      closesAt: settings.closesAt,
      extensionSeconds: 0,
      graceSeconds: exam.graceSeconds,
    });
    const inserted = await this.starts.insert({
      examId: exam.id,
      userId: actor.userId,
      number: (earlier.at(-1)?.number ?? 0) + 1,
      startedAt: now,
      timeMultiplier: settings.timeMultiplier,
      deadline,
      acceptsUntil,
      slots,
      maxPoints: slots.reduce((sum, slot) => sum + slot.maxPoints, 0),
    });
    if (!inserted) {
      // Another press or device won the race: resume the attempt it opened.
      const other = await this.openAttempt(exam.id, actor.userId);
      if (!other) throw DomainError.conflict('exam.startedElsewhere', 'examId');
      return { attempt: other.attempt, serverNow: other.serverNow, scoreVisible: false, exam, answers: null };
    }
    return { attempt: entityOfRow(this.dataSource, ExamAttemptEntity, inserted), serverNow: now, scoreVisible: false, exam, answers: [] };
  }

  /**
   * One attempt, for its taker, the exam's editors and the managers of the unit it was taken in (anyone
   * else: not found). Closed first if it is past its deadline and grace.
   */
  async get(actor: Actor, attemptId: string): Promise<AttemptView> {
    const read = isUuid(attemptId) ? await this.readAttempt(attemptId) : null;
    if (!read) throw DomainError.notFound('exam.attemptNotFound', attemptId);
    const exam = await this.dataSource.manager.findOneByOrFail(ExamEntity, { id: read.attempt.examId });
    const isTaker = read.attempt.userId === actor.userId;
    if (!isTaker) {
      const access = await loadOneExamAccess(this.dataSource, actor, exam);
      const orgUnitPath = await this.orgUnitPath(read.attempt.orgUnitId);
      if (!canSeeAttempt(actor, access, { userId: read.attempt.userId, orgUnitPath })) throw DomainError.notFound('exam.attemptNotFound', attemptId);
    }
    const current = read.overdue ? await this.closeAndReread(attemptId) : read;
    return { ...current, scoreVisible: isTaker ? await this.takerSeesScore(exam, current.attempt, current.serverNow) : true };
  }

  /** The actor's attempts at an exam (the latest MY_ATTEMPTS_MAX), the first first; those past their deadline are closed first. */
  async mine(actor: Actor, examId: string): Promise<AttemptView[]> {
    const exam = await findExamOrFail(this.dataSource.manager, examId);
    const latest = await this.readWhere('a.exam_id = :examId AND a.user_id = :userId', { examId: exam.id, userId: actor.userId }, MY_ATTEMPTS_MAX);
    const reads = latest.reverse();
    const views: AttemptView[] = [];
    const closesAt = this.closingTimeOf(exam, actor.userId);
    for (const read of reads) {
      const current = read.overdue ? await this.closeAndReread(read.attempt.id) : read;
      views.push({ ...current, scoreVisible: await this.takerSeesScore(exam, current.attempt, current.serverNow, closesAt) });
    }
    return views;
  }

  /** Submits the actor's attempt (idempotent) and answers it as its taker reads it. */
  async submit(actor: Actor, attemptId: string): Promise<AttemptView> {
    const attempt = await this.submissions.submit(actor, attemptId);
    const exam = await this.dataSource.manager.findOneByOrFail(ExamEntity, { id: attempt.examId });
    const [{ now }]: Array<{ now: Date }> = await this.dataSource.query('SELECT now() AS now');
    return { attempt, serverNow: now, scoreVisible: await this.takerSeesScore(exam, attempt, now) };
  }

  /** The answers stored for each attempt, by slot, for attempts the reader was already allowed to see. */
  async answersOf(attemptIds: readonly string[]): Promise<Map<string, SavedAnswerView[]>> {
    const rows: Array<{ attempt_id: string; slot: number; client_seq: number; response: AnswerResponse; saved_at: Date }> = attemptIds.length
      ? await this.dataSource.query(
          'SELECT attempt_id, slot, client_seq, response, saved_at FROM attempt_answer WHERE attempt_id = ANY($1::uuid[]) ORDER BY attempt_id, slot',
          [attemptIds],
        )
      : [];
    const byAttempt = new Map<string, SavedAnswerView[]>(attemptIds.map((id) => [id, []]));
    for (const row of rows) {
      byAttempt.get(row.attempt_id)?.push({ slot: row.slot, clientSeq: row.client_seq, savedAt: row.saved_at, response: row.response });
    }
    return byAttempt;
  }

  /** The attempts allowed are counted from a retake's start (retake-attempts.ts); the delay follows the last attempt. */
  private assertMayStartAnother(exam: ExamEntity, maxAttempts: number | null, earlier: readonly EarlierAttempt[], countedFrom: Date | null, now: Date): void {
    if (maxAttempts !== null && countedAttempts(earlier, (attempt) => attempt.started_at, countedFrom).length >= maxAttempts) {
      throw DomainError.conflict('exam.noAttemptsLeft', 'examId', { max: maxAttempts });
    }
    const lastFinished = earlier.at(-1)?.submitted_at;
    if (!lastFinished || exam.attemptDelaySeconds === 0) return;
    const nextAt = new Date(lastFinished.getTime() + exam.attemptDelaySeconds * 1000);
    if (nextAt > now) {
      const retryAfterSeconds = Math.ceil((nextAt.getTime() - now.getTime()) / 1000);
      throw new DomainError(ERROR_CODES.conflict, 'exam.attemptDelay', { retryAfterSeconds }, 'examId', {
        retryAfterSeconds,
        nextAttemptAt: nextAt.toISOString(),
      });
    }
  }

  /**
   * The learner's attempts at the exam, in one read: the one in progress (if any) and what earlier ones drew, with the
   * database's clock and when attempts count from (a retake's start).
   */
  private async attemptsOf(examId: string, userId: string): Promise<{ now: Date; open: AttemptRead | null; earlier: EarlierAttempt[]; countedFrom: Date | null }> {
    const rows: Array<Record<string, unknown> & EarlierAttempt & { server_now: Date; counted_from: Date | null; overdue: boolean | null; state: string | null }> =
      await this.dataSource.query(
        `SELECT clock.server_now, clock.counted_from, a.*,
                (a.accepts_until IS NOT NULL AND a.accepts_until < now() AND a.state = 'IN_PROGRESS') AS overdue,
                ARRAY(SELECT s ->> 'questionId' FROM jsonb_array_elements(a.slots) s) AS question_ids
           FROM (SELECT now() AS server_now, ${attemptsCountedFromSql('$2::uuid', '$1::uuid')} AS counted_from) AS clock
           LEFT JOIN exam_attempt a ON a.exam_id = $1 AND a.user_id = $2
          ORDER BY a.number`,
        [examId, userId],
      );
    const { server_now: now, counted_from: countedFrom } = rows[0] as { server_now: Date; counted_from: Date | null };
    const openRow = rows.find((row) => row.state === 'IN_PROGRESS');
    return {
      now,
      countedFrom,
      open: openRow ? { attempt: entityOfRow(this.dataSource, ExamAttemptEntity, openRow), serverNow: now, overdue: openRow.overdue === true } : null,
      earlier: rows.filter((row) => row.number !== null),
    };
  }

  private async openAttempt(examId: string, userId: string): Promise<AttemptRead | null> {
    const [open] = await this.readWhere('a.exam_id = :examId AND a.user_id = :userId AND a.state = :open', { examId, userId });
    return open ?? null;
  }

  private async readAttempt(attemptId: string): Promise<AttemptRead | null> {
    const [read] = await this.readWhere('a.id = :attemptId', { attemptId });
    return read ?? null;
  }

  /** The latest attempts that match, newest first, with the database's clock and whether each is open past its deadline and grace. */
  private async readWhere(where: string, params: Record<string, string>, latest = 1): Promise<AttemptRead[]> {
    const { entities, raw } = await this.dataSource.manager
      .createQueryBuilder(ExamAttemptEntity, 'a')
      .addSelect('now()', 'server_now')
      .addSelect('(a.accepts_until IS NOT NULL AND a.accepts_until < now() AND a.state = :open)', 'overdue')
      .where(where, { ...params, open: 'IN_PROGRESS' })
      .orderBy('a.number', 'DESC')
      .limit(latest)
      .getRawAndEntities<{ server_now: Date; overdue: boolean }>();
    return entities.map((attempt, index) => ({ attempt, serverNow: raw[index].server_now, overdue: raw[index].overdue }));
  }

  private async closeAndReread(attemptId: string): Promise<{ attempt: ExamAttemptEntity; serverNow: Date }> {
    await this.submissions.autoSubmit(attemptId);
    const read = await this.readAttempt(attemptId);
    if (!read) throw DomainError.notFound('exam.attemptNotFound', attemptId);
    return read;
  }

  private async orgUnitPath(orgUnitId: string | null): Promise<string | null> {
    if (!orgUnitId) return null;
    const [row]: Array<{ path: string }> = await this.dataSource.query('SELECT path FROM org_unit WHERE id = $1', [orgUnitId]);
    return row?.path ?? null;
  }

  /**
   * Whether the review policy shows the taker their score now. `closesAt` reads the taker's effective closing
   * time, only for a policy that waits for it: several attempts of one taker share one read.
   */
  private async takerSeesScore(
    exam: ExamEntity,
    attempt: ExamAttemptEntity,
    now: Date,
    closesAt: () => Promise<Date | null> = this.closingTimeOf(exam, attempt.userId),
  ): Promise<boolean> {
    const visibility = exam.reviewPolicy.score;
    const moment = { now, submittedAt: attempt.submittedAt, closesAt: null, deadline: attempt.deadline };
    if (visibility !== 'AFTER_CLOSE' || attempt.submittedAt === null) return isVisible(visibility, moment);
    return isVisible(visibility, { ...moment, closesAt: await closesAt() });
  }

  /** The taker's effective closing time of the exam, read once on first use. */
  private closingTimeOf(exam: ExamEntity, userId: string): () => Promise<Date | null> {
    let read: Promise<Date | null> | undefined;
    return () => (read ??= loadEffectiveSettings(this.dataSource.manager, exam, userId).then((settings) => settings.closesAt));
  }
}

/** A read started ahead of its use that may go unused (the caller returns or throws first): its failure is then nobody's. */
function handledLater<T>(read: Promise<T>): Promise<T> {
  read.catch(() => undefined);
  return read;
}
