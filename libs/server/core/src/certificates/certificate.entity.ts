import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CertificateStatus } from './certificate-status';

const decimal = { to: (value: number) => value, from: (value: string) => Number(value) };

/** A certificate of one completion of an enrollment, with what it said when it was issued: it never follows later edits. */
@Entity('certificate')
export class CertificateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `BT-2026-000123`: prefix, year of issue, that year's sequence. */
  @Column({ type: 'varchar', length: 32 })
  serial: string;

  @Column({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId: string;

  /** The completion of the enrollment it certifies: 1 for the first, one more for each retake completed. */
  @Column({ name: 'completion_number', type: 'int' })
  completionNumber: number;

  /** 1 for the certificate of the completion; each reissue is the next number. */
  @Column({ name: 'issue_number', type: 'int' })
  issueNumber: number;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @Column({ name: 'course_version_id', type: 'uuid' })
  courseVersionId: string;

  @Column({ name: 'course_version', type: 'int' })
  courseVersion: number;

  /** NFC, as the holder's name was at issue. */
  @Column({ name: 'holder_name', type: 'varchar', length: 200 })
  holderName: string;

  @Column({ name: 'course_title', type: 'varchar', length: 255 })
  courseTitle: string;

  @Column({ type: 'numeric', precision: 7, scale: 2, transformer: decimal })
  hours: number;

  @Column({ name: 'issuer_name', type: 'varchar', length: 255 })
  issuerName: string;

  @Column({ name: 'completed_at', type: 'timestamptz' })
  completedAt: Date;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ type: 'varchar', length: 16 })
  status: CertificateStatus;

  @Column({ name: 'revoked_reason', type: 'varchar', length: 500, nullable: true })
  revokedReason: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by_id', type: 'uuid', nullable: true })
  revokedById: string | null;

  @Column({ name: 'replaces_certificate_id', type: 'uuid', nullable: true })
  replacesCertificateId: string | null;

  /** Why an administrator reissued the certificate this one replaces. */
  @Column({ name: 'reissue_reason', type: 'varchar', length: 500, nullable: true })
  reissueReason: string | null;

  /** The certificate's entry in a revocation status list; null until the credential exists. */
  @Column({ name: 'status_list_id', type: 'text', nullable: true })
  statusListId: string | null;

  @Column({ name: 'status_list_index', type: 'int', nullable: true })
  statusListIndex: number | null;

  /** Null until the issuing job has stored the PDF. */
  @Column({ name: 'pdf_storage_key', type: 'text', nullable: true })
  pdfStorageKey: string | null;

  /** The signed Open Badges 3.0 credential; null until signed. */
  @Column({ type: 'jsonb', nullable: true })
  credential: Record<string, unknown> | null;
}
