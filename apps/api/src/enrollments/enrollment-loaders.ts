import type { Actor, EnrollmentEntity, EnrollmentService } from '@hocso/server-core';
import type DataLoader from 'dataloader';
import { mapLoader } from '../graphql/map-loader';

/** The signed-in learner's enrollments, batched per request. */
export class EnrollmentLoaders {
  readonly mineByCourseId: DataLoader<string, EnrollmentEntity | null>;

  constructor(enrollments: EnrollmentService, actorOf: () => Actor | undefined) {
    this.mineByCourseId = mapLoader<EnrollmentEntity | null>(async (ids) => {
      const actor = actorOf();
      return actor ? enrollments.ofUserInCourses(actor.userId, ids) : new Map();
    }, null);
  }
}

declare module '../graphql/request-loaders' {
  interface RequestLoaders {
    enrollments: EnrollmentLoaders;
  }
}
