import { describe, expect, it } from '@jest/globals';
import { lessonNeighbours, nextLessonToStudy, progressPercent } from './lesson-sequence';

const modules = [
  { id: 'm1', title: 'Một', lessons: [{ id: 'a' }, { id: 'b' }] },
  { id: 'm2', title: 'Hai', lessons: [] },
  { id: 'm3', title: 'Ba', lessons: [{ id: 'c' }] },
];

describe('lesson sequence', () => {
  it('finds previous and next lessons across modules', () => {
    expect(lessonNeighbours(modules, 'b')).toEqual({ index: 1, total: 3, previous: { id: 'a' }, next: { id: 'c' }, moduleTitle: 'Một' });
    expect(lessonNeighbours(modules, 'a')?.previous).toBeNull();
    expect(lessonNeighbours(modules, 'c')?.next).toBeNull();
    expect(lessonNeighbours(modules, 'zz')).toBeNull();
  });

  it('continues at the first lesson not done', () => {
    expect(nextLessonToStudy(modules, ['a'])).toEqual({ id: 'b' });
    expect(nextLessonToStudy(modules, ['a', 'b', 'c'])).toEqual({ id: 'a' });
    expect(nextLessonToStudy([], [])).toBeNull();
  });

  it('turns 0..1 into a whole percentage', () => {
    expect(progressPercent(0.666)).toBe(67);
    expect(progressPercent(1.2)).toBe(100);
    expect(progressPercent(Number.NaN)).toBe(0);
  });
});
