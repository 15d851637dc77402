import type { LessonKind } from './course-status';

/** What a published version freezes: the modules and lessons, as learners of that version see them. */
export interface CourseSnapshot {
  modules: ModuleSnapshot[];
}

export interface ModuleSnapshot {
  id: string;
  title: string;
  position: number;
  lessons: LessonSnapshot[];
}

export interface LessonSnapshot {
  id: string;
  title: string;
  kind: LessonKind;
  position: number;
  body: string | null;
  videoUrl: string | null;
  transcript: string | null;
  fileId: string | null;
  file: { id: string; name: string; size: number; mimeType: string } | null;
  examId: string | null;
  required: boolean;
}

export function lessonIdsOf(snapshot: CourseSnapshot): { all: string[]; required: string[] } {
  const lessons = snapshot.modules.flatMap((module) => module.lessons);
  return { all: lessons.map((lesson) => lesson.id), required: lessons.filter((lesson) => lesson.required).map((lesson) => lesson.id) };
}
