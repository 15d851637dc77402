import type { LessonKind } from '@hocso/portal-data-access';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { titleWithoutModuleNumber } from '../shared/module-heading';

export interface OutlineModule {
  id: string;
  title: string;
  lessons: ReadonlyArray<{ id: string; title: string; kind: LessonKind; required: boolean }>;
}

export interface CourseOutlineProps {
  courseId: string;
  modules: readonly OutlineModule[];
  completedIds: readonly string[];
  /** whether lessons open (enrolled learners, authors) */
  linked: boolean;
  currentLessonId?: string;
}

/** The modules and lessons of a course, with what is done. */
export function CourseOutline({ courseId, modules, completedIds, linked, currentLessonId }: CourseOutlineProps) {
  const { t } = useTranslation();
  const done = new Set(completedIds);
  if (modules.length === 0) return <p className="hs-muted">{t('courses.course.noContent')}</p>;
  return (
    <ol className="hs-outline" data-testid="course-outline">
      {modules.map((module, moduleIndex) => (
        <li key={module.id} className="hs-outline__module">
          <h3 className="hs-outline__module-title">{t('courses.course.moduleTitle', { number: moduleIndex + 1, title: titleWithoutModuleNumber(module.title) })}</h3>
          <ol className="hs-outline__lessons">
            {module.lessons.map((lesson) => {
              const isDone = done.has(lesson.id);
              const label = (
                <>
                  <span className={['hs-outline__mark', isDone ? 'hs-outline__mark--done' : ''].filter(Boolean).join(' ')} aria-hidden="true">
                    {isDone ? '✓' : '○'}
                  </span>
                  <span className="hs-outline__title">{lesson.title}</span>
                  <span className="hs-outline__kind">{t(`courses.lessonKind.${lesson.kind}`)}</span>
                  {!lesson.required && <span className="hs-outline__kind">{t('courses.course.optionalLesson')}</span>}
                  {isDone && <span className="hs-visually-hidden">{t('courses.course.lessonDone')}</span>}
                </>
              );
              return (
                <li key={lesson.id} className={['hs-outline__lesson', lesson.id === currentLessonId ? 'hs-outline__lesson--current' : ''].filter(Boolean).join(' ')} data-testid="course-lesson" data-lesson-id={lesson.id} data-done={isDone}>
                  {linked ? (
                    <Link to={`/courses/${courseId}/lessons/${lesson.id}`} aria-current={lesson.id === currentLessonId ? 'page' : undefined} data-testid="course-lesson-link">
                      {label}
                    </Link>
                  ) : (
                    <span className="hs-outline__row">{label}</span>
                  )}
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}
