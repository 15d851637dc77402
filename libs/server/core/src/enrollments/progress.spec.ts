import { computeProgress } from './progress';

describe('computeProgress', () => {
  it('counts only required lessons', () => {
    expect(computeProgress(['a', 'b', 'c', 'd'], ['a', 'optional'])).toEqual({ progress: 0.25, allRequiredDone: false });
  });

  it('is 0 with nothing done and 1 when every required lesson is done', () => {
    expect(computeProgress(['a', 'b'], [])).toEqual({ progress: 0, allRequiredDone: false });
    expect(computeProgress(['a', 'b'], ['b', 'a', 'x'])).toEqual({ progress: 1, allRequiredDone: true });
  });

  it('ignores duplicates and lessons of other versions', () => {
    expect(computeProgress(['a', 'b', 'c'], ['a', 'a', 'a', 'removed-in-this-version'])).toEqual({ progress: 1 / 3, allRequiredDone: false });
  });

  it('treats a version without required lessons as done', () => {
    expect(computeProgress([], ['a'])).toEqual({ progress: 1, allRequiredDone: true });
  });
});
