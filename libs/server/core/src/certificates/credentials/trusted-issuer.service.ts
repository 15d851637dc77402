import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Actor } from '../../access/actor';
import { DomainError } from '../../errors/domain.error';
import { assertCanManageTrustedIssuers } from './credential-access';
import { CredentialKeyRing } from './credential-key-ring';
import { TrustedIssuerEntity } from './trusted-issuer.entity';

export interface AddTrustedIssuerCommand {
  did: string;
  name: string;
  logoUrl?: string | null;
  /** The issuer's DID document as JSON, as the administrator checked it. */
  didDocument: string;
}

const MAX_DID_DOCUMENT_CHARS = 100_000;

/** The did:web issuers administrators trust: their credentials verify against the DID document stored here. */
@Injectable()
export class TrustedIssuerService {
  constructor(
    @InjectRepository(TrustedIssuerEntity) private readonly issuers: Repository<TrustedIssuerEntity>,
    private readonly keys: CredentialKeyRing,
  ) {}

  list(actor: Actor): Promise<TrustedIssuerEntity[]> {
    assertCanManageTrustedIssuers(actor);
    return this.issuers.find({ order: { name: 'ASC' }, take: 500 });
  }

  async add(actor: Actor, command: AddTrustedIssuerCommand): Promise<TrustedIssuerEntity> {
    assertCanManageTrustedIssuers(actor);
    const did = command.did.trim();
    if (!/^did:web:[A-Za-z0-9.%_:-]{1,480}$/.test(did)) throw DomainError.badInput('did', 'credentials.trustedIssuerDid');
    if (did === this.keys.did) throw DomainError.badInput('did', 'credentials.trustedIssuerIsPlatform');
    const name = command.name.trim();
    if (!name || name.length > 200) throw DomainError.badInput('name', 'credentials.trustedIssuerName');
    const logoUrl = command.logoUrl?.trim() || null;
    if (logoUrl && (!/^https:\/\/\S+$/.test(logoUrl) || logoUrl.length > 2000)) throw DomainError.badInput('logoUrl', 'credentials.trustedIssuerLogo');
    const didDocument = parseDidDocument(command.didDocument, did);
    if (await this.issuers.existsBy({ did })) throw DomainError.conflict('credentials.trustedIssuerExists', 'did', { did });
    return this.issuers.save(this.issuers.create({ did, name, logoUrl, didDocument, addedById: actor.userId }));
  }

  async remove(actor: Actor, id: string): Promise<TrustedIssuerEntity> {
    assertCanManageTrustedIssuers(actor);
    const issuer = await this.issuers.findOneBy({ id });
    if (!issuer) throw DomainError.notFound('credentials.trustedIssuerNotFound', id);
    await this.issuers.delete({ id });
    return issuer;
  }

  /** The stored DID document of a trusted issuer, for verification; undefined when it is not trusted. */
  async byDid(did: string): Promise<TrustedIssuerEntity | undefined> {
    return (await this.issuers.findOneBy({ did })) ?? undefined;
  }
}

function parseDidDocument(json: string, did: string): Record<string, unknown> {
  const refuse = (detail: string) => DomainError.badInput('didDocument', 'credentials.trustedIssuerDocument', { detail });
  if (json.length > MAX_DID_DOCUMENT_CHARS) throw refuse(`at most ${MAX_DID_DOCUMENT_CHARS} characters`);
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch {
    throw refuse('not JSON');
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) throw refuse('not a JSON object');
  const record = document as Record<string, unknown>;
  if (record['id'] !== did) throw refuse(`its id is not ${did}`);
  const methods = record['verificationMethod'];
  if (!Array.isArray(methods) || methods.length === 0) throw refuse('no verificationMethod');
  for (const method of methods as Array<Record<string, unknown>>) {
    if (typeof method !== 'object' || method === null || typeof method['id'] !== 'string' || !String(method['id']).startsWith(`${did}#`) || method['controller'] !== did || typeof method['publicKeyMultibase'] !== 'string') {
      throw refuse('each verificationMethod needs a full id under the DID, the DID as controller and a publicKeyMultibase');
    }
  }
  const assertion = record['assertionMethod'];
  if (!Array.isArray(assertion) || assertion.length === 0) throw refuse('no assertionMethod');
  return { ...record, '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'] };
}
