/** The lessons of a course in reading order, and the neighbours of one of them. */
export interface SequencedModule<L extends { id: string }> {
  id: string;
  title?: string;
  lessons: readonly L[];
}

export interface LessonNeighbours<L> {
  index: number;
  total: number;
  previous: L | null;
  next: L | null;
  moduleTitle: string | null;
}

export function flattenLessons<L extends { id: string }>(modules: readonly SequencedModule<L>[]): L[] {
  return modules.flatMap((module) => [...module.lessons]);
}

export function lessonNeighbours<L extends { id: string }>(modules: readonly SequencedModule<L>[], lessonId: string): LessonNeighbours<L> | null {
  const lessons = flattenLessons(modules);
  const index = lessons.findIndex((lesson) => lesson.id === lessonId);
  if (index < 0) return null;
  const module = modules.find((candidate) => candidate.lessons.some((lesson) => lesson.id === lessonId));
  return {
    index,
    total: lessons.length,
    previous: index > 0 ? lessons[index - 1] : null,
    next: index < lessons.length - 1 ? lessons[index + 1] : null,
    moduleTitle: module?.title ?? null,
  };
}

/** The first lesson not yet done (where "continue" leads); the first lesson when all are done; null if none. */
export function nextLessonToStudy<L extends { id: string }>(modules: readonly SequencedModule<L>[], completedIds: readonly string[]): L | null {
  const lessons = flattenLessons(modules);
  const done = new Set(completedIds);
  return lessons.find((lesson) => !done.has(lesson.id)) ?? lessons[0] ?? null;
}

/** 0..1 progress as a whole percentage. */
export function progressPercent(progress: number): number {
  if (!Number.isFinite(progress)) return 0;
  return Math.round(Math.min(Math.max(progress, 0), 1) * 100);
}
