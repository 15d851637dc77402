import { controllerOfMethod, didDocumentUrlOf, didWebOf } from './platform-did';

describe('did:web of the platform', () => {
  it('is the host of the public address, its port encoded', () => {
    expect(didWebOf('https://hocso.example.gov.vn')).toBe('did:web:hocso.example.gov.vn');
    expect(didWebOf('http://localhost:3000/')).toBe('did:web:localhost%3A3000');
    expect(didWebOf('https://example.vn/hoc-so')).toBe('did:web:example.vn:hoc-so');
  });

  it('names where its DID document is served', () => {
    expect(didDocumentUrlOf('did:web:hocso.example.gov.vn')).toBe('https://hocso.example.gov.vn/.well-known/did.json');
    expect(didDocumentUrlOf('did:web:localhost%3A3000')).toBe('https://localhost:3000/.well-known/did.json');
    expect(didDocumentUrlOf('did:web:example.vn:hoc-so')).toBe('https://example.vn/hoc-so/did.json');
  });

  it('takes the controller from a key reference', () => {
    expect(controllerOfMethod('did:web:example.vn#key-1')).toBe('did:web:example.vn');
    expect(controllerOfMethod('did:key:z6Mk')).toBe('did:key:z6Mk');
  });
});
