import type { CertificateBatchKind, CertificateBatchState } from '@hocso/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A bulk certificate job of a course and its progress, as the portal shows it. */
@Entity('certificate_batch')
export class CertificateBatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: CertificateBatchKind;

  /** The reason the new certificates of a reissue carry; null for an ISSUE batch. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ type: 'varchar', length: 16 })
  state: CertificateBatchState;

  /** What the batch works on, counted when it started. */
  @Column({ type: 'int' })
  total: number;

  @Column({ type: 'int' })
  done: number;

  @Column({ type: 'int' })
  failed: number;

  @Column({ name: 'started_by_id', type: 'uuid', nullable: true })
  startedById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;
}
