import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A course's place in a track: its order and whether the track makes it mandatory. */
@Entity('course_track')
export class CourseTrackEntity {
  @PrimaryColumn({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @PrimaryColumn({ name: 'track_id', type: 'uuid' })
  trackId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'boolean' })
  mandatory: boolean;
}
