import { print } from 'graphql';
import type { PublishedCourseContentQuery } from '../generated/graphql';
import { publishedCourseContentQuery } from '../operations/course-authoring.operations';

export type PublishedCourseContent = NonNullable<PublishedCourseContentQuery['course']>;

interface GraphqlResponse {
  data?: PublishedCourseContentQuery | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * The live published version of a course, read WITHOUT the session: authors and administrators always
 * read the working copy through `course(id)`, so the reviewer's diff asks as an anonymous reader would.
 * Resolves null when the course has never been published (NOT_FOUND for anonymous readers).
 */
export async function fetchPublishedCourse(courseId: string, uri = '/graphql', fetchImpl: typeof fetch = (...args) => fetch(...args)): Promise<PublishedCourseContent | null> {
  const response = await fetchImpl(uri, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ operationName: 'PublishedCourseContent', query: print(publishedCourseContentQuery), variables: { id: courseId } }),
  });
  const payload = (await response.json()) as GraphqlResponse;
  if (payload.errors?.length) {
    if (payload.errors.every((error) => error.extensions?.['code'] === 'NOT_FOUND')) return null;
    throw { name: 'CombinedGraphQLErrors', errors: payload.errors };
  }
  return payload.data?.course ?? null;
}
