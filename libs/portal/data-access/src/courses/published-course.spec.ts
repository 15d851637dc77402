import { describe, expect, it } from '@jest/globals';
import { fetchPublishedCourse } from './published-course';

describe('fetchPublishedCourse', () => {
  it('asks without any session header and returns the published content', async () => {
    let sentHeaders: HeadersInit | undefined;
    const fetchImpl = (async (_url: string, init: RequestInit) => {
      sentHeaders = init.headers;
      return new Response(JSON.stringify({ data: { course: { id: 'c1', version: 2, publishedAt: null, modules: [] } } }));
    }) as unknown as typeof fetch;
    await expect(fetchPublishedCourse('c1', '/graphql', fetchImpl)).resolves.toMatchObject({ id: 'c1', version: 2 });
    expect(Object.keys(sentHeaders as Record<string, string>)).not.toContain('authorization');
  });

  it('answers null for a course never published and throws other errors', async () => {
    const notFound = (async () => new Response(JSON.stringify({ data: null, errors: [{ message: 'Course not found', extensions: { code: 'NOT_FOUND' } }] }))) as unknown as typeof fetch;
    await expect(fetchPublishedCourse('c1', '/graphql', notFound)).resolves.toBeNull();
    const failing = (async () => new Response(JSON.stringify({ errors: [{ message: 'Too complex', extensions: { code: 'BAD_USER_INPUT' } }] }))) as unknown as typeof fetch;
    await expect(fetchPublishedCourse('c1', '/graphql', failing)).rejects.toMatchObject({ errors: [{ message: 'Too complex' }] });
  });
});
