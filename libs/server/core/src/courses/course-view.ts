import type { CourseEntity } from './course.entity';
import type { CourseAction } from './course-workflow';

/**
 * A course as one reader sees it (made by `courseViewFor` in course-access.ts): authors and administrators
 * read the working copy (`versionId` null); everyone else reads a published version — the one they enrolled
 * in, else the live one — and does not see the revision in progress nor the reviewer's comment.
 */
export interface CourseView {
  course: CourseEntity;
  canEdit: boolean;
  versionId: string | null;
  /** What this reader may do to the course now, its workflow state and their rights together. */
  allowedActions: CourseAction[];
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
