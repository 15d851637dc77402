import { createHash } from 'node:crypto';

/** Where a scoped context taken out of its context document is served: named by its content, never fetched. */
const SCOPED_CONTEXT_PREFIX = 'urn:hocso:scoped-context:';

/**
 * The same JSON-LD contexts, each term's scoped `@context` object replaced by a reference to it (an IRI the
 * document loader answers with that very object), nested ones too. JSON-LD processes a scoped context given by
 * reference exactly as the object it names (the contexts here set no `@base`, the one thing a referenced context
 * ignores), so a document expands to the same RDF, and a proof made with these verifies with the original
 * contexts. It matters for speed alone: jsonld.js copies the whole active context, scoped contexts included, at
 * every typed node (digitalbazaar/jsonld.js#414), and a reference is a short string to copy where the Open
 * Badges and VC 2.0 contexts hold kilobytes of scoped definitions.
 */
export function withScopedContextsByReference(contexts: ReadonlyMap<string, unknown>): ReadonlyMap<string, unknown> {
  const result = new Map<string, unknown>();
  const referenceOf = (scoped: Record<string, unknown>): string => {
    const document = { '@context': byReference(scoped) };
    const url = SCOPED_CONTEXT_PREFIX + createHash('sha256').update(JSON.stringify(document)).digest('hex');
    result.set(url, document);
    return url;
  };
  const byReference = (context: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(context).map(([term, definition]) => {
        if (!isObject(definition) || !isObject(definition['@context'])) return [term, definition];
        if ('@base' in definition['@context']) throw new Error(`the scoped context of "${term}" sets @base: it cannot be given by reference`);
        return [term, { ...definition, '@context': referenceOf(definition['@context']) }];
      }),
    );
  for (const [url, document] of contexts) {
    const context = isObject(document) ? document['@context'] : undefined;
    result.set(url, isObject(document) && isObject(context) ? { ...document, '@context': byReference(context) } : document);
  }
  return result;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
