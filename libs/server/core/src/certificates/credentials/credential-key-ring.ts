import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/app-config.token';
import { type AppConfig, publicUrlOf } from '../../config/app-config';
import { ed25519KeyPairOfSecret } from './multibase-key';
import { didWebOf } from './platform-did';

/** A public key of the platform's DID, as its DID document lists it. */
export interface PlatformPublicKey {
  /** The full `did:web:…#key-…` reference a proof names. */
  id: string;
  publicKeyMultibase: string;
}

/** The key that signs now, with its secret. */
export interface PlatformSigningKey extends PlatformPublicKey {
  secretKeyMultibase: string;
}

/**
 * The platform's signing key (CREDENTIAL_SIGNING_KEY) and the public keys that signed before a rotation
 * (CREDENTIAL_PREVIOUS_PUBLIC_KEYS), all under the platform's did:web identifier.
 */
@Injectable()
export class CredentialKeyRing {
  readonly did: string;
  readonly signingKey: PlatformSigningKey;
  readonly publicKeys: readonly PlatformPublicKey[];

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.did = didWebOf(publicUrlOf(config));
    const pair = ed25519KeyPairOfSecret(config.CREDENTIAL_SIGNING_KEY);
    // Without a configured id, the id follows from the key, so a new key never takes an old key's id.
    const keyId = config.CREDENTIAL_KEY_ID ?? `key-${pair.publicKeyMultibase.slice(-12)}`;
    this.signingKey = { id: `${this.did}#${keyId}`, ...pair };
    const previous = config.CREDENTIAL_PREVIOUS_PUBLIC_KEYS.filter((key) => key.keyId !== keyId).map((key) => ({
      id: `${this.did}#${key.keyId}`,
      publicKeyMultibase: key.publicKeyMultibase,
    }));
    this.publicKeys = [{ id: this.signingKey.id, publicKeyMultibase: pair.publicKeyMultibase }, ...previous];
  }

  /** The DID document served at `/.well-known/did.json`: every key, current and previous, may assert credentials. */
  didDocument(): Record<string, unknown> {
    return {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: this.did,
      verificationMethod: this.publicKeys.map((key) => ({
        id: key.id,
        type: 'Multikey',
        controller: this.did,
        publicKeyMultibase: key.publicKeyMultibase,
      })),
      assertionMethod: this.publicKeys.map((key) => key.id),
    };
  }
}
