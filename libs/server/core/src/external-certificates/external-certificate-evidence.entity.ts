import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An uploaded evidence file (PDF, JPEG, PNG) of an external certificate; kept in the file storage under storageKey. */
@Entity('external_certificate_evidence')
export class ExternalCertificateEvidenceEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'uploaded_by_id', type: 'uuid' })
  uploadedById: string;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Column({ type: 'int' })
  size: number;

  @Column({ name: 'mime_type', type: 'varchar', length: 64 })
  mimeType: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt: Date;
}
