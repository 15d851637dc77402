import {
  type Actor,
  DomainError,
  type ExamAccess,
  type ExamEntity,
  type ExamOverrideEntity,
  type ExamOverrideService,
  type ExamRuleView,
  type ExamService,
  type ExamTakerStatus,
} from '@hocso/server-core';
import DataLoader from 'dataloader';
import { mapLoader } from '../graphql/map-loader';

/** Exams and what hangs off them, batched per request; access is read for the request's actor. */
export class ExamLoaders {
  /** Without an access rule: for the exam of an object the reader may already see (a lesson, an attempt). */
  readonly byId: DataLoader<string, ExamEntity | null>;
  readonly accessOf: DataLoader<ExamEntity, ExamAccess, string>;
  readonly rulesByExamId: DataLoader<string, ExamRuleView[]>;
  readonly attemptCountByExamId: DataLoader<string, number>;
  readonly overridesByExamId: DataLoader<string, ExamOverrideEntity[]>;
  /** The actor's own standing at each exam: attempts left, delay, grade. */
  readonly takerStatusOf: DataLoader<ExamEntity, ExamTakerStatus, string>;

  constructor(exams: ExamService, overrides: ExamOverrideService, actorOf: () => Actor | undefined) {
    const signedIn = (): Actor => {
      const actor = actorOf();
      if (!actor) throw DomainError.unauthenticated();
      return actor;
    };
    this.byId = mapLoader<ExamEntity | null>((ids) => exams.byIds(ids), null);
    this.accessOf = new DataLoader(
      async (list) => {
        const found = await exams.accessOf(signedIn(), list);
        return list.map((exam) => found.get(exam.id) as ExamAccess);
      },
      { cacheKeyFn: (exam) => exam.id },
    );
    this.takerStatusOf = new DataLoader(
      async (list) => {
        const found = await exams.takerStatusesOf(signedIn().userId, list);
        return list.map((exam) => found.get(exam.id) as ExamTakerStatus);
      },
      { cacheKeyFn: (exam) => exam.id },
    );
    this.overridesByExamId = mapLoader((ids) => overrides.overridesOf(ids), []);
    this.rulesByExamId = mapLoader((ids) => exams.rulesOf(ids), []);
    this.attemptCountByExamId = mapLoader((ids) => exams.attemptCountsOf(ids), 0);
  }
}

declare module '../graphql/request-loaders' {
  interface RequestLoaders {
    exams: ExamLoaders;
  }
}
