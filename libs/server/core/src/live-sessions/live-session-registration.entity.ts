import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RegistrationStatus } from './live-session-kinds';

/** A seat taken at a session (or given back: CANCELLED). */
@Entity('live_session_registration')
export class LiveSessionRegistrationEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 16 })
  status: RegistrationStatus;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;
}
