import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Someone who checked in at a session, with the hours it credited them then. */
@Entity('live_session_attendance')
export class LiveSessionAttendanceEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'checked_in_at', type: 'timestamptz' })
  checkedInAt: Date;

  @Column({ type: 'numeric', precision: 5, scale: 2 })
  hours: string;

  @Column({ name: 'walk_in', type: 'boolean' })
  walkIn: boolean;
}
