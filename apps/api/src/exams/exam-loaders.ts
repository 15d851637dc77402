import { type Actor, DomainError, type ExamAccess, type ExamEntity, type ExamRuleView, type ExamService } from '@hocso/server-core';
import DataLoader from 'dataloader';
import { mapLoader } from '../graphql/map-loader';

/** Exams and what hangs off them, batched per request; access is read for the request's actor. */
export class ExamLoaders {
  /** Without an access rule: for the exam of an object the reader may already see (a lesson, an attempt). */
  readonly byId: DataLoader<string, ExamEntity | null>;
  readonly accessOf: DataLoader<ExamEntity, ExamAccess, string>;
  readonly rulesByExamId: DataLoader<string, ExamRuleView[]>;
  readonly attemptCountByExamId: DataLoader<string, number>;

  constructor(exams: ExamService, actorOf: () => Actor | undefined) {
    this.byId = mapLoader<ExamEntity | null>((ids) => exams.byIds(ids), null);
    this.accessOf = new DataLoader(
      async (list) => {
        const actor = actorOf();
        if (!actor) throw DomainError.unauthenticated();
        const found = await exams.accessOf(actor, list);
        return list.map((exam) => found.get(exam.id) as ExamAccess);
      },
      { cacheKeyFn: (exam) => exam.id },
    );
    this.rulesByExamId = mapLoader((ids) => exams.rulesOf(ids), []);
    this.attemptCountByExamId = mapLoader((ids) => exams.attemptCountsOf(ids), 0);
  }
}

declare module '../graphql/request-loaders' {
  interface RequestLoaders {
    exams: ExamLoaders;
  }
}
