import { isUuid } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { QuestionBankService } from '../question-bank/question-bank.service';
import { recomputeAttemptDeadlines, type MovedAttempt } from './attempt-deadline-recompute';
import { assertCanEditExam, assertCanViewExam, type ExamAccess, loadExamAccess, loadOneExamAccess } from './exam-access';
import { ExamDeadlineScheduler } from './exam-deadline-scheduler';
import { assertRulesShape, type ExamCommand, type ExamRuleCommand, examSettingsOf, type ExamSettingsValues } from './exam-input-rules';
import { EXAM_LIMITS } from './exam-limits';
import { assertRulesCanBeDrawn, availabilityOf, resolveExamRules } from './exam-rule-check';
import { type ExamTakerStatus, loadTakerStatuses } from './exam-taker-status';
import type { ExamRuleView, ExamView } from './exam-view';
import { insertExam, updateExamDefinition } from './exam-writer';
import { ExamEntity } from './exam.entity';
import { findExamOrFail } from './exam-lookup';

/** The most exams one list answers: a bank's exams, the public ones open now or soon. */
export const EXAM_LIST_LIMIT = 200;

/** How far ahead the public "Thi trực tuyến" page announces exams that are not open yet. */
const OPEN_EXAMS_AHEAD_DAYS = 30;

