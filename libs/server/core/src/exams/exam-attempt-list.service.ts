import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { assertCanManageOrgPath } from '../access/access-policy';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { orgUnitPathOrFail } from '../org-units/org-unit-path';
import { assertCanMonitorExam, examAttemptsScope } from './exam-access';
import type { AttemptView } from './attempt.service';
import { ExamAttemptEntity } from './exam-attempt.entity';
import { ATTEMPT_STATES, type AttemptState } from './exam-settings';
import { ExamService } from './exam.service';

/** The list of an exam's attempts answers at most this many, newest first: narrow it by unit or state. */
export const EXAM_ATTEMPT_LIST_LIMIT = 2_000;

export interface ExamAttemptFilter {
  /** Attempts taken in this unit's subtree (the taker's unit when the attempt started). */
  orgUnitId?: string | null;
  state?: AttemptState | null;
}

/** Every attempt of an exam for its editors; unit managers see those taken in their subtrees. */
@Injectable()
export class ExamAttemptListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly exams: ExamService,
  ) {}

  /** Editors and managers see the score whatever the review policy (as `attempt` shows it them). */
  async examAttempts(actor: Actor, examId: string, filter: ExamAttemptFilter = {}): Promise<AttemptView[]> {
    const { exam, access } = await this.exams.withAccess(this.dataSource.manager, actor, examId);
    assertCanMonitorExam(actor, access);
    const scope = examAttemptsScope(actor, access);
    let paths = scope === 'ALL' ? null : scope;
    if (filter.orgUnitId) {
      const unitPath = await orgUnitPathOrFail(this.dataSource.manager, filter.orgUnitId);
      if (scope !== 'ALL') assertCanManageOrgPath(actor, unitPath);
      paths = [unitPath];
    }
    if (filter.state && !ATTEMPT_STATES.includes(filter.state)) throw DomainError.badInput('state', 'exam.valueUnknown', { value: filter.state });
    const query = this.dataSource.manager
      .createQueryBuilder(ExamAttemptEntity, 'a')
      .where('a.exam_id = :examId', { examId: exam.id })
      .orderBy('a.started_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(EXAM_ATTEMPT_LIST_LIMIT);
    if (filter.state) query.andWhere('a.state = :state', { state: filter.state });
    if (paths !== null) {
      query.andWhere(`EXISTS (SELECT 1 FROM org_unit ou WHERE ou.id = a.org_unit_id AND EXISTS (SELECT 1 FROM unnest(CAST(:paths AS text[])) AS root(path) WHERE ou.path LIKE root.path || '%'))`, { paths });
    }
    const [attempts, [{ now }]] = await Promise.all([query.getMany(), this.dataSource.query('SELECT now() AS now') as Promise<Array<{ now: Date }>>]);
    return attempts.map((attempt) => ({ attempt, serverNow: now, scoreVisible: true }));
  }
}
