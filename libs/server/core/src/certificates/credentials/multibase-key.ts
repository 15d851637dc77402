import { createHash, createPrivateKey, createPublicKey, type KeyObject, randomBytes } from 'node:crypto';

const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** Multicodec headers of Ed25519 keys (varint of 0xed and 0x1300). */
const ED25519_PUBLIC_HEADER = Buffer.from([0xed, 0x01]);
const ED25519_SECRET_HEADER = Buffer.from([0x80, 0x26]);
/** PKCS #8 DER prefix of a raw 32-byte Ed25519 private key, so node:crypto can derive its public key. */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export function base58btcEncode(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  let value = BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
  let out = '';
  while (value > 0n) {
    out = BASE58_ALPHABET[Number(value % 58n)] + out;
    value /= 58n;
  }
  return '1'.repeat(zeros) + out;
}

export function base58btcDecode(text: string): Buffer {
  let value = 0n;
  for (const char of text) {
    const digit = BASE58_ALPHABET.indexOf(char);
    if (digit === -1) throw new Error(`"${char}" is not a base58btc character`);
    value = value * 58n + BigInt(digit);
  }
  let zeros = 0;
  while (zeros < text.length && text[zeros] === '1') zeros++;
  const hex = value === 0n ? '' : value.toString(16);
  return Buffer.concat([Buffer.alloc(zeros), Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex')]);
}

/** An Ed25519 key pair as Multikey multibase strings (`z` + base58btc of the multicodec-prefixed key). */
export interface Ed25519MultibaseKeyPair {
  publicKeyMultibase: string;
  secretKeyMultibase: string;
}

/**
 * Reads a Multikey `secretKeyMultibase` (seed and public key, 64 bytes, as `@digitalbazaar/ed25519-multikey`
 * exports it, or the 32-byte seed alone) and derives its public key; throws a one-line reason for anything else.
 */
export function ed25519KeyPairOfSecret(secretKeyMultibase: string): Ed25519MultibaseKeyPair {
  if (!secretKeyMultibase.startsWith('z')) throw new Error('must be a multibase (base58btc, starting with "z") Ed25519 secret key');
  const bytes = base58btcDecode(secretKeyMultibase.slice(1));
  if (!bytes.subarray(0, 2).equals(ED25519_SECRET_HEADER) || (bytes.length !== 34 && bytes.length !== 66)) {
    throw new Error('must be a multibase Ed25519 secret key (multicodec ed25519-priv, 32 bytes)');
  }
  const seed = bytes.subarray(2, 34);
  const publicKey = createPublicKey(privateKeyOfSeed(seed)).export({ format: 'der', type: 'spki' }).subarray(-32);
  if (bytes.length === 66 && !bytes.subarray(34).equals(publicKey)) throw new Error('must be a multibase Ed25519 secret key whose public half matches its seed');
  return {
    publicKeyMultibase: `z${base58btcEncode(Buffer.concat([ED25519_PUBLIC_HEADER, publicKey]))}`,
    secretKeyMultibase: `z${base58btcEncode(Buffer.concat([ED25519_SECRET_HEADER, seed, publicKey]))}`,
  };
}

/** The node:crypto key of a `secretKeyMultibase` that ed25519KeyPairOfSecret accepted (its seed: the 32 bytes after the header). */
export function ed25519PrivateKeyOfSecret(secretKeyMultibase: string): KeyObject {
  return privateKeyOfSeed(base58btcDecode(secretKeyMultibase.slice(1)).subarray(2, 34));
}

function privateKeyOfSeed(seed: Buffer): KeyObject {
  return createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

export function isEd25519PublicKeyMultibase(value: string): boolean {
  if (!value.startsWith('z')) return false;
  try {
    const bytes = base58btcDecode(value.slice(1));
    return bytes.length === 34 && bytes.subarray(0, 2).equals(ED25519_PUBLIC_HEADER);
  } catch {
    return false;
  }
}

/** A new random signing key, as `npm start` keeps one beside the JWT secret. */
export function generateEd25519SecretKeyMultibase(): string {
  return ed25519KeyPairOfSecret(`z${base58btcEncode(Buffer.concat([ED25519_SECRET_HEADER, randomBytes(32)]))}`).secretKeyMultibase;
}

/** A fixed key for development and tests only: production refuses to start with it (as with the JWT secret). */
export const DEVELOPMENT_CREDENTIAL_SIGNING_KEY = ed25519KeyPairOfSecret(
  `z${base58btcEncode(Buffer.concat([ED25519_SECRET_HEADER, createHash('sha256').update('hocso-development-credential-signing-key').digest()]))}`,
).secretKeyMultibase;
