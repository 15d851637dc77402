import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LiveSessionKind } from './live-session-kinds';

/** A training, conference, workshop or round table held at a place or online, whose attendees are credited hours. */
@Entity('live_session')
export class LiveSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: LiveSessionKind;

  @Column({ type: 'varchar', length: 255 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  place: string | null;

  @Column({ name: 'online_url', type: 'varchar', length: 2000, nullable: true })
  onlineUrl: string | null;

  @Column({ type: 'int' })
  capacity: number;

  /** numeric: pg returns a string, read through `creditedHoursOf`. */
  @Column({ name: 'credited_hours', type: 'numeric', precision: 5, scale: 2 })
  creditedHours: string;

  /** Whether someone who did not register may check in (they are not counted against the capacity). */
  @Column({ name: 'allow_walk_in', type: 'boolean' })
  allowWalkIn: boolean;

  /** A session of a cohort is for its members. */
  @Column({ name: 'cohort_id', type: 'uuid', nullable: true })
  cohortId: string | null;

  @Column({ name: 'course_id', type: 'uuid', nullable: true })
  courseId: string | null;

  @Column({ name: 'organiser_id', type: 'uuid', nullable: true })
  organiserId: string | null;

  /** Set once: a cancelled session takes no registration or check-in. */
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancelled_by_id', type: 'uuid', nullable: true })
  cancelledById: string | null;

  @Column({ name: 'cancel_reason', type: 'varchar', length: 500, nullable: true })
  cancelReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export function creditedHoursOf(session: Pick<LiveSessionEntity, 'creditedHours'>): number {
  return Number(session.creditedHours);
}
