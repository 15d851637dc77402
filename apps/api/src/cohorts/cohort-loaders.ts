import { type Actor, canSeeCohort, type CohortProgressService, type CohortProgressTotals, type CohortService, type CohortView } from '@hocso/server-core';
import type DataLoader from 'dataloader';
import { mapLoader } from '../graphql/map-loader';

/** Cohorts the reader may see, and the progress totals of cohorts already shown to them, batched per request. */
export class CohortLoaders {
  readonly visibleById: DataLoader<string, CohortView | null>;
  readonly totalsById: DataLoader<string, CohortProgressTotals | null>;

  constructor(cohorts: CohortService, progress: CohortProgressService, actorOf: () => Actor | undefined) {
    this.visibleById = mapLoader<CohortView | null>(async (ids) => {
      const actor = actorOf();
      const views = actor ? await cohorts.viewsByIds(ids) : [];
      return new Map(views.filter((view) => canSeeCohort(actor as Actor, { ownerId: view.cohort.ownerId, orgUnitPath: view.orgUnitPath })).map((view) => [view.cohort.id, view]));
    }, null);
    this.totalsById = mapLoader<CohortProgressTotals | null>((ids) => progress.totalsOf(ids), null);
  }
}

declare module '../graphql/request-loaders' {
  interface RequestLoaders {
    cohorts: CohortLoaders;
  }
}
