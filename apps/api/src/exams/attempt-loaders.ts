import type { AttemptService, FrozenQuestion, QuestionVersionCache, SavedAnswerView } from '@hocso/server-core';
import type DataLoader from 'dataloader';
import { mapLoader } from '../graphql/map-loader';

/** What attempts show, batched per request: the frozen question versions of every attempt read, and their answers. */
export class AttemptLoaders {
  readonly questionByVersionId: DataLoader<string, FrozenQuestion | null>;
  readonly answersByAttemptId: DataLoader<string, SavedAnswerView[]>;

  constructor(attempts: AttemptService, versions: QuestionVersionCache) {
    this.questionByVersionId = mapLoader<FrozenQuestion | null>((ids) => versions.get(ids), null);
    this.answersByAttemptId = mapLoader((ids) => attempts.answersOf(ids), []);
  }
}

declare module '../graphql/request-loaders' {
  interface RequestLoaders {
    attempts: AttemptLoaders;
  }
}
