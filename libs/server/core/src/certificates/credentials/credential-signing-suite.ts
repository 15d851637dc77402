import { type KeyObject, sign } from 'node:crypto';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import type { PlatformSigningKey } from './credential-key-ring';
import { ed25519PrivateKeyOfSecret } from './multibase-key';

/** What DataIntegrityProof signs with: the key's id, its algorithm, and a signature of the data. */
interface Signer {
  id: string;
  algorithm: 'Ed25519';
  sign(options: { data: Uint8Array }): Promise<Uint8Array>;
}

const signers = new WeakMap<PlatformSigningKey, Signer>();

/**
 * The key's signer, made once: `@digitalbazaar/ed25519-multikey`'s own signer imports the secret key again for
 * every signature, a tenth of a credential's cost. The signature is the same (Ed25519 is deterministic).
 */
function signerOf(key: PlatformSigningKey): Signer {
  let signer = signers.get(key);
  if (!signer) {
    const privateKey: KeyObject = ed25519PrivateKeyOfSecret(key.secretKeyMultibase);
    signer = { id: key.id, algorithm: 'Ed25519', sign: async ({ data }) => sign(null, data, privateKey) };
    signers.set(key, signer);
  }
  return signer;
}

/** A `DataIntegrityProof` suite with cryptosuite `eddsa-rdfc-2022` that signs with the platform's key, dated `date`. */
export function signingSuite(key: PlatformSigningKey, date: Date): DataIntegrityProof {
  return new DataIntegrityProof({ signer: signerOf(key), cryptosuite: eddsaRdfc2022, date });
}

/** The suite that checks `eddsa-rdfc-2022` proofs. */
export function verifyingSuite(): DataIntegrityProof {
  return new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
}
