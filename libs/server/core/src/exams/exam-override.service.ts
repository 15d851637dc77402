import { isUuid } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { type AttemptsInProgressFilter, recomputeAttemptDeadlines } from './attempt-deadline-recompute';
import { assertCanSetAccommodation, assertCanSetExamOverrides } from './exam-access';
import { ExamDeadlineScheduler } from './exam-deadline-scheduler';
import { assertWindowOrder, isIntegerIn } from './exam-input-rules';
import { EXAM_LIMITS } from './exam-limits';
import { ExamOverrideEntity } from './exam-override.entity';
import { ExamService } from './exam.service';

export interface ExamOverrideCommand {
  examId: string;
  /** Exactly one of userId and orgUnitId. */
  userId?: string | null;
  orgUnitId?: string | null;
  timeMultiplier?: number | null;
  extraAttempts?: number | null;
  opensAt?: Date | null;
  closesAt?: Date | null;
}

/**
 * Exceptions to an exam for one learner or a unit's subtree, and learners' standing accommodations. Every
 * change moves the deadlines of the attempts in progress it reaches at once, in one statement, and schedules
 * their new deadline jobs once it is committed.
 */
@Injectable()
export class ExamOverrideService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly exams: ExamService,
    private readonly deadlines: ExamDeadlineScheduler,
  ) {}

  /** Sets the override of the learner or unit at the exam (a second call for the same target replaces it); editors only. */
  async setOverride(actor: Actor, command: ExamOverrideCommand): Promise<ExamOverrideEntity> {
    const userId = command.userId ?? null;
    const orgUnitId = command.orgUnitId ?? null;
    if ((userId === null) === (orgUnitId === null)) throw DomainError.badInput(userId === null ? 'userId' : 'orgUnitId', 'exam.overrideTarget');
    const values = overrideValuesOf(command);
    const { override, moved } = await this.dataSource.transaction(async (manager) => {
      const { exam, access } = await this.exams.withAccess(manager, actor, command.examId, true);
      assertCanSetExamOverrides(actor, access);
      assertWindowOrder(values.opensAt ?? exam.opensAt, values.closesAt ?? exam.closesAt, values.closesAt ? 'closesAt' : 'opensAt');
      const filter: AttemptsInProgressFilter = { examId: exam.id };
      if (userId !== null) {
        const [user] = isUuid(userId) ? ((await manager.query('SELECT id FROM app_user WHERE id = $1', [userId])) as Array<{ id: string }>) : [];
        if (!user) throw DomainError.badInput('userId', 'exam.overrideUserUnknown', { id: userId });
        filter.userId = userId;
      } else {
        const [unit] = isUuid(orgUnitId as string)
          ? ((await manager.query('SELECT path FROM org_unit WHERE id = $1', [orgUnitId])) as Array<{ path: string }>)
          : [];
        if (!unit) throw DomainError.badInput('orgUnitId', 'exam.overrideUnitUnknown', { id: orgUnitId as string });
        filter.orgUnitPath = unit.path;
      }
      const [{ others }]: Array<{ others: number }> = await manager.query(
        'SELECT count(*)::int AS others FROM exam_override WHERE exam_id = $1 AND (user_id, org_unit_id) IS DISTINCT FROM ($2::uuid, $3::uuid)',
        [exam.id, userId, orgUnitId],
      );
      if (others >= EXAM_LIMITS.overridesPerExam) throw DomainError.conflict('exam.tooManyOverrides', 'examId', { max: EXAM_LIMITS.overridesPerExam });
      const [row]: Array<{ id: string }> = await manager.query(
        `INSERT INTO exam_override (exam_id, user_id, org_unit_id, time_multiplier, extra_attempts, opens_at, closes_at, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT ON CONSTRAINT exam_override_target_key DO UPDATE
            SET time_multiplier = EXCLUDED.time_multiplier, extra_attempts = EXCLUDED.extra_attempts,
                opens_at = EXCLUDED.opens_at, closes_at = EXCLUDED.closes_at, updated_at = now()
         RETURNING id`,
        [exam.id, userId, orgUnitId, values.timeMultiplier, values.extraAttempts, values.opensAt, values.closesAt, actor.userId],
      );
      return { override: await manager.findOneOrFail(ExamOverrideEntity, { where: { id: row.id } }), moved: await recomputeAttemptDeadlines(manager, filter) };
    });
    await this.deadlines.schedule(moved);
    return override;
  }

  /** Removes an override; the attempts in progress it reached go back to what applies without it. */
  async removeOverride(actor: Actor, overrideId: string): Promise<void> {
    const moved = await this.dataSource.transaction(async (manager) => {
      const override = isUuid(overrideId)
        ? await manager.findOne(ExamOverrideEntity, { where: { id: overrideId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!override) throw DomainError.notFound('exam.overrideNotFound', overrideId);
      const { exam, access } = await this.exams.withAccess(manager, actor, override.examId, true);
      assertCanSetExamOverrides(actor, access);
      const filter = await this.filterOf(manager, exam.id, override);
      await manager.query('DELETE FROM exam_override WHERE id = $1', [override.id]);
      return recomputeAttemptDeadlines(manager, filter);
    });
    await this.deadlines.schedule(moved);
  }

  /** The overrides of each exam, learners' first then units', oldest first: for the exams' editors. */
  async overridesOf(examIds: readonly string[]): Promise<Map<string, ExamOverrideEntity[]>> {
    const rows = examIds.length
      ? await this.dataSource
          .getRepository(ExamOverrideEntity)
          .createQueryBuilder('x')
          .where('x.exam_id = ANY(:ids)', { ids: examIds })
          .orderBy('x.user_id IS NULL', 'ASC')
          .addOrderBy('x.created_at', 'ASC')
          .addOrderBy('x.id', 'ASC')
          .getMany()
      : [];
    const byExam = new Map<string, ExamOverrideEntity[]>(examIds.map((id) => [id, []]));
    for (const row of rows) byExam.get(row.examId)?.push(row);
    return byExam;
  }

  /**
   * Stores a learner's standing accommodation (a time multiplier for every exam, with a note), for
   * administrators and the managers of the learner's unit; their attempts in progress follow at once.
   */
  async setAccommodation(actor: Actor, userId: string, timeMultiplier: number, note?: string | null): Promise<void> {
    assertTimeMultiplier(timeMultiplier);
    const cleanNote = (note ?? '').normalize('NFC').trim();
    if (cleanNote.length > EXAM_LIMITS.accommodationNoteLength) {
      throw DomainError.badInput('note', 'exam.accommodationNoteTooLong', { max: EXAM_LIMITS.accommodationNoteLength });
    }
    const moved = await this.dataSource.transaction(async (manager) => {
      const [learner]: Array<{ id: string; path: string | null }> = isUuid(userId)
        ? await manager.query('SELECT u.id, ou.path FROM app_user u LEFT JOIN org_unit ou ON ou.id = u.org_unit_id WHERE u.id = $1', [userId])
        : [];
      if (!learner) throw DomainError.notFound('exam.accommodationUserUnknown', userId);
      assertCanSetAccommodation(actor, learner.path);
      await manager.query(
        `INSERT INTO learner_accommodation (user_id, time_multiplier, note, set_by_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id) DO UPDATE SET time_multiplier = EXCLUDED.time_multiplier, note = EXCLUDED.note, set_by_id = EXCLUDED.set_by_id, updated_at = now()`,
        [learner.id, timeMultiplier, cleanNote, actor.userId],
      );
      return recomputeAttemptDeadlines(manager, { userId: learner.id });
    });
    await this.deadlines.schedule(moved);
  }

  private async filterOf(manager: EntityManager, examId: string, override: ExamOverrideEntity): Promise<AttemptsInProgressFilter> {
    if (override.userId !== null) return { examId, userId: override.userId };
    const [unit]: Array<{ path: string }> = await manager.query('SELECT path FROM org_unit WHERE id = $1', [override.orgUnitId]);
    return { examId, orgUnitPath: unit?.path ?? '/' };
  }
}

function overrideValuesOf(command: ExamOverrideCommand): Required<Pick<ExamOverrideCommand, 'timeMultiplier' | 'extraAttempts' | 'opensAt' | 'closesAt'>> {
  const values = {
    timeMultiplier: command.timeMultiplier ?? null,
    extraAttempts: command.extraAttempts ?? null,
    opensAt: command.opensAt ?? null,
    closesAt: command.closesAt ?? null,
  };
  if (values.timeMultiplier !== null) assertTimeMultiplier(values.timeMultiplier);
  if (values.extraAttempts !== null && !isIntegerIn(values.extraAttempts, 0, EXAM_LIMITS.extraAttempts)) {
    throw DomainError.badInput('extraAttempts', 'exam.extraAttemptsRange', { max: EXAM_LIMITS.extraAttempts });
  }
  if (Object.values(values).every((value) => value === null)) throw DomainError.badInput('timeMultiplier', 'exam.overrideEmpty');
  return values;
}

function assertTimeMultiplier(value: number): void {
  const { min, max } = EXAM_LIMITS.timeMultiplier;
  if (!(Number.isFinite(value) && value >= min && value <= max)) throw DomainError.badInput('timeMultiplier', 'exam.timeMultiplierRange', { min, max });
}
