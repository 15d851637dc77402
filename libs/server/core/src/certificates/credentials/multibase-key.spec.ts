import { base58btcDecode, base58btcEncode, ed25519KeyPairOfSecret, generateEd25519SecretKeyMultibase, isEd25519PublicKeyMultibase } from './multibase-key';

describe('multibase Ed25519 keys', () => {
  it('round-trips base58btc, leading zeros included', () => {
    const bytes = Buffer.from([0, 0, 1, 2, 250, 255]);
    expect(base58btcDecode(base58btcEncode(bytes)).equals(bytes)).toBe(true);
  });

  it("derives the public key of @digitalbazaar/ed25519-multikey's own key", async () => {
    const Ed25519Multikey = await import('@digitalbazaar/ed25519-multikey');
    const generated = await Ed25519Multikey.generate({ id: 'did:example:1#k', controller: 'did:example:1' });
    const exported = await generated.export({ publicKey: true, secretKey: true });
    const pair = ed25519KeyPairOfSecret(String(exported.secretKeyMultibase));
    expect(pair.publicKeyMultibase).toBe(exported.publicKeyMultibase);
    expect(pair.secretKeyMultibase).toBe(exported.secretKeyMultibase);
    expect(isEd25519PublicKeyMultibase(pair.publicKeyMultibase)).toBe(true);
  });

  it('generates keys the library signs with', async () => {
    const Ed25519Multikey = await import('@digitalbazaar/ed25519-multikey');
    const pair = ed25519KeyPairOfSecret(generateEd25519SecretKeyMultibase());
    const key = await Ed25519Multikey.from({ id: 'did:example:1#k', controller: 'did:example:1', type: 'Multikey', ...pair });
    const data = new Uint8Array([1, 2, 3]);
    const signature = await key.signer().sign({ data });
    await expect(key.verifier().verify({ data, signature })).resolves.toBe(true);
  });

  it('refuses what is not an Ed25519 secret key', () => {
    expect(() => ed25519KeyPairOfSecret('not-a-key')).toThrow(/multibase/);
    expect(() => ed25519KeyPairOfSecret('z6MkqwLgCnaGepW1yuBQ261knuGcCEHsGBJv5pD25zdqVoCs')).toThrow(/ed25519-priv/);
    expect(isEd25519PublicKeyMultibase('z0OIl')).toBe(false);
  });
});
