import type { DocumentLoader } from '@digitalbazaar/vc';
import { STATIC_CONTEXTS } from './credential-contexts';
import { withScopedContextsByReference } from './scoped-contexts-by-reference';

/** A document a credential names that is neither a known context nor resolvable here: it is refused, never fetched. */
export class RefusedDocumentError extends Error {
  constructor(readonly url: string) {
    super(`Refused to load ${url}: only the contexts shipped with the platform and known keys are read`);
  }
}

/** Finds a DID document or verification method without the network; undefined when it does not know it. */
export type LocalDocumentResolver = (url: string) => Promise<Record<string, unknown> | undefined> | Record<string, unknown> | undefined;

/** The static contexts as the loader serves them: the same definitions, their scoped contexts by reference. */
const LOADED_CONTEXTS = withScopedContextsByReference(STATIC_CONTEXTS);

/** A JSON-LD document loader over the static contexts, then the resolvers given, in order; anything else is refused. */
export function staticDocumentLoader(...resolvers: LocalDocumentResolver[]): DocumentLoader {
  return async (url: string) => {
    const context = LOADED_CONTEXTS.get(url);
    if (context !== undefined) return { contextUrl: null, documentUrl: url, document: context };
    for (const resolve of resolvers) {
      const document = await resolve(url);
      if (document !== undefined) return { contextUrl: null, documentUrl: url, document };
    }
    throw new RefusedDocumentError(url);
  };
}

/** Resolves a DID document and its `#fragment` verification methods. */
export function didDocumentResolver(didDocument: Record<string, unknown>): LocalDocumentResolver {
  const did = String(didDocument['id']);
  const methods = (didDocument['verificationMethod'] as Array<Record<string, unknown>> | undefined) ?? [];
  return (url) => {
    if (url === did) return didDocument;
    const method = methods.find((candidate) => candidate['id'] === url);
    return method ? { '@context': 'https://w3id.org/security/multikey/v1', ...method } : undefined;
  };
}
