import type { Audience } from '@hocso/contracts';
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { RoleGrantEntity } from './role-grant.entity';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'full_name', type: 'varchar', length: 200 })
  fullName: string;

  /** Stored trimmed and lower-cased; unique. */
  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  /** A Vietnamese mobile number in E.164 (+84…, see phoneKey); unique. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  phone: string | null;

  /** argon2id; null until the person sets a password through their one-time link. */
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'varchar', length: 32 })
  audience: Audience;

  @Column({ name: 'org_unit_id', type: 'uuid', nullable: true })
  orgUnitId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  position: string | null;

  /**
   * When the owner showed they read the mailbox (a confirmation or set-password link); null for a
   * self-registered account not yet confirmed, which may learn as a citizen but holds nothing more.
   */
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** When an administrator or unit manager last wrote the email; null again once the owner confirms it. */
  @Column({ name: 'email_changed_at', type: 'timestamptz', nullable: true })
  emailChangedAt: Date | null;

  /** When the owner showed they hold the phone (a code sent to it by SMS, or handed to them on paper). */
  @Column({ name: 'phone_verified_at', type: 'timestamptz', nullable: true })
  phoneVerifiedAt: Date | null;

  /** Set when an administrator or unit manager wrote the phone (see edited-phone.ts); cleared once a code sent to it is used. */
  @Column({ name: 'phone_changed_at', type: 'timestamptz', nullable: true })
  phoneChangedAt: Date | null;

  /** Who created the account from the users page; null for sign-ups, onboarding and seeded accounts. */
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  /** When an administrator or unit manager deactivated the account: it can no longer sign in. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  @Column({ name: 'deactivated_by_id', type: 'uuid', nullable: true })
  deactivatedById: string | null;

  @OneToMany(() => RoleGrantEntity, (grant) => grant.user)
  roleGrants?: RoleGrantEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
