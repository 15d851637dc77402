import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A trainer who may edit the course (its creator and the co-authors they added). */
@Entity('course_author')
export class CourseAuthorEntity {
  @PrimaryColumn({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}
