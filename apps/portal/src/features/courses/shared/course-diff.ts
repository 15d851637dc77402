import { type DiffOp, diffLines, movedIds } from './sequence-diff';

/** The content a review compares: what a published version freezes (modules and lessons). */
export interface DiffLesson {
  id: string;
  title: string;
  kind: string;
  required: boolean;
  body?: string | null;
  videoUrl?: string | null;
  transcript?: string | null;
  file?: { id: string; name: string } | null;
}

export interface DiffModule {
  id: string;
  title: string;
  lessons: readonly DiffLesson[];
}

export type ChangeStatus = 'added' | 'removed' | 'changed' | 'unchanged';
export type LessonField = 'title' | 'kind' | 'required' | 'body' | 'videoUrl' | 'transcript' | 'file';

export interface LessonDiff {
  id: string;
  status: ChangeStatus;
  title: string;
  previousTitle: string | null;
  kind: string;
  changedFields: LessonField[];
  /** Its place changed: another module, or another order among the lessons kept. */
  moved: boolean;
  /** Set when it came from another module: that module's title in the published version. */
  movedFromModule: string | null;
  /** Line diffs of the long texts that changed. */
  bodyDiff: DiffOp<string>[] | null;
  transcriptDiff: DiffOp<string>[] | null;
  previousVideoUrl: string | null;
  videoUrl: string | null;
  previousFileName: string | null;
  fileName: string | null;
}

export interface ModuleDiff {
  id: string;
  status: ChangeStatus;
  title: string;
  previousTitle: string | null;
  moved: boolean;
  lessons: LessonDiff[];
}

export interface CourseDiffSummary {
  added: number;
  removed: number;
  changed: number;
  moved: number;
}

export interface CourseDiff {
  /** No published version yet: everything is new. */
  firstVersion: boolean;
  modules: ModuleDiff[];
  /** Counts of lessons and modules (both) by what happened to them. */
  summary: CourseDiffSummary;
  hasChanges: boolean;
}

const LONG_TEXT: readonly LessonField[] = ['body', 'transcript'];

function norm(value: string | null | undefined): string {
  return (value ?? '').replace(/\r\n?/g, '\n');
}

export function changedLessonFields(before: DiffLesson, after: DiffLesson): LessonField[] {
  const fields: LessonField[] = [];
  if (before.title !== after.title) fields.push('title');
  if (before.kind !== after.kind) fields.push('kind');
  if (before.required !== after.required) fields.push('required');
  if (norm(before.body) !== norm(after.body)) fields.push('body');
  if (norm(before.videoUrl) !== norm(after.videoUrl)) fields.push('videoUrl');
  if (norm(before.transcript) !== norm(after.transcript)) fields.push('transcript');
  if ((before.file?.id ?? null) !== (after.file?.id ?? null)) fields.push('file');
  return fields;
}

function lessonDiff(status: ChangeStatus, lesson: DiffLesson, before: DiffLesson | null, moved: boolean, movedFromModule: string | null): LessonDiff {
  const changedFields = before && status !== 'removed' ? changedLessonFields(before, lesson) : [];
  const textDiff = (field: 'body' | 'transcript') => {
    if (status === 'added') return lesson[field] ? diffLines(null, lesson[field]) : null;
    if (status === 'removed') return null;
    return changedFields.includes(field) ? diffLines(before?.[field], lesson[field]) : null;
  };
  return {
    id: lesson.id,
    status: status === 'unchanged' && changedFields.length > 0 ? 'changed' : status,
    title: lesson.title,
    previousTitle: before && before.title !== lesson.title ? before.title : null,
    kind: lesson.kind,
    changedFields,
    moved,
    movedFromModule,
    bodyDiff: textDiff('body'),
    transcriptDiff: textDiff('transcript'),
    previousVideoUrl: before?.videoUrl ?? null,
    videoUrl: lesson.videoUrl ?? null,
    previousFileName: before?.file?.name ?? null,
    fileName: lesson.file?.name ?? null,
  };
}

/**
 * What changed between the published version (null: never published) and the draft: modules and lessons
 * added, removed, edited (which fields, with line diffs of Markdown bodies and transcripts) and moved.
 * Lessons and modules keep their ids across versions, so they are matched by id.
 */
export function diffCourseContent(published: readonly DiffModule[] | null, draft: readonly DiffModule[]): CourseDiff {
  const before = published ?? [];
  const beforeModules = new Map(before.map((module) => [module.id, module]));
  const draftModuleIds = new Set(draft.map((module) => module.id));
  const beforeLessons = new Map<string, { lesson: DiffLesson; moduleId: string; moduleTitle: string }>();
  for (const module of before) for (const lesson of module.lessons) beforeLessons.set(lesson.id, { lesson, moduleId: module.id, moduleTitle: module.title });
  const draftLessonIds = new Set(draft.flatMap((module) => module.lessons.map((lesson) => lesson.id)));
  const modulesMoved = movedIds(before.map((module) => module.id), draft.map((module) => module.id));

  const removedLessonsOf = (moduleId: string): LessonDiff[] =>
    (beforeModules.get(moduleId)?.lessons ?? []).filter((lesson) => !draftLessonIds.has(lesson.id)).map((lesson) => lessonDiff('removed', lesson, lesson, false, null));

  const modules: ModuleDiff[] = draft.map((module) => {
    const previous = beforeModules.get(module.id) ?? null;
    const lessonsMoved = movedIds(
      (previous?.lessons ?? []).map((lesson) => lesson.id),
      module.lessons.filter((lesson) => beforeLessons.get(lesson.id)?.moduleId === module.id).map((lesson) => lesson.id),
    );
    const lessons = module.lessons.map((lesson) => {
      const old = beforeLessons.get(lesson.id);
      if (!old) return lessonDiff('added', lesson, null, false, null);
      const fromOtherModule = old.moduleId !== module.id;
      return lessonDiff('unchanged', lesson, old.lesson, fromOtherModule || lessonsMoved.has(lesson.id), fromOtherModule ? old.moduleTitle : null);
    });
    const allLessons = [...lessons, ...removedLessonsOf(module.id)];
    const status: ChangeStatus = !previous
      ? 'added'
      : previous.title !== module.title || allLessons.some((lesson) => lesson.status !== 'unchanged' || lesson.moved)
        ? 'changed'
        : 'unchanged';
    return {
      id: module.id,
      status,
      title: module.title,
      previousTitle: previous && previous.title !== module.title ? previous.title : null,
      moved: modulesMoved.has(module.id),
      lessons: allLessons,
    };
  });

  for (const module of before) {
    if (draftModuleIds.has(module.id)) continue;
    modules.push({
      id: module.id,
      status: 'removed',
      title: module.title,
      previousTitle: null,
      moved: false,
      lessons: removedLessonsOf(module.id),
    });
  }

  const summary: CourseDiffSummary = { added: 0, removed: 0, changed: 0, moved: 0 };
  for (const module of modules) {
    if (module.status === 'added' || module.status === 'removed') summary[module.status] += 1;
    else if (module.previousTitle !== null) summary.changed += 1;
    if (module.moved) summary.moved += 1;
    for (const lesson of module.lessons) {
      if (lesson.status !== 'unchanged') summary[lesson.status] += 1;
      if (lesson.moved) summary.moved += 1;
    }
  }
  const hasChanges = summary.added + summary.removed + summary.changed + summary.moved > 0;
  return { firstVersion: published === null, modules, summary, hasChanges };
}

export function isLongTextField(field: LessonField): boolean {
  return LONG_TEXT.includes(field);
}
