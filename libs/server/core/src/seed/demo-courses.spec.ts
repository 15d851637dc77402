import { DEMO_COURSES } from './demo-courses';
import { DEMO_TRACKS } from './demo-tracks';

describe('DEMO_COURSES', () => {
  it('has the open course and one course for each track', () => {
    const trackCodes = new Set(DEMO_COURSES.flatMap((course) => course.tracks.map((track) => track.code)));
    expect([...trackCodes].sort()).toEqual(DEMO_TRACKS.map((track) => track.code).sort());
    expect(DEMO_COURSES.find((course) => course.tracks.length === 0)?.title).toBe('Chuyển đổi số cơ bản');
    expect(new Set(DEMO_COURSES.map((course) => course.code)).size).toBe(DEMO_COURSES.length);
  });

  it('gives every course TEXT lessons with Markdown and VIDEO lessons with a URL and transcript, in NFC', () => {
    for (const course of DEMO_COURSES) {
      const lessons = course.modules.flatMap((module) => module.lessons);
      expect(lessons.some((lesson) => lesson.kind === 'TEXT' && /^## /m.test(lesson.body ?? ''))).toBe(true);
      // the player shows the lesson's title as its heading: a body that starts with a heading would show it twice
      for (const lesson of lessons) expect(lesson.body ?? '').not.toMatch(/^\s*# /);
      expect(lessons.some((lesson) => lesson.kind === 'VIDEO' && /^https:\/\//.test(lesson.videoUrl ?? '') && (lesson.transcript ?? '').length > 100)).toBe(true);
      for (const text of [course.title, course.summary, ...lessons.flatMap((lesson) => [lesson.title, lesson.body ?? '', lesson.transcript ?? ''])]) {
        expect(text).toBe(text.normalize('NFC'));
      }
    }
  });
});
