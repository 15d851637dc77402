import { Inject, Injectable } from '@nestjs/common';
import * as didKey from '@digitalbazaar/did-method-key';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import jsigs from 'jsonld-signatures';
import { APP_CONFIG } from '../../config/app-config.token';
import { type AppConfig, publicUrlOf } from '../../config/app-config';
import { CREDENTIAL_WARNINGS, type CredentialCheck, type CredentialCheckReason, type CredentialCheckState, type CredentialClaims } from './credential-check';
import { staticDocumentLoader } from './credential-document-loader';
import { parseCredentialJson } from './credential-input';
import { CredentialKeyRing } from './credential-key-ring';
import { verifyingSuite } from './credential-signing-suite';
import { statusListIdOf } from './credential-urls';
import { isEd25519PublicKeyMultibase } from './multibase-key';
import { controllerOfMethod } from './platform-did';
import { decodeStatusBits, isStatusBitSet } from './status-list-bits';
import { StatusListService } from './status-list.service';
import { TrustedIssuerService } from './trusted-issuer.service';

export interface CredentialCheckOptions {
  /** The clock the validity dates are read against. */
  now?: Date;
  /** Signed status lists of other issuers, by URL, handed to the check (none is ever fetched). */
  statusLists?: Readonly<Record<string, Record<string, unknown>>>;
}

/** A key a proof names, with the document of its controller and how far the platform can vouch for it. */
interface ResolvedKey {
  method: Record<string, unknown>;
  controller: Record<string, unknown>;
  /** did:key, the platform itself or a trusted did:web: the key is the issuer's. A key named in an https URL's fragment is not vouched for. */
  vouched: boolean;
  trustedName: string | null;
  trustedLogoUrl: string | null;
}

type ProofOutcome = { kind: 'noProof' } | { kind: 'unresolvable' } | { kind: 'failed' } | { kind: 'verified'; key: ResolvedKey };

const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';
const DID_CONTEXT = 'https://www.w3.org/ns/did/v1';

/**
 * Checks a credential offline: its `eddsa-rdfc-2022` proof, that its issuer controls the key, its validity
 * dates and its revocation status. Nothing is fetched: contexts are the shipped ones, keys are did:key, the
 * platform's own or a trusted issuer's stored DID document, and status lists the platform's own.
 */
