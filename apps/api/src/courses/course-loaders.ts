import type {
  Actor,
  CourseModuleEntity,
  CourseReadService,
  CourseSnapshot,
  CourseTrackPlacement,
  CourseVersionEntity,
  CourseVersionSummary,
  CourseView,
  LessonEntity,
  LessonFileEntity,
  TrackEntity,
} from '@hocso/server-core';
import DataLoader from 'dataloader';
import { mapLoader } from '../graphql/map-loader';

type TrackEntry = { view: CourseView; position: number; mandatory: boolean };

/** Courses, their content, versions and tracks, batched per request, each seen through the actor's rights. */
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
  readonly authorNamesByCourseId: DataLoader<string, string[]>;
  readonly learnerCountByCourseId: DataLoader<string, number>;

  constructor(reads: CourseReadService, actorOf: () => Actor | undefined) {
    this.viewById = mapLoader<CourseView | null>((ids) => reads.viewsByIds(actorOf(), ids), null);
    this.versionById = mapLoader<CourseVersionEntity | null>((ids) => reads.versionsByIds(ids), null);
    this.versionContentById = new DataLoader(async (ids) => {
      const found = await reads.versionContentsByIds(actorOf(), ids);
      return ids.map((id) => found.get(id) as CourseSnapshot | Error);
    });
    this.modulesByCourseId = mapLoader((ids) => reads.modulesByCourseIds(ids), []);
    this.lessonsByModuleId = mapLoader((ids) => reads.lessonsByModuleIds(ids), []);
    this.fileById = mapLoader<LessonFileEntity | null>((ids) => reads.filesByIds(ids), null);
    this.tracksByCourseId = mapLoader((ids) => reads.tracksByCourseIds(ids), []);
    this.publishedByTrackId = mapLoader((ids) => reads.publishedByTrackIds(actorOf(), ids), []);
    this.versionSummariesByCourseId = mapLoader((ids) => reads.versionSummariesByCourseIds(ids), []);
    this.authorIdsByCourseId = mapLoader((ids) => reads.authorIdsByCourseIds(ids), []);
    this.authorNamesByCourseId = mapLoader((ids) => reads.authorNamesByCourseIds(ids), []);
    this.learnerCountByCourseId = mapLoader((ids) => reads.learnerCountsByCourseIds(ids), 0);
  }
}

declare module '../graphql/request-loaders' {
  interface RequestLoaders {
    courses: CourseLoaders;
  }
}
