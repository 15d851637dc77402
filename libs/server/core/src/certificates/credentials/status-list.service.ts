import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { updatedRows } from '../../database/updated-rows';
import { APP_CONFIG } from '../../config/app-config.token';
import { type AppConfig, publicUrlOf } from '../../config/app-config';
import { CREDENTIALS_V2_CONTEXT } from './credential-contexts';
import { CredentialIssuer } from './credential-issuer';
import { CredentialStatusListEntity } from './credential-status-list.entity';
import { statusListUrlOf } from './credential-urls';
import { emptyStatusBits, encodeStatusBits, isStatusBitSet, setStatusBit, STATUS_LIST_LENGTH } from './status-list-bits';

/** A credential's place in a status list. */
export interface StatusListEntry {
  listId: string;
  index: number;
}

/**
 * The platform's Bitstring Status Lists (revocation). Issuing draws the next index of the open list inside the
 * issuer's transaction; revoking sets a bit and re-signs the list. Both lock the one list row they change.
 */
@Injectable()
export class StatusListService {
  private readonly publicUrl: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectRepository(CredentialStatusListEntity) private readonly lists: Repository<CredentialStatusListEntity>,
    private readonly issuer: CredentialIssuer,
  ) {
    this.publicUrl = publicUrlOf(config);
  }

  /** The next free index, in the caller's transaction: a rollback gives nothing away but a gap. */
  async allocate(manager: EntityManager): Promise<StatusListEntry> {
    const [entry] = await this.allocateMany(manager, 1);
    if (!entry) throw new Error('no status list entry was allocated');
    return entry;
  }

  /**
   * The next `count` free indexes, in the caller's transaction, taken from the open list by one statement (the
   * next list, or a new one, for what the open one cannot hold). The list row stays locked until that
   * transaction ends, so a batch of issues holds it once.
   */
  async allocateMany(manager: EntityManager, count: number): Promise<StatusListEntry[]> {
    const entries: StatusListEntry[] = [];
    let opening = false;
    while (entries.length < count) {
      const taken = updatedRows<{ id: string; first: number; end: number }>(
        await manager.query(
          `WITH open AS (
             SELECT id, next_index, length FROM credential_status_list
              WHERE next_index < length AND public_url = $1
              ORDER BY created_at, id LIMIT 1 FOR UPDATE)
           UPDATE credential_status_list l SET next_index = LEAST(open.next_index + $2, open.length), updated_at = now()
             FROM open WHERE l.id = open.id
           RETURNING l.id, open.next_index AS first, l.next_index AS end`,
          [this.publicUrl, count - entries.length],
        ),
      );
      const range = taken[0];
      if (range) {
        for (let index = Number(range.first); index < Number(range.end); index += 1) entries.push({ listId: range.id, index });
        opening = false;
        continue;
      }
      if (opening) await this.openList(manager);
      // Only opening a list is serialised (until this transaction ends): a burst of first issues shares one list.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('credential_status_list.open'))`);
      opening = true;
    }
    return entries;
  }

  /** Sets the credential's revocation bit and re-signs its list; setting a bit already set changes nothing. */
  async revoke(manager: EntityManager, listId: string, index: number): Promise<void> {
    const list = await manager.getRepository(CredentialStatusListEntity).findOne({ where: { id: listId }, lock: { mode: 'pessimistic_write' } });
    if (!list) throw new Error(`status list ${listId} does not exist`);
    if (!Number.isInteger(index) || index < 0 || index >= list.nextIndex) throw new Error(`status list ${listId} has no credential at index ${index}`);
    if (isStatusBitSet(list.bits, index)) return;
    setStatusBit(list.bits, index);
    const version = list.version + 1;
    const signed = await this.signedListOf(listId, list.bits, new Date());
    await manager.query(`UPDATE credential_status_list SET bits = $2, version = $3, signed_credential = $4, updated_at = now() WHERE id = $1`, [listId, list.bits, version, signed]);
  }

  /** The signed list as it is served, with its version (the ETag), or null when there is no such list. */
  async published(listId: string): Promise<{ credential: Record<string, unknown>; version: number } | null> {
    const list = await this.lists.findOne({ where: { id: listId }, select: { id: true, version: true, signedCredential: true } });
    return list?.signedCredential ? { credential: list.signedCredential, version: list.version } : null;
  }

  /** Whether the credential at this index is revoked, read from the database; null when the list is not the platform's. */
  async isRevoked(listId: string, index: number): Promise<boolean | null> {
    const list = await this.lists.findOne({ where: { id: listId }, select: { id: true, bits: true, length: true } });
    if (!list || !Number.isInteger(index) || index < 0 || index >= list.length) return null;
    return isStatusBitSet(list.bits, index);
  }

  private async openList(manager: EntityManager): Promise<void> {
    const id = randomBytes(9).toString('base64url');
    const bits = emptyStatusBits(STATUS_LIST_LENGTH);
    const signed = await this.signedListOf(id, bits, new Date());
    await manager.query(`INSERT INTO credential_status_list (id, public_url, bits, length, signed_credential) VALUES ($1, $2, $3, $4, $5)`, [
      id,
      this.publicUrl,
      bits,
      STATUS_LIST_LENGTH,
      signed,
    ]);
  }

  private signedListOf(listId: string, bits: Buffer, date: Date): Promise<Record<string, unknown>> {
    const url = statusListUrlOf(this.publicUrl, listId);
    return this.issuer.sign(
      {
        '@context': [CREDENTIALS_V2_CONTEXT],
        id: url,
        type: ['VerifiableCredential', 'BitstringStatusListCredential'],
        issuer: this.issuer.issuerId,
        validFrom: date.toISOString(),
        credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: encodeStatusBits(bits) },
      },
      date,
    );
  }
}