@Injectable()
export class CredentialVerifier {
  private readonly publicUrl: string;
  private readonly platformName: string;
  private readonly didKeys = didKey.driver();

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly keys: CredentialKeyRing,
    private readonly statusLists: StatusListService,
    private readonly trustedIssuers: TrustedIssuerService,
  ) {
    this.publicUrl = publicUrlOf(config);
    this.platformName = config.CERTIFICATE_ISSUER_NAME;
    this.didKeys.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from });
  }

  /** Throws BAD_USER_INPUT (field `json`) for what is not a credential it may read; answers a check for the rest. */
  async verify(json: string, options: CredentialCheckOptions = {}): Promise<CredentialCheck> {
    return this.check(parseCredentialJson(json, 'json'), options);
  }

  async check(credential: Record<string, unknown>, options: CredentialCheckOptions = {}): Promise<CredentialCheck> {
    const proof = await this.verifyProof(credential);
    if (proof.kind === 'noProof' || proof.kind === 'failed') {
      return outcome('SIGNATURE_INVALID', [], proof.kind === 'noProof' ? 'credentials.check.noProof' : 'credentials.check.signatureInvalid', {}, false, null, null, null);
    }
    const claims = claimsOf(credential);
    const issuer = claims.issuerId ?? '';
    const warnings = new Set<CredentialCheckState>();
    let issuerReason: CredentialCheckReason = 'credentials.check.unknownIssuer';
    let signatureVerified = false;
    let trusted: ResolvedKey | null = null;
    if (proof.kind === 'verified') {
      const signerIsIssuer = proof.key.controller['id'] === issuer;
      if (!signerIsIssuer) issuerReason = 'credentials.check.issuerNotSigner';
      signatureVerified = signerIsIssuer && proof.key.vouched;
      if (signatureVerified) trusted = proof.key;
    }
    if (!signatureVerified) warnings.add('UNKNOWN_ISSUER');

    const now = options.now ?? new Date();
    if (claims.validUntil && now > claims.validUntil) warnings.add('EXPIRED');
    if (claims.validFrom && now < claims.validFrom) warnings.add('NOT_YET_VALID');
    const revoked = await this.revocationOf(credential, issuer, options);
    if (revoked === true) warnings.add('REVOKED');
    if (revoked === undefined) warnings.add('STATUS_UNKNOWN');

    const ordered = CREDENTIAL_WARNINGS.filter((warning) => warnings.has(warning));
    const state = ordered[0] ?? 'VALID';
    const reasons: Record<CredentialCheckState, CredentialCheckReason> = {
      VALID: 'credentials.check.valid',
      SIGNATURE_INVALID: 'credentials.check.signatureInvalid',
      REVOKED: 'credentials.check.revoked',
      EXPIRED: 'credentials.check.expired',
      NOT_YET_VALID: 'credentials.check.notYetValid',
      UNKNOWN_ISSUER: issuerReason,
      STATUS_UNKNOWN: 'credentials.check.statusUnknown',
    };
    const params = { issuer, validUntil: claims.validUntil?.toISOString() ?? '', validFrom: claims.validFrom?.toISOString() ?? '' };
    return outcome(state, ordered, reasons[state], params, signatureVerified, trusted, revoked ?? null, claims);
  }

  private async verifyProof(credential: Record<string, unknown>): Promise<ProofOutcome> {
    const proofs = ([] as unknown[]).concat(credential['proof'] ?? []).filter(
      (proof): proof is Record<string, unknown> => typeof proof === 'object' && proof !== null && (proof as Record<string, unknown>)['type'] === 'DataIntegrityProof' && (proof as Record<string, unknown>)['cryptosuite'] === 'eddsa-rdfc-2022',
    );
    if (proofs.length === 0) return { kind: 'noProof' };
    let unresolvable = false;
    for (const proof of proofs) {
      const methodId = String(proof['verificationMethod'] ?? '');
      const key = await this.resolveKey(methodId);
      if (!key) {
        unresolvable = true;
        continue;
      }
      const single = { ...credential, proof };
      const result = await jsigs
        .verify(single, {
          suite: verifyingSuite(),
          purpose: new jsigs.purposes.AssertionProofPurpose({ controller: key.controller }),
          documentLoader: staticDocumentLoader((url) => (url === methodId ? key.method : undefined)),
        })
        .catch(() => ({ verified: false }));
      if (result.verified) return { kind: 'verified', key };
      return { kind: 'failed' };
    }
    return unresolvable ? { kind: 'unresolvable' } : { kind: 'failed' };
  }

  private async resolveKey(methodId: string): Promise<ResolvedKey | undefined> {
    if (methodId.length > 2000) return undefined;
    const did = controllerOfMethod(methodId);
    if (did.startsWith('did:key:z6Mk') && methodId.includes('#')) {
      try {
        const method = await this.didKeys.get({ url: methodId });
        const controller = await this.didKeys.get({ did });
        return { method: { '@context': MULTIKEY_CONTEXT, ...method }, controller, vouched: true, trustedName: null, trustedLogoUrl: null };
      } catch {
        return undefined;
      }
    }
    if (did === this.keys.did) return fromDidDocument(this.keys.didDocument(), methodId, this.platformName, null);
    if (did.startsWith('did:web:')) {
      const trusted = await this.trustedIssuers.byDid(did);
      return trusted ? fromDidDocument(trusted.didDocument, methodId, trusted.name, trusted.logoUrl) : undefined;
    }
    // 1EdTech's examples name the key as the fragment of the issuer's https address: checkable, not vouched for.
    const fragment = methodId.slice(did.length + 1);
    if (/^https:\/\//.test(did) && isEd25519PublicKeyMultibase(fragment)) {
      return {
        method: { '@context': MULTIKEY_CONTEXT, id: methodId, type: 'Multikey', controller: did, publicKeyMultibase: fragment },
        controller: { '@context': [DID_CONTEXT, MULTIKEY_CONTEXT], id: did, assertionMethod: [methodId] },
        vouched: false,
        trustedName: null,
        trustedLogoUrl: null,
      };
    }
    return undefined;
  }

  /** true or false when the revocation bit was read, null when there is no status, undefined when it could not be checked. */
  private async revocationOf(credential: Record<string, unknown>, issuer: string, options: CredentialCheckOptions): Promise<boolean | null | undefined> {
    const entries = ([] as unknown[]).concat(credential['credentialStatus'] ?? []);
    if (entries.length === 0) return null;
    let revoked: boolean | null | undefined = null;
    for (const entry of entries) {
      const status = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
      if (status['type'] === 'BitstringStatusListEntry' && status['statusPurpose'] !== 'revocation') continue;
      const bit = status['type'] === 'BitstringStatusListEntry' ? await this.revocationBit(status, issuer, options) : undefined;
      if (bit === true) return true;
      if (bit === undefined) revoked = undefined;
      else if (revoked === null) revoked = false;
    }
    return revoked;
  }

  private async revocationBit(status: Record<string, unknown>, issuer: string, options: CredentialCheckOptions): Promise<boolean | undefined> {
    const url = String(status['statusListCredential'] ?? '');
    const index = Number(status['statusListIndex']);
    if (!Number.isInteger(index) || index < 0) return undefined;
    const platformList = statusListIdOf(this.publicUrl, url);
    if (platformList !== undefined && issuer === this.keys.did) return (await this.statusLists.isRevoked(platformList, index)) ?? undefined;
    const list = options.statusLists?.[url];
    if (!list) return undefined;
    // The list must be the issuer's own, with a proof that verifies.
    const listIssuer = typeof list['issuer'] === 'string' ? list['issuer'] : (list['issuer'] as Record<string, unknown> | undefined)?.['id'];
    const proof = await this.verifyProof(list);
    if (listIssuer !== issuer || proof.kind !== 'verified' || proof.key.controller['id'] !== issuer) return undefined;
    try {
      const encoded = String((list['credentialSubject'] as Record<string, unknown>)['encodedList']);
      return isStatusBitSet(decodeStatusBits(encoded), index);
    } catch {
      return undefined;
    }
  }
}

