import { describe, expect, it } from '@jest/globals';
import { describeApiError } from '../lib/api-error';
import { LessonFileUploadError, uploadLessonFile } from './lesson-file-upload';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('uploadLessonFile', () => {
  it('posts the file as multipart with the bearer token and returns what the server stored', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const fetchImpl = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return jsonResponse(201, { id: 'f1', name: 'bai-1.pdf', size: 4, mimeType: 'application/pdf' });
    }) as unknown as typeof fetch;
    const file = new File(['%PDF'], 'bai-1.pdf', { type: 'application/pdf' });
    await expect(uploadLessonFile(file, { getAccessToken: () => 'token-1', fetchImpl, currentLanguage: () => 'en' })).resolves.toEqual({
      id: 'f1',
      name: 'bai-1.pdf',
      size: 4,
      mimeType: 'application/pdf',
    });
    expect(calls[0].url).toBe('/uploads/lesson-files');
    expect(calls[0].init.headers).toEqual({ authorization: 'Bearer token-1', 'accept-language': 'en' });
    expect((calls[0].init.body as FormData).get('file')).toBeInstanceOf(Blob);
  });

  it("turns the server's refusal into an error with its message and field", async () => {
    const fetchImpl = (async () =>
      jsonResponse(400, { errors: [{ message: 'Không đính kèm được loại tệp này', extensions: { code: 'BAD_USER_INPUT', field: 'file', reason: 'course.fileKindRefused' } }] })) as unknown as typeof fetch;
    const error = await uploadLessonFile(new File(['MZ'], 'virus.exe'), { getAccessToken: () => 't', fetchImpl }).catch((cause: unknown) => cause);
    expect(error).toBeInstanceOf(LessonFileUploadError);
    expect(describeApiError(error)).toMatchObject({ kind: 'graphql', code: 'BAD_USER_INPUT', fieldErrors: { file: 'Không đính kèm được loại tệp này' } });
  });

  it('reports a refusal without an error body (a proxy answering 413) as too large', async () => {
    const fetchImpl = (async () => new Response('<html>413 Request Entity Too Large</html>', { status: 413 })) as unknown as typeof fetch;
    const error = await uploadLessonFile(new File(['x'], 'big.pdf'), { getAccessToken: () => 't', fetchImpl }).catch((cause: unknown) => cause);
    expect(describeApiError(error)).toMatchObject({ kind: 'tooLarge', messages: [] });
  });

  it('renews the session once after a 401 and retries', async () => {
    let token = 'expired';
    const statuses: number[] = [];
    const fetchImpl = (async (_url: string, init: RequestInit) => {
      const ok = (init.headers as Record<string, string>)['authorization'] === 'Bearer fresh';
      statuses.push(ok ? 201 : 401);
      return ok ? jsonResponse(201, { id: 'f2', name: 'a.txt', size: 1, mimeType: 'text/plain' }) : jsonResponse(401, { errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] });
    }) as unknown as typeof fetch;
    const result = await uploadLessonFile(new File(['a'], 'a.txt'), {
      getAccessToken: () => token,
      renewSession: async () => {
        token = 'fresh';
      },
      fetchImpl,
    });
    expect(result.id).toBe('f2');
    expect(statuses).toEqual([401, 201]);
  });
});
