import { isUuid } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { Keyset, numberedParameters, type SortKey } from '../pagination/keyset';
import { type Page, pageOf, pageSize } from '../pagination/page';
import { TrackEntity } from '../tracks/track.entity';
import { assertCanAuthorCourses, authoredBySql, canReadCourseVersion, canSeeCourse, courseViewFor, editableCourseSql } from './course-access';
import { COURSE_COLUMNS, type CourseRow, courseFromRow } from './course-row';
import { CourseModuleEntity } from './course-module.entity';
import type { CourseSnapshot } from './course-snapshot';
import type { CourseStatus } from './course-status';
import type { CourseTrackPlacement, CourseVersionSummary, CourseView } from './course-view';
import { CourseVersionEntity } from './course-version.entity';
import { LessonFileEntity } from './lesson-file.entity';
import { LessonEntity } from './lesson.entity';
import { normaliseSearchTerm } from './search-term';
import { inVietnameseOrder } from '../database/vietnamese-order';

export interface CatalogueQuery {
  search?: string | null;
  trackCode?: string | null;
  /**
   * Trainers and administrators: courses in this status that they can edit (administrators: all). DRAFT and
   * IN_REVIEW include published courses whose next version is in that state.
   */
  status?: CourseStatus | null;
  first?: number | null;
  after?: string | null;
}

type CatalogueRow = CourseRow & { score: number | null; track_position: number | null; is_author: boolean };

const BY_TITLE: Array<SortKey<CatalogueRow>> = [
  { sql: inVietnameseOrder('c.title'), type: 'text', valueOf: (row) => row.title },
  { sql: 'c.id', type: 'uuid', valueOf: (row) => row.id },
];

/** The most courses the prerequisite picker offers for one search. */
export const MAX_PREREQUISITE_CHOICES = 10;

/** The most courses of each kind the home page asks for. */
export const MAX_HIGHLIGHTS = 12;

