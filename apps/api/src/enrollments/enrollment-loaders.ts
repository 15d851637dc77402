import type { Actor, CourseCompletionView, EnrollmentEntity, EnrollmentService } from '@hocso/server-core';
import type DataLoader from 'dataloader';
import { mapLoader } from '../graphql/map-loader';

/** The signed-in learner's enrollments, and enrollments' completions, batched per request. */
export class EnrollmentLoaders {
  readonly mineByCourseId: DataLoader<string, EnrollmentEntity | null>;
  /** The completions of an enrollment, by its id. */
  readonly completionsById: DataLoader<string, CourseCompletionView[]>;

  constructor(enrollments: EnrollmentService, actorOf: () => Actor | undefined) {
    this.mineByCourseId = mapLoader<EnrollmentEntity | null>(async (ids) => {
      const actor = actorOf();
      return actor ? enrollments.ofUserInCourses(actor.userId, ids) : new Map();
    }, null);
    this.completionsById = mapLoader<CourseCompletionView[]>((ids) => enrollments.completionsOf(ids), []);
  }
}

declare module '../graphql/request-loaders' {
  interface RequestLoaders {
    enrollments: EnrollmentLoaders;
  }
}
