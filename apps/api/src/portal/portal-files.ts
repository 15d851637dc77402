/** Encodings the portal's build writes beside each compressible file, best first (see apps/portal/build). */
export const PRECOMPRESSED_ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
export const REVALIDATE_CACHE_CONTROL = 'no-cache';

/** Files under /assets/ have a hash of their content in their name: a new build gives them new names. */
export function cacheControlFor(pathname: string): string {
  return pathname.startsWith('/assets/') ? IMMUTABLE_CACHE_CONTROL : REVALIDATE_CACHE_CONTROL;
}

/**
 * A path that names a file (under /assets/, or whose last segment has an extension) rather than a page of the
 * portal: when no such file was built, the answer is 404, not the app page. The portal's routes have no dots.
 */
export function isFileRequest(pathname: string): boolean {
  if (pathname.startsWith('/assets/')) return true;
  const lastSegment = pathname.slice(pathname.lastIndexOf('/') + 1);
  return /\.[A-Za-z0-9]+$/.test(lastSegment);
}
