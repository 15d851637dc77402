import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CourseSnapshot } from './course-snapshot';

/** A published, frozen version of a course's content. */
@Entity('course_version')
export class CourseVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  snapshot: CourseSnapshot;

  @Column({ name: 'lesson_ids', type: 'uuid', array: true })
  lessonIds: string[];

  @Column({ name: 'required_lesson_ids', type: 'uuid', array: true })
  requiredLessonIds: string[];

  @Column({ name: 'published_by_id', type: 'uuid', nullable: true })
  publishedById: string | null;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;
}