function fromDidDocument(didDocument: Record<string, unknown>, methodId: string, name: string, logoUrl: string | null): ResolvedKey | undefined {
  const methods = (didDocument['verificationMethod'] as Array<Record<string, unknown>> | undefined) ?? [];
  const method = methods.find((candidate) => candidate['id'] === methodId);
  if (!method) return undefined;
  return { method: { '@context': MULTIKEY_CONTEXT, ...method }, controller: didDocument, vouched: true, trustedName: name, trustedLogoUrl: logoUrl };
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.slice(0, 500) : null;
}

function date(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

function claimsOf(credential: Record<string, unknown>): CredentialClaims {
  const issuer = credential['issuer'];
  const issuerRecord = typeof issuer === 'object' && issuer !== null ? (issuer as Record<string, unknown>) : {};
  const subject = ([] as unknown[]).concat(credential['credentialSubject'] ?? [])[0];
  const subjectRecord = typeof subject === 'object' && subject !== null ? (subject as Record<string, unknown>) : {};
  const achievement = subjectRecord['achievement'];
  return {
    issuerId: text(typeof issuer === 'string' ? issuer : issuerRecord['id']),
    issuerName: text(issuerRecord['name']),
    credentialName: text(credential['name']),
    holderName: text(subjectRecord['name']),
    achievementName: text(typeof achievement === 'object' && achievement !== null ? (achievement as Record<string, unknown>)['name'] : null),
    validFrom: date(credential['validFrom']),
    validUntil: date(credential['validUntil']),
  };
}

function outcome(
  state: CredentialCheckState,
  warnings: CredentialCheckState[],
  reason: CredentialCheckReason,
  reasonParams: Record<string, string>,
  signatureVerified: boolean,
  trusted: ResolvedKey | null,
  revoked: boolean | null,
  claims: CredentialClaims | null,
): CredentialCheck {
  return { state, warnings, reason, reasonParams, signatureVerified, trustedIssuerName: trusted?.trustedName ?? null, trustedIssuerLogoUrl: trusted?.trustedLogoUrl ?? null, revoked, claims };
}