/** Reads of courses: the catalogue, single courses and the batched lookups behind the API's DataLoaders. */
@Injectable()
export class CourseReadService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page of the catalogue in two queries (the count and the page), whatever the page size. */
  async catalogue(actor: Actor | undefined, query: CatalogueQuery): Promise<Page<CourseView>> {
    const first = pageSize(query.first, { default: 20, max: 100 });
    const params: unknown[] = [actor?.userId ?? null];
    const where: string[] = [];
    let from = 'course c';
    const status = query.status ?? 'PUBLISHED';
    if (query.status && query.status !== 'PUBLISHED') {
      assertCanAuthorCourses(actor, 'course.listUnpublishedForbidden');
      where.push(editableCourseSql(actor, 'c.id', numberedParameters(params)));
    }
    params.push(status);
    // A published course whose next version is a draft or in review is also listed under that status:
    // it is the same work for its authors and its reviewers.
    where.push(
      status === 'DRAFT' || status === 'IN_REVIEW'
        ? `(c.status = $${params.length} OR c.revision_status = $${params.length})`
        : `c.status = $${params.length}`,
    );
    if (status === 'PUBLISHED') where.push('c.live_version_id IS NOT NULL');

    const sort: Array<SortKey<CatalogueRow>> = [];
    const term = normaliseSearchTerm(query.search);
    let scoreSelect = 'NULL::float8 AS score';
    let withSearch = '';
    let termSelect = '';
    if (term) {
      params.push(term);
      const t = `$${params.length}`;
      termSelect = `, ${t}::text AS term`;
      params.push([...new Set(term.split(' '))]);
      // Each search word, and the known words within a typo of it (trigram similarity, on the word list).
      withSearch = `WITH terms AS (SELECT t.word FROM unnest($${params.length}::text[]) AS t(word)),
        alternatives AS (
          SELECT ARRAY(SELECT t.word UNION SELECT w.word FROM course_search_word w WHERE length(t.word) >= 3 AND w.word % t.word) AS words
            FROM terms t) `;
      // Every word must match; the rarest word's alternatives go through the GIN index of course words.
      where.push(
        `c.search_words && (SELECT a.words FROM alternatives a ORDER BY cardinality(a.words) LIMIT 1)`,
        `NOT EXISTS (SELECT 1 FROM alternatives a WHERE NOT (c.search_words && a.words))`,
      );
      // Ranked by word_similarity with the unaccented title, plus 1 when every word is there as typed
      // (the summary takes part through the word match; comparing it whole would cost more than the rest).
      const score = `(word_similarity(${t}, c.search_title) + (c.search_words @> $${params.length}::text[])::int)::float8`;
      scoreSelect = `${score} AS score`;
      sort.push({ sql: score, type: 'float8', descending: true, valueOf: (row) => row.score });
    }
    let positionSelect = 'NULL::int AS track_position';
    if (query.trackCode) {
      params.push(query.trackCode.trim().toLowerCase());
      from += ` JOIN course_track ct ON ct.course_id = c.id JOIN track t ON t.id = ct.track_id AND t.code = $${params.length}`;
      positionSelect = 'ct.position AS track_position';
      if (!term) sort.push({ sql: 'ct.position', type: 'int', valueOf: (row) => row.track_position });
    }
    const keyset = new Keyset([...sort, ...BY_TITLE]);

    const filter = where.join(' AND ');
    const countParams = [...params];
    const countSql = `${withSearch}SELECT count(*)::int AS total, $1::uuid AS actor_id${termSelect} FROM ${from} WHERE ${filter}`;

    if (query.after) where.push(keyset.after(query.after, numberedParameters(params)));
    params.push(first + 1);
    const pageSql = `${withSearch}
      SELECT ${COURSE_COLUMNS}, ${scoreSelect}, ${positionSelect}, ${authoredBySql('c.id', '$1')} AS is_author
        FROM ${from}
       WHERE ${where.join(' AND ')}
       ORDER BY ${keyset.orderBy()}
       LIMIT $${params.length}`;
    const [[{ total }], rows] = await Promise.all([
      this.dataSource.query(countSql, countParams) as Promise<Array<{ total: number }>>,
      this.dataSource.query(pageSql, params) as Promise<CatalogueRow[]>,
    ]);
    return pageOf(rows, first, total, keyset, (row) => courseViewFor(actor, courseFromRow(row), { isAuthor: row.is_author }));
  }

  /**
   * The home page's courses: the published courses with the most learners (active or completed; ties by
   * title) and the newest published ones, `first` of each (at most 12).
   */
  async highlights(actor: Actor | undefined, first: number): Promise<{ mostEnrolled: CourseView[]; newest: CourseView[] }> {
    const limit = Math.min(Math.max(Math.trunc(first), 1), MAX_HIGHLIGHTS);
    const userId = actor?.userId ?? null;
    const published = `c.status = 'PUBLISHED' AND c.live_version_id IS NOT NULL`;
    const [mostEnrolled, newest]: Array<Array<CourseRow & { is_author: boolean }>> = await Promise.all([
      this.dataSource.query(
        `SELECT ${COURSE_COLUMNS}, ${authoredBySql('c.id', '$1')} AS is_author
           FROM (SELECT e.course_id, count(*) AS learners FROM enrollment e
                  WHERE e.status <> 'WITHDRAWN' GROUP BY e.course_id) counted
           JOIN course c ON c.id = counted.course_id
          WHERE ${published}
          ORDER BY counted.learners DESC, c.title, c.id
          LIMIT $2`,
        [userId, limit],
      ),
      this.dataSource.query(
        `SELECT ${COURSE_COLUMNS}, ${authoredBySql('c.id', '$1')} AS is_author
           FROM course c WHERE ${published}
          ORDER BY c.published_at DESC NULLS LAST, c.id LIMIT $2`,
        [userId, limit],
      ),
    ]);
    const toView = (row: CourseRow & { is_author: boolean }) => courseViewFor(actor, courseFromRow(row), { isAuthor: row.is_author });
    return { mostEnrolled: mostEnrolled.map(toView), newest: newest.map(toView) };
  }

  /**
   * Trainers and administrators choosing prerequisites: published courses whose code starts with the text or
   * whose title and summary contain it (accents and case aside), by title; at most `MAX_PREREQUISITE_CHOICES`.
   */
  async prerequisiteChoices(actor: Actor | undefined, search: string): Promise<CourseView[]> {
    assertCanAuthorCourses(actor, 'course.prerequisiteChoicesForbidden');
    const term = normaliseSearchTerm(search);
    const code = search.trim().toUpperCase().replace(/[\\%_]/g, (c) => `\\${c}`);
    if (!term && !code) return [];
    const rows: Array<CourseRow & { is_author: boolean }> = await this.dataSource.query(
      `SELECT ${COURSE_COLUMNS}, ${authoredBySql('c.id', '$1')} AS is_author
         FROM course c
        WHERE c.status = 'PUBLISHED' AND c.live_version_id IS NOT NULL
          AND (upper(c.code) LIKE $2 || '%' ESCAPE '\\' OR ($3::text IS NOT NULL AND c.search_document LIKE '%' || $3 || '%'))
        ORDER BY (upper(c.code) LIKE $2 || '%' ESCAPE '\\') DESC, c.title, c.id
        LIMIT $4`,
      [actor.userId, code, term, MAX_PREREQUISITE_CHOICES],
    );
    return rows.map((row) => courseViewFor(actor, courseFromRow(row), { isAuthor: row.is_author }));
  }

  /** One course as the actor may see it; NOT_FOUND for unknown ids and for drafts the actor cannot edit. */
  async getVisible(actor: Actor | undefined, id: string): Promise<CourseView> {
    if (!isUuid(id)) throw DomainError.notFound('course.notFound', id);
    const [row]: Array<CourseRow & { is_author: boolean; enrolled_version_id: string | null }> = await this.dataSource.query(
      `SELECT ${COURSE_COLUMNS}, ${authoredBySql('c.id', '$2')} AS is_author,
              (SELECT e.course_version_id FROM enrollment e WHERE e.course_id = c.id AND e.user_id = $2) AS enrolled_version_id
         FROM course c WHERE c.id = $1`,
      [id, actor?.userId ?? null],
    );
    if (!row) throw DomainError.notFound('course.notFound', id);
    const view = courseViewFor(actor, courseFromRow(row), { isAuthor: row.is_author, enrolledVersionId: row.enrolled_version_id });
    if (!canSeeCourse(view)) throw DomainError.notFound('course.notFound', id);
    return view;
  }

  /** Courses by id for the API's loaders, seen through the given version (or the actor's rights). */
  async viewsByIds(actor: Actor | undefined, ids: readonly string[]): Promise<Map<string, CourseView>> {
    const rows: Array<CourseRow & { is_author: boolean }> = await this.dataSource.query(
      `SELECT ${COURSE_COLUMNS}, ${authoredBySql('c.id', '$2')} AS is_author FROM course c WHERE c.id = ANY($1::uuid[])`,
      [ids.filter(isUuid), actor?.userId ?? null],
    );
    return new Map(rows.map((row) => [row.id, courseViewFor(actor, courseFromRow(row), { isAuthor: row.is_author })]));
  }

  /** Published courses of each track in track order, with their place and mandatory mark. */
  async publishedByTrackIds(
    actor: Actor | undefined,
    trackIds: readonly string[],
  ): Promise<Map<string, Array<{ view: CourseView; position: number; mandatory: boolean }>>> {
    const rows: Array<CourseRow & { track_id: string; position: number; mandatory: boolean; is_author: boolean }> = await this.dataSource.query(
      `SELECT ${COURSE_COLUMNS}, ct.track_id, ct.position, ct.mandatory, ${authoredBySql('c.id', '$2')} AS is_author
         FROM course_track ct JOIN course c ON c.id = ct.course_id
        WHERE ct.track_id = ANY($1::uuid[]) AND c.status = 'PUBLISHED' AND c.live_version_id IS NOT NULL
        ORDER BY ct.track_id, ct.position, ${inVietnameseOrder('c.title')}`,
      [trackIds, actor?.userId ?? null],
    );
    const byTrack = new Map<string, Array<{ view: CourseView; position: number; mandatory: boolean }>>(trackIds.map((id) => [id, []]));
    for (const row of rows) {
      byTrack.get(row.track_id)?.push({
        view: courseViewFor(actor, courseFromRow(row), { isAuthor: row.is_author }),
        position: row.position,
        mandatory: row.mandatory,
      });
    }
    return byTrack;
  }

  async versionsByIds(ids: readonly string[]): Promise<Map<string, CourseVersionEntity>> {
    const rows = ids.length ? await this.dataSource.getRepository(CourseVersionEntity).find({ where: { id: In([...ids]) } }) : [];
    return new Map(rows.map((row) => [row.id, row]));
  }

  async modulesByCourseIds(courseIds: readonly string[]): Promise<Map<string, CourseModuleEntity[]>> {
    const rows = courseIds.length
      ? await this.dataSource.getRepository(CourseModuleEntity).find({ where: { courseId: In([...courseIds]) }, order: { position: 'ASC', createdAt: 'ASC' } })
      : [];
    return groupBy(courseIds, rows, (row) => row.courseId);
  }

  async lessonsByModuleIds(moduleIds: readonly string[]): Promise<Map<string, LessonEntity[]>> {
    const rows = moduleIds.length
      ? await this.dataSource.getRepository(LessonEntity).find({ where: { moduleId: In([...moduleIds]) }, order: { position: 'ASC', createdAt: 'ASC' } })
      : [];
    return groupBy(moduleIds, rows, (row) => row.moduleId);
  }

  async filesByIds(ids: readonly string[]): Promise<Map<string, LessonFileEntity>> {
    const rows = ids.length ? await this.dataSource.getRepository(LessonFileEntity).find({ where: { id: In([...ids]) } }) : [];
    return new Map(rows.map((row) => [row.id, row]));
  }

  async tracksByCourseIds(courseIds: readonly string[]): Promise<Map<string, Array<{ track: TrackEntity; placement: CourseTrackPlacement }>>> {
    const rows: Array<{ course_id: string; track_id: string; position: number; mandatory: boolean }> = courseIds.length
      ? await this.dataSource.query(
          `SELECT ct.course_id, ct.track_id, ct.position, ct.mandatory FROM course_track ct JOIN track t ON t.id = ct.track_id
            WHERE ct.course_id = ANY($1::uuid[]) ORDER BY t.position, t.code`,
          [courseIds],
        )
      : [];
    const tracks = rows.length
      ? await this.dataSource.getRepository(TrackEntity).find({ where: { id: In([...new Set(rows.map((row) => row.track_id))]) } })
      : [];
    const trackById = new Map(tracks.map((track) => [track.id, track]));
    const byCourse = new Map<string, Array<{ track: TrackEntity; placement: CourseTrackPlacement }>>(courseIds.map((id) => [id, []]));
    for (const row of rows) {
      byCourse.get(row.course_id)?.push({
        track: trackById.get(row.track_id) as TrackEntity,
        placement: { courseId: row.course_id, trackId: row.track_id, position: row.position, mandatory: row.mandatory },
      });
    }
    return byCourse;
  }

  /** Published versions with how many learners (active or completed) are on each. */
  async versionSummariesByCourseIds(courseIds: readonly string[]): Promise<Map<string, CourseVersionSummary[]>> {
    const rows: Array<{ course_id: string; id: string; version: number; published_at: Date; learners: number; live: boolean }> = await this.dataSource.query(
      `SELECT v.course_id, v.id, v.version, v.published_at, (c.live_version_id = v.id) AS live,
              (SELECT count(*)::int FROM enrollment e WHERE e.course_version_id = v.id AND e.status <> 'WITHDRAWN') AS learners
         FROM course_version v JOIN course c ON c.id = v.course_id
        WHERE v.course_id = ANY($1::uuid[]) ORDER BY v.course_id, v.version`,
      [courseIds],
    );
    const byCourse = new Map<string, CourseVersionSummary[]>(courseIds.map((id) => [id, []]));
    for (const row of rows) {
      byCourse.get(row.course_id)?.push({
        courseId: row.course_id,
        versionId: row.id,
        version: row.version,
        publishedAt: row.published_at,
        learnerCount: row.learners,
        live: row.live,
      });
    }
    return byCourse;
  }

  /**
   * The frozen content of published versions, each or a DomainError in its place. The course's authors
   * (trainers) and administrators read every version; anyone else only the version `course(id)` shows
   * them anyway: the live one, or the one they are enrolled in.
   */
  async versionContentsByIds(actor: Actor | undefined, versionIds: readonly string[]): Promise<Map<string, CourseSnapshot | DomainError>> {
    const rows: Array<{ id: string; snapshot: CourseSnapshot; live: boolean; is_author: boolean; enrolled: boolean }> = await this.dataSource.query(
      `SELECT v.id, v.snapshot, (c.live_version_id = v.id) AS live, ${authoredBySql('v.course_id', '$2')} AS is_author,
              ($2::uuid IS NOT NULL AND EXISTS (SELECT 1 FROM enrollment e WHERE e.course_version_id = v.id AND e.user_id = $2)) AS enrolled
         FROM course_version v JOIN course c ON c.id = v.course_id
        WHERE v.id = ANY($1::uuid[])`,
      [versionIds.filter(isUuid), actor?.userId ?? null],
    );
    const found = new Map(rows.map((row) => [row.id, row]));
    return new Map(
      versionIds.map((id): [string, CourseSnapshot | DomainError] => {
        const row = found.get(id);
        if (!row) return [id, DomainError.notFound('course.versionNotFound', id)];
        if (!canReadCourseVersion(actor, { isAuthor: row.is_author, live: row.live, enrolled: row.enrolled })) {
          return [id, DomainError.forbidden('course.earlierVersionsForEditors')];
        }
        return [id, row.snapshot];
      }),
    );
  }

  /** Learners of each course, over all its versions (active or completed). */
  async learnerCountsByCourseIds(courseIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ course_id: string; learners: number }> = await this.dataSource.query(
      `SELECT course_id, count(*)::int AS learners FROM enrollment
        WHERE course_id = ANY($1::uuid[]) AND status <> 'WITHDRAWN' GROUP BY course_id`,
      [courseIds.filter(isUuid)],
    );
    return new Map(rows.map((row) => [row.course_id, row.learners]));
  }

  /** The names of each course's authors, in the order they were added: what the course page credits. */
  async authorNamesByCourseIds(courseIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: Array<{ course_id: string; full_name: string }> = await this.dataSource.query(
      `SELECT a.course_id, u.full_name FROM course_author a JOIN app_user u ON u.id = a.user_id
        WHERE a.course_id = ANY($1::uuid[]) ORDER BY a.added_at, a.user_id`,
      [courseIds.filter(isUuid)],
    );
    const byCourse = new Map<string, string[]>(courseIds.map((id) => [id, []]));
    for (const row of rows) byCourse.get(row.course_id)?.push(row.full_name);
    return byCourse;
  }

  /** Ids of each course's authors, in the order they were added (users load through UserService). */
  async authorIdsByCourseIds(courseIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: Array<{ course_id: string; user_id: string }> = await this.dataSource.query(
      'SELECT course_id, user_id FROM course_author WHERE course_id = ANY($1::uuid[]) ORDER BY added_at, user_id',
      [courseIds],
    );
    const byCourse = new Map<string, string[]>(courseIds.map((id) => [id, []]));
    for (const row of rows) byCourse.get(row.course_id)?.push(row.user_id);
    return byCourse;
  }
}

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const grouped = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) grouped.get(keyOf(row))?.push(row);
  return grouped;
}
