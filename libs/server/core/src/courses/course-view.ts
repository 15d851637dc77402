import type { CourseEntity } from './course.entity';

/**
 * A course as one reader sees it: authors and administrators read the working copy (`versionId` null);
 * everyone else reads a published version — the one they enrolled in, else the live one.
 */
export interface CourseView {
  course: CourseEntity;
  canEdit: boolean;
  versionId: string | null;
}

export interface CourseTrackPlacement {
  courseId: string;
  trackId: string;
  position: number;
  mandatory: boolean;
}

export interface CourseVersionSummary {
  courseId: string;
  versionId: string;
  version: number;
  publishedAt: Date;
  learnerCount: number;
  /** The version the catalogue shows. */
  live: boolean;
}
