import type {
  Actor,
  CourseModuleEntity,
  CourseReadService,
  CourseSnapshot,
  CourseTrackPlacement,
  CourseVersionEntity,
  CourseVersionSummary,
  CourseView,
  EnrollmentEntity,
  EnrollmentService,
  LessonEntity,
  LessonFileEntity,
  TrackEntity,
  UserEntity,
  UserService,
} from '@hocso/server-core';
import DataLoader from 'dataloader';

type TrackEntry = { view: CourseView; position: number; mandatory: boolean };

/** Per-request loaders of courses and enrollments; the actor is read when a batch runs (after the guard). */
export class CourseLoaders {
  readonly viewById: DataLoader<string, CourseView | null>;
  readonly versionById: DataLoader<string, CourseVersionEntity | null>;
  /** Rejects, per version, with the DomainError of a reader who may not see it. */
  readonly versionContentById: DataLoader<string, CourseSnapshot>;
  readonly modulesByCourseId: DataLoader<string, CourseModuleEntity[]>;
  readonly lessonsByModuleId: DataLoader<string, LessonEntity[]>;
  readonly fileById: DataLoader<string, LessonFileEntity | null>;
  readonly tracksByCourseId: DataLoader<string, Array<{ track: TrackEntity; placement: CourseTrackPlacement }>>;
  readonly publishedByTrackId: DataLoader<string, TrackEntry[]>;
  readonly versionSummariesByCourseId: DataLoader<string, CourseVersionSummary[]>;
  readonly authorIdsByCourseId: DataLoader<string, string[]>;
  readonly myEnrollmentByCourseId: DataLoader<string, EnrollmentEntity | null>;
  readonly userById: DataLoader<string, UserEntity | null>;

  constructor(reads: CourseReadService, enrollments: EnrollmentService, users: UserService, actorOf: () => Actor | undefined) {
    const byKey = <T>(ids: readonly string[], found: Map<string, T>, empty: T) => ids.map((id) => found.get(id) ?? empty);
    this.viewById = new DataLoader(async (ids) => byKey<CourseView | null>(ids, await reads.viewsByIds(actorOf(), ids), null));
    this.versionById = new DataLoader(async (ids) => byKey<CourseVersionEntity | null>(ids, await reads.versionsByIds(ids), null));
    this.versionContentById = new DataLoader(async (ids) => {
      const found = await reads.versionContentsByIds(actorOf(), ids);
      return ids.map((id) => found.get(id) as CourseSnapshot | Error);
    });
    this.modulesByCourseId = new DataLoader(async (ids) => byKey(ids, await reads.modulesByCourseIds(ids), []));
    this.lessonsByModuleId = new DataLoader(async (ids) => byKey(ids, await reads.lessonsByModuleIds(ids), []));
    this.fileById = new DataLoader(async (ids) => byKey<LessonFileEntity | null>(ids, await reads.filesByIds(ids), null));
    this.tracksByCourseId = new DataLoader(async (ids) => byKey(ids, await reads.tracksByCourseIds(ids), []));
    this.publishedByTrackId = new DataLoader(async (ids) => byKey(ids, await reads.publishedByTrackIds(actorOf(), ids), []));
    this.versionSummariesByCourseId = new DataLoader(async (ids) => byKey(ids, await reads.versionSummariesByCourseIds(ids), []));
    this.authorIdsByCourseId = new DataLoader(async (ids) => byKey(ids, await reads.authorIdsByCourseIds(ids), []));
    this.myEnrollmentByCourseId = new DataLoader(async (ids) => {
      const actor = actorOf();
      if (!actor) return ids.map(() => null);
      return byKey<EnrollmentEntity | null>(ids, await enrollments.ofUserInCourses(actor.userId, ids), null);
    });
    this.userById = new DataLoader(async (ids) => {
      const found = new Map((await users.findByIds(ids)).map((user) => [user.id, user]));
      return ids.map((id) => found.get(id) ?? null);
    });
  }
}
