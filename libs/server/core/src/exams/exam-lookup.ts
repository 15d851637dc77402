import { isUuid } from '@hocso/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain.error';
import { ExamEntity } from './exam.entity';

/** The exam of an id the caller sent, or NOT_FOUND; `lock` holds its row for the caller's transaction. */
export async function findExamOrFail(manager: EntityManager, examId: string, lock = false): Promise<ExamEntity> {
  const exam = isUuid(examId)
    ? await manager.findOne(ExamEntity, { where: { id: examId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
    : null;
  if (!exam) throw DomainError.notFound('exam.notFound', examId);
  return exam;
}
