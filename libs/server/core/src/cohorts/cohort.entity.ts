import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * People of an org unit's subtree gathered by a trainer or a unit's expert to follow a course, or a track's
 * mandatory courses, together from a start date.
 */
@Entity('cohort')
export class CohortEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  /** Its members are people of this unit's subtree; the unit's managers follow it. */
  @Column({ name: 'org_unit_id', type: 'uuid' })
  orgUnitId: string;

  @Column({ name: 'course_id', type: 'uuid', nullable: true })
  courseId: string | null;

  @Column({ name: 'track_id', type: 'uuid', nullable: true })
  trackId: string | null;

  /** A calendar day (`YYYY-MM-DD`), as PostgreSQL's `date` is read. */
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
