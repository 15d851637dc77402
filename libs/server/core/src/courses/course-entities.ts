import { CourseAuthorEntity } from './course-author.entity';
import { CourseModuleEntity } from './course-module.entity';
import { CourseTrackEntity } from './course-track.entity';
import { CourseVersionEntity } from './course-version.entity';
import { CourseEntity } from './course.entity';
import { LessonFileEntity } from './lesson-file.entity';
import { LessonEntity } from './lesson.entity';

/** Courses, their authors, tracks, content, files and published versions. */
export const COURSE_ENTITIES = [CourseEntity, CourseAuthorEntity, CourseTrackEntity, CourseModuleEntity, LessonEntity, LessonFileEntity, CourseVersionEntity];
