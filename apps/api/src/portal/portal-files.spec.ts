import { cacheControlFor, IMMUTABLE_CACHE_CONTROL, isFileRequest, REVALIDATE_CACHE_CONTROL } from './portal-files';

describe("the portal's built files", () => {
  it('tells a file (under /assets/ or with an extension) from a page of the portal', () => {
    for (const file of ['/assets/index-abc.js', '/assets/nothing', '/robots.txt', '/favicon.ico', '/courses/logo.svg', '/manifest.webmanifest']) expect({ file, isFile: isFileRequest(file) }).toEqual({ file, isFile: true });
    for (const page of ['/', '/courses', '/courses/6f1d0c5e-1111-4222-8333-944455556666', '/tracks/village-heads', '/set-password', '/exams/a/attempts/b/review']) expect({ page, isFile: isFileRequest(page) }).toEqual({ page, isFile: false });
  });

  it('caches hashed assets for a year and has everything else revalidated', () => {
    expect(cacheControlFor('/assets/index-abc.js')).toBe(IMMUTABLE_CACHE_CONTROL);
    expect(IMMUTABLE_CACHE_CONTROL).toBe('public, max-age=31536000, immutable');
    for (const other of ['/index.html', '/sw.js', '/manifest.webmanifest', '/robots.txt']) expect(cacheControlFor(other)).toBe(REVALIDATE_CACHE_CONTROL);
  });
});
