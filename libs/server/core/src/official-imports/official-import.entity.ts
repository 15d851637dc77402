import type { OfficialImportStatus } from '@hocso/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RejectedRow } from './rejected-row';

@Entity('official_import')
export class OfficialImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  /** The subtree a unit manager may import into; null for an admin. */
  @Column({ name: 'scope_org_unit_id', type: 'uuid', nullable: true })
  scopeOrgUnitId: string | null;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  /** The decoded CSV: PostgreSQL keeps the only copy, the job carries the id. */
  @Column({ type: 'text', select: false })
  content: string;

  @Column({ type: 'varchar', length: 16 })
  status: OfficialImportStatus;

  @Column({ name: 'total_rows', type: 'int' })
  totalRows: number;

  @Column({ name: 'processed_rows', type: 'int', default: 0 })
  processedRows: number;

  @Column({ name: 'created_count', type: 'int', default: 0 })
  createdCount: number;

  @Column({ name: 'updated_count', type: 'int', default: 0 })
  updatedCount: number;

  @Column({ name: 'rejected_count', type: 'int', default: 0 })
  rejectedCount: number;

  /** Never loaded with the import: read a page at a time (OfficialImportService.rejectedRows). */
  @Column({ name: 'rejected_rows', type: 'jsonb', default: () => "'[]'::jsonb", select: false })
  rejectedRows?: RejectedRow[];

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
