import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import type { PlatformSigningKey } from './credential-key-ring';
import { controllerOfMethod } from './platform-did';

/** A `DataIntegrityProof` suite with cryptosuite `eddsa-rdfc-2022` that signs with the platform's key, dated `date`. */
export async function signingSuite(key: PlatformSigningKey, date: Date): Promise<DataIntegrityProof> {
  const keyPair = await Ed25519Multikey.from({
    '@context': 'https://w3id.org/security/multikey/v1',
    id: key.id,
    type: 'Multikey',
    controller: controllerOfMethod(key.id),
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeyMultibase: key.secretKeyMultibase,
  });
  return new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite: eddsaRdfc2022, date });
}

/** The suite that checks `eddsa-rdfc-2022` proofs. */
export function verifyingSuite(): DataIntegrityProof {
  return new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
}
