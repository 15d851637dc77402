import { CourseEntity } from './course.entity';

/** The columns of `course c` every raw course query selects, so rows map to entities the same way. */
export const COURSE_COLUMNS = `c.id, c.code, c.title, c.summary, c.status, c.revision_status, c.hours, c.cover_image_url,
  c.prerequisite_codes, c.review_comment, c.live_version_id, c.created_by_id, c.submitted_by_id, c.submitted_at, c.published_at,
  c.archived_at, c.created_at, c.updated_at`;

export interface CourseRow {
  id: string;
  code: string;
  title: string;
  summary: string;
  status: CourseEntity['status'];
  revision_status: CourseEntity['revisionStatus'];
  hours: string;
  cover_image_url: string | null;
  prerequisite_codes: string[];
  review_comment: string | null;
  live_version_id: string | null;
  created_by_id: string | null;
  submitted_by_id: string | null;
  submitted_at: Date | null;
  published_at: Date | null;
  archived_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export function courseFromRow(row: CourseRow): CourseEntity {
  return Object.assign(new CourseEntity(), {
    id: row.id,
    code: row.code,
    title: row.title,
    summary: row.summary,
    status: row.status,
    revisionStatus: row.revision_status,
    hours: Number(row.hours),
    coverImageUrl: row.cover_image_url,
    prerequisiteCodes: row.prerequisite_codes,
    reviewComment: row.review_comment,
    liveVersionId: row.live_version_id,
    createdById: row.created_by_id,
    submittedById: row.submitted_by_id,
    submittedAt: row.submitted_at,
    publishedAt: row.published_at,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}
