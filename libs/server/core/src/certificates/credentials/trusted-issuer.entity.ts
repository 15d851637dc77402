import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A did:web issuer an administrator vouches for, with the DID document they checked: credentials it signs
 * verify against this stored document (nothing is fetched), so a change of its keys needs an administrator.
 */
@Entity('trusted_issuer')
export class TrustedIssuerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 500, unique: true })
  did: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'logo_url', type: 'varchar', length: 2000, nullable: true })
  logoUrl: string | null;

  @Column({ name: 'did_document', type: 'jsonb' })
  didDocument: Record<string, unknown>;

  @Column({ name: 'added_by_id', type: 'uuid', nullable: true })
  addedById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
