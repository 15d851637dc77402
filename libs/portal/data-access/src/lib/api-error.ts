/** `tooLarge`: an HTTP 413 whose body says nothing more (a proxy in front of the API refused the upload). */
export type ApiErrorKind = 'graphql' | 'network' | 'tooLarge' | 'unknown';

export interface ApiError {
  kind: ApiErrorKind;
  code: string | null;
  messages: string[];
  fieldErrors: Record<string, string>;
}

interface FormattedGraphQLError {
  message: string;
  extensions?: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readGraphQLErrors(error: unknown): FormattedGraphQLError[] | null {
  if (!isRecord(error)) return null;
  const errors = error['errors'] ?? errorsInBody(error['bodyText']);
  if (!Array.isArray(errors)) return null;
  return errors.filter((entry): entry is FormattedGraphQLError => isRecord(entry) && typeof entry['message'] === 'string');
}

/** A refusal answered as plain JSON with an HTTP error status (body too large, say) reaches Apollo as a ServerError. */
function errorsInBody(bodyText: unknown): unknown {
  if (typeof bodyText !== 'string' || !bodyText.startsWith('{')) return undefined;
  try {
    const body: unknown = JSON.parse(bodyText);
    return isRecord(body) ? body['errors'] : undefined;
  } catch {
    return undefined;
  }
}

function isNetworkError(error: unknown): boolean {
  if (!isRecord(error)) return false;
  const name = error['name'];
  return name === 'ServerError' || name === 'ServerParseError' || name === 'TypeError' || typeof error['statusCode'] === 'number';
}

export function describeApiError(error: unknown): ApiError {
  const graphQLErrors = readGraphQLErrors(error);
  if (graphQLErrors && graphQLErrors.length > 0) {
    const fieldErrors: Record<string, string> = {};
    const messages: string[] = [];
    for (const entry of graphQLErrors) {
      const field = entry.extensions?.['field'];
      if (typeof field === 'string' && field && !(field in fieldErrors)) fieldErrors[field] = entry.message;
      if (!messages.includes(entry.message)) messages.push(entry.message);
    }
    const code = graphQLErrors[0]?.extensions?.['code'];
    return { kind: 'graphql', code: typeof code === 'string' ? code : null, messages, fieldErrors };
  }
  if (isRecord(error) && error['statusCode'] === 413) return { kind: 'tooLarge', code: null, messages: [], fieldErrors: {} };
  if (isNetworkError(error)) return { kind: 'network', code: null, messages: [], fieldErrors: {} };
  return { kind: 'unknown', code: null, messages: [], fieldErrors: {} };
}

/** The extensions of the first GraphQL error (code, reason, params and what the reason adds), or null. */
export function firstErrorExtensions(error: unknown): Readonly<Record<string, unknown>> | null {
  return readGraphQLErrors(error)?.[0]?.extensions ?? null;
}

export function hasErrorCode(error: unknown, code: string): boolean {
  const graphQLErrors = readGraphQLErrors(error);
  if (graphQLErrors?.some((entry) => entry.extensions?.['code'] === code)) return true;
  return code === 'UNAUTHENTICATED' && isRecord(error) && error['statusCode'] === 401;
}
