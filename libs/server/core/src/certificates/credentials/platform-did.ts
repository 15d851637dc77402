/**
 * The platform's did:web identifier: the host of PUBLIC_URL, a port encoded as `%3A`, a path's segments
 * joined by `:` (did:web method specification §3.2).
 */
export function didWebOf(publicUrl: string): string {
  const url = new URL(publicUrl);
  const host = url.port ? `${url.hostname}%3A${url.port}` : url.hostname;
  const segments = url.pathname.split('/').filter(Boolean).map(encodeURIComponent);
  return ['did:web', host, ...segments].join(':');
}

/** Where a did:web identifier's DID document is served: `/.well-known/did.json` at the host, or `<path>/did.json`. */
export function didDocumentUrlOf(did: string): string {
  const [method, host, ...segments] = did.slice('did:'.length).split(':');
  if (method !== 'web' || !host) throw new Error(`not a did:web identifier: ${did}`);
  const origin = `https://${decodeURIComponent(host)}`;
  return segments.length ? `${origin}/${segments.map(decodeURIComponent).join('/')}/did.json` : `${origin}/.well-known/did.json`;
}

/** The DID of a `did:…#fragment` verification method reference. */
export function controllerOfMethod(verificationMethod: string): string {
  const hash = verificationMethod.indexOf('#');
  return hash === -1 ? verificationMethod : verificationMethod.slice(0, hash);
}
