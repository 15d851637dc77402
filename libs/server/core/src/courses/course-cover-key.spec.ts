import { randomUUID } from 'node:crypto';
import { courseCoverStorageKey, courseCoverUrl } from './course-cover-key';

describe('uploaded cover URLs', () => {
  const courseId = randomUUID();
  const hash = 'a'.repeat(32);

  it('map one to one to a storage key under the course', () => {
    expect(courseCoverStorageKey(courseCoverUrl(courseId, hash))).toBe(`course-covers/${courseId}/${hash}`);
  });

  it('give no key for any other address, so nothing outside the covers can be read or deleted through them', () => {
    for (const url of [
      null,
      '',
      'https://hocso.example/anh.png',
      `/files/course-covers/${courseId}/${hash}.png`,
      `/files/course-covers/${courseId}/../${hash}.webp`,
      `/files/course-covers/${'-'.repeat(36)}/${hash}.webp`,
      `/files/lessons/${courseId}`,
      `${courseCoverUrl(courseId, hash)}?x=1`,
    ]) {
      expect(courseCoverStorageKey(url)).toBeNull();
    }
  });
});
