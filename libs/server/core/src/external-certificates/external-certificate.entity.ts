import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ExternalCertificateEvidenceEntity } from './external-certificate-evidence.entity';

export const EXTERNAL_CERTIFICATE_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type ExternalCertificateStatus = (typeof EXTERNAL_CERTIFICATE_STATUSES)[number];

/** A certificate a learner earned on another platform, submitted with its evidence for recognition. */
@Entity('external_certificate')
export class ExternalCertificateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'holder_id', type: 'uuid' })
  holderId: string;

  @Column({ type: 'varchar', length: 255 })
  title: string;

  @Column({ name: 'issuer_name', type: 'varchar', length: 255 })
  issuerName: string;

  /** Study hours; numeric in PostgreSQL, read back as a number. */
  @Column({ type: 'numeric', precision: 7, scale: 2, transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  hours: number;

  @Column({ name: 'issued_on', type: 'timestamptz' })
  issuedOn: Date;

  @Column({ name: 'evidence_url', type: 'varchar', length: 2000, nullable: true })
  evidenceUrl: string | null;

  @Column({ name: 'evidence_file_id', type: 'uuid', nullable: true })
  evidenceFileId: string | null;

  /** The uploaded evidence file, when the query loads it (a relation, so that locking reads do not join it). */
  @OneToOne(() => ExternalCertificateEvidenceEntity, { nullable: true })
  @JoinColumn({ name: 'evidence_file_id' })
  evidenceFile?: ExternalCertificateEvidenceEntity | null;

  /** The submitted credential, as it was checked on submission. */
  @Column({ name: 'credential_json', type: 'jsonb', nullable: true })
  credentialJson: Record<string, unknown> | null;

  @Column({ name: 'signature_verified', type: 'boolean', default: false })
  signatureVerified: boolean;

  /** The check's state and reason (a message key with its parameters), kept for the reviewer. */
  @Column({ name: 'verification_state', type: 'varchar', length: 32, nullable: true })
  verificationState: string | null;

  @Column({ name: 'verification_reason', type: 'varchar', length: 100, nullable: true })
  verificationReason: string | null;

  @Column({ name: 'verification_params', type: 'jsonb', nullable: true })
  verificationParams: Record<string, string> | null;

  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  status: ExternalCertificateStatus;

  @Column({ name: 'review_reason', type: 'text', nullable: true })
  reviewReason: string | null;

  @Column({ name: 'reviewed_by_id', type: 'uuid', nullable: true })
  reviewedById: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @CreateDateColumn({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;
}
