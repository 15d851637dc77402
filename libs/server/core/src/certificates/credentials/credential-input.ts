import { DomainError } from '../../errors/domain.error';
import { STATIC_CONTEXTS } from './credential-contexts';

/** The largest credential checked: an Open Badges credential with an embedded image is a few hundred KB. */
export const MAX_CREDENTIAL_BYTES = 1024 * 1024;
const MAX_DEPTH = 64;

/**
 * Reads a credential someone sent: size, JSON, shape, and every JSON-LD context it names, nested ones too,
 * before anything is parsed as JSON-LD. Each refusal is a BAD_USER_INPUT on `field`.
 */
export function parseCredentialJson(json: string, field: string): Record<string, unknown> {
  const size = Buffer.byteLength(json, 'utf8');
  if (size > MAX_CREDENTIAL_BYTES) throw DomainError.badInput(field, 'credentials.tooLarge', { limit: '1 MB', size: `${(size / 1024 / 1024).toFixed(1)} MB` });
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw DomainError.badInput(field, 'credentials.notJson', { detail: error instanceof Error ? error.message : String(error) });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw DomainError.badInput(field, 'credentials.notCredential', { detail: 'not a JSON object' });
  const credential = parsed as Record<string, unknown>;
  const contexts = credential['@context'];
  if (!Array.isArray(contexts) || contexts[0] !== 'https://www.w3.org/ns/credentials/v2') {
    throw DomainError.badInput(field, 'credentials.notCredential', { detail: '@context must start with https://www.w3.org/ns/credentials/v2' });
  }
  const types = ([] as unknown[]).concat(credential['type'] ?? []);
  if (!types.includes('VerifiableCredential')) throw DomainError.badInput(field, 'credentials.notCredential', { detail: 'type must include VerifiableCredential' });
  assertKnownContexts(credential, field);
  return credential;
}

/** Walks the whole document without recursion (a deeply nested one must not overflow the stack). */
function assertKnownContexts(document: Record<string, unknown>, field: string): void {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: document, depth: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, depth } = next;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH) throw DomainError.badInput(field, 'credentials.notCredential', { detail: `nested more than ${MAX_DEPTH} levels deep` });
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === '@context') assertKnownContext(child, field);
      else stack.push({ value: child, depth: depth + 1 });
    }
  }
}

function assertKnownContext(context: unknown, field: string): void {
  for (const entry of ([] as unknown[]).concat(context)) {
    if (typeof entry === 'string' && STATIC_CONTEXTS.has(entry)) continue;
    const url = typeof entry === 'string' ? entry : '(inline context)';
    const remote = typeof entry === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(entry);
    throw DomainError.badInput(field, remote ? 'credentials.remoteContext' : 'credentials.unknownContext', { url: url.slice(0, 300) });
  }
}