/** Exams: their definitions (settings and the rules that draw questions from a bank), reads and lists. */
@Injectable()
export class ExamService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly banks: QuestionBankService,
    private readonly deadlines: ExamDeadlineScheduler,
  ) {}

  /** Creates an exam from a bank the actor may use; every rule must be drawable from it as written. */
  async create(actor: Actor, command: ExamCommand): Promise<ExamView> {
    const settings = examSettingsOf(command);
    assertRulesShape(command.rules);
    const bank = await this.banks.getUsable(actor, command.bankId);
    const id = await this.dataSource.transaction(async (manager) => {
      const rules = await resolveExamRules(manager, bank.id, command.rules);
      assertRulesCanBeDrawn(rules);
      return insertExam(manager, bank.id, settings, rules, actor.userId);
    });
    return this.get(actor, id);
  }

  /**
   * Replaces an exam's settings and rules (its bank stays). Attempts already started keep the questions they
   * drew; those in progress get their deadline recomputed at once when the window, time limit or grace changed.
   */
  async update(actor: Actor, examId: string, command: ExamCommand): Promise<ExamView> {
    const settings = examSettingsOf(command);
    assertRulesShape(command.rules);
    let moved: MovedAttempt[] = [];
    await this.dataSource.transaction(async (manager) => {
      const exam = await findExamOrFail(manager, examId, true);
      assertCanEditExam(actor, await loadOneExamAccess(manager, actor, exam));
      if (command.bankId !== exam.bankId) throw DomainError.badInput('bankId', 'exam.bankCannotChange');
      const rules = await resolveExamRules(manager, exam.bankId, command.rules);
      assertRulesCanBeDrawn(rules);
      await updateExamDefinition(manager, exam.id, settings, rules);
      if (deadlineInputsChanged(exam, settings)) moved = await recomputeAttemptDeadlines(manager, { examId: exam.id });
    });
    await this.deadlines.schedule(moved);
    return this.get(actor, examId);
  }

  /** The exam, for its editors, its takers and those who monitor it. */
  async get(actor: Actor, examId: string): Promise<ExamView> {
    const exam = await findExamOrFail(this.dataSource.manager, examId);
    const access = await loadOneExamAccess(this.dataSource, actor, exam);
    assertCanViewExam(actor, access);
    return { exam, access };
  }

  /** The exam and the actor's access to it, or NOT_FOUND; for the other exam services, which apply their own rule. */
  async withAccess(manager: EntityManager, actor: Actor, examId: string, lock = false): Promise<ExamView> {
    const exam = await findExamOrFail(manager, examId, lock);
    return { exam, access: await loadOneExamAccess(manager, actor, exam) };
  }

  /** Exams by id without any access rule: for fields of objects the reader was already allowed to see (a lesson, an attempt). */
  async byIds(ids: readonly string[]): Promise<Map<string, ExamEntity>> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.dataSource.getRepository(ExamEntity).find({ where: { id: In(valid) } }) : [];
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The actor's access to each exam, in two queries. */
  accessOf(actor: Actor, exams: readonly ExamEntity[]): Promise<Map<string, ExamAccess>> {
    return loadExamAccess(this.dataSource, actor, exams);
  }

  /** The rules of each exam, in their order, with their categories' paths. */
  async rulesOf(examIds: readonly string[]): Promise<Map<string, ExamRuleView[]>> {
    const rows: Array<{ exam_id: string; category: string | null; count: number; points: number | null }> = examIds.length
      ? await this.dataSource.query(
          `SELECT r.exam_id, c.path AS category, r.count, r.points
             FROM exam_rule r LEFT JOIN question_category c ON c.id = r.category_id
            WHERE r.exam_id = ANY($1::uuid[]) ORDER BY r.exam_id, r.position`,
          [examIds],
        )
      : [];
    const byExam = new Map<string, ExamRuleView[]>(examIds.map((id) => [id, []]));
    for (const row of rows) byExam.get(row.exam_id)?.push({ category: row.category, count: row.count, points: row.points });
    return byExam;
  }

  /** How many attempts each exam has (any state): an editor changing an exam sees that learners took it. */
  async attemptCountsOf(examIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ exam_id: string; count: number }> = examIds.length
      ? await this.dataSource.query('SELECT exam_id, count(*)::int AS count FROM exam_attempt WHERE exam_id = ANY($1::uuid[]) GROUP BY exam_id', [examIds])
      : [];
    return new Map(examIds.map((id) => [id, rows.find((row) => row.exam_id === id)?.count ?? 0]));
  }

  /** Where the learner stands at each exam (attempts left, delay, grade), in four queries. */
  takerStatusesOf(userId: string, exams: readonly ExamEntity[]): Promise<Map<string, ExamTakerStatus>> {
    return loadTakerStatuses(this.dataSource, userId, exams);
  }

  /** The exams of a bank, newest first, for those who may use the bank. */
  async ofBank(actor: Actor, bankId: string): Promise<ExamView[]> {
    const bank = await this.banks.getUsable(actor, bankId);
    const exams = await this.dataSource
      .getRepository(ExamEntity)
      .find({ where: { bankId: bank.id }, order: { createdAt: 'DESC', id: 'ASC' }, take: EXAM_LIST_LIMIT });
    return this.withAccessOf(actor, exams);
  }

  /** Public exams open now, then those opening within a month, for any signed-in account. */
  async open(actor: Actor): Promise<ExamView[]> {
    const exams = await this.dataSource
      .getRepository(ExamEntity)
      .createQueryBuilder('e')
      .where('e.open_to_all')
      .andWhere('(e.closes_at IS NULL OR e.closes_at > now())')
      .andWhere(`(e.opens_at IS NULL OR e.opens_at <= now() + make_interval(days => :ahead))`, { ahead: OPEN_EXAMS_AHEAD_DAYS })
      .orderBy('e.opens_at', 'ASC', 'NULLS FIRST')
      .addOrderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'ASC')
      .take(EXAM_LIST_LIMIT)
      .getMany();
    return this.withAccessOf(actor, exams);
  }

  /**
   * How many questions each rule can draw from the bank as the rules stand (other rules sharing its questions
   * taken into account), for the editor to show while the rules are written: a category the bank lacks draws 0.
   */
  async ruleCounts(actor: Actor, bankId: string, rules: readonly ExamRuleCommand[]): Promise<number[]> {
    if (rules.length > EXAM_LIMITS.rules) throw DomainError.badInput('rules', 'exam.tooManyRules', { max: EXAM_LIMITS.rules });
    const bank = await this.banks.getUsable(actor, bankId);
    return availabilityOf(await resolveExamRules(this.dataSource, bank.id, rules)).map((rule) => rule.available);
  }

  private async withAccessOf(actor: Actor, exams: readonly ExamEntity[]): Promise<ExamView[]> {
    const access = await loadExamAccess(this.dataSource, actor, exams);
    return exams.map((exam) => ({ exam, access: access.get(exam.id) as ExamAccess }));
  }
}

function deadlineInputsChanged(exam: ExamEntity, settings: ExamSettingsValues): boolean {
  return (
    exam.timeLimitSeconds !== settings.timeLimitSeconds ||
    exam.graceSeconds !== settings.graceSeconds ||
    (exam.closesAt?.getTime() ?? null) !== (settings.closesAt?.getTime() ?? null)
  );
}
