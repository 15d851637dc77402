import { isUuid } from '@hocso/contracts';

const COVER_URL = /^\/files\/course-covers\/([0-9a-f-]{36})\/([0-9a-f]{32})\.webp$/;

/**
 * An uploaded cover lives at a URL named after its course and the hash of its bytes: a new cover is a new
 * URL, so browsers and proxies may keep one for a year.
 */
export function courseCoverUrl(courseId: string, hash: string): string {
  return `/files/course-covers/${courseId}/${hash}.webp`;
}

/** Where the cover at this URL is stored; null when the URL is not one of an uploaded cover. */
export function courseCoverStorageKey(url: string | null | undefined): string | null {
  const match = url ? COVER_URL.exec(url) : null;
  if (!match || !isUuid(match[1])) return null;
  return `course-covers/${match[1]}/${match[2]}`;
}
