import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * One Bitstring Status List: the revocation bits of up to 131,072 credentials. A credential takes the next
 * index when it is issued; revoking sets its bit and re-signs the list, under a lock of this row alone.
 */
@Entity('credential_status_list')
export class CredentialStatusListEntity {
  /** Short and URL-safe: it is part of the list's public address. */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id: string;

  /** The platform's address (PUBLIC_URL) the list is served at and signed for. */
  @Column({ name: 'public_url', type: 'text' })
  publicUrl: string;

  /** The bits, uncompressed (16 KB); `encodedList` is computed from them when the list is signed. */
  @Column({ type: 'bytea' })
  bits: Buffer;

  /** How many bits the list has. */
  @Column({ type: 'int' })
  length: number;

  @Column({ name: 'next_index', type: 'int', default: 0 })
  nextIndex: number;

  /** Raised by every change of the bits: it names the signed credential's version (its ETag). */
  @Column({ type: 'int', default: 1 })
  version: number;

  /** The signed BitstringStatusListCredential of this version, served as it is. */
  @Column({ name: 'signed_credential', type: 'jsonb', nullable: true })
  signedCredential: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
