import { acceptLanguageHeader, type CurrentLanguage, vietnamese } from '../lib/language-link';

export interface UploadedLessonFile {
  id: string;
  name: string;
  size: number;
  mimeType: string;
}

interface UploadErrorBody {
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** Thrown for a refused upload; shaped like a GraphQL error so describeApiError shows the server's message. */
export class LessonFileUploadError extends Error {
  readonly errors: Array<{ message: string; extensions?: Record<string, unknown> }>;
  readonly statusCode: number;

  constructor(statusCode: number, errors: Array<{ message: string; extensions?: Record<string, unknown> }>) {
    super(errors.map((error) => error.message).join(' ') || `HTTP ${statusCode}`);
    this.name = 'LessonFileUploadError';
    this.statusCode = statusCode;
    this.errors = errors;
  }
}

export interface UploadLessonFileOptions {
  /** The current access token (null: none). */
  getAccessToken(): string | null;
  /** Renews the session once when the API answers 401 (e.g. an expired access token). */
  renewSession?(): Promise<void>;
  url?: string;
  fetchImpl?: typeof fetch;
  /** The screen's language, for the server's refusals. */
  currentLanguage?: CurrentLanguage;
}

/** POST /uploads/lesson-files (multipart field `file`, bearer token) → {id, name, size, mimeType}. */
export async function uploadLessonFile(file: Blob & { name?: string }, options: UploadLessonFileOptions): Promise<UploadedLessonFile> {
  const { url = '/uploads/lesson-files', fetchImpl = (...args: Parameters<typeof fetch>) => fetch(...args), currentLanguage = vietnamese } = options;
  const send = async () => {
    const form = new FormData();
    form.append('file', file, file.name ?? 'file');
    const token = options.getAccessToken();
    const headers = { ...acceptLanguageHeader(currentLanguage), ...(token ? { authorization: `Bearer ${token}` } : {}) };
    return fetchImpl(url, { method: 'POST', body: form, headers });
  };
  let response = await send();
  if (response.status === 401 && options.renewSession) {
    await options.renewSession();
    response = await send();
  }
  const body = (await response.json().catch(() => ({}))) as UploadedLessonFile & UploadErrorBody;
  if (!response.ok) {
    throw new LessonFileUploadError(response.status, body.errors ?? []);
  }
  return { id: body.id, name: body.name, size: body.size, mimeType: body.mimeType };
}
