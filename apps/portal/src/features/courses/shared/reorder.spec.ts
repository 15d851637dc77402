import { describe, expect, it } from '@jest/globals';
import { applyLessonMove, moveItem, planLessonDrop, reorderByDrop, stepIndex } from './reorder';

describe('moveItem', () => {
  it('moves an item forwards and backwards without touching the input', () => {
    const items = ['a', 'b', 'c', 'd'];
    expect(moveItem(items, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(items, 3, 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(items).toEqual(['a', 'b', 'c', 'd']);
  });

  it('clamps the target and ignores an unknown source', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 99)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 5, 0)).toEqual(['a', 'b', 'c']);
  });
});

describe('stepIndex', () => {
  it('steps up and down inside the list and stops at the ends', () => {
    expect(stepIndex(3, 1, 'up')).toBe(0);
    expect(stepIndex(3, 1, 'down')).toBe(2);
    expect(stepIndex(3, 0, 'up')).toBeNull();
    expect(stepIndex(3, 2, 'down')).toBeNull();
    expect(stepIndex(3, -1, 'down')).toBeNull();
  });
});

describe('reorderByDrop', () => {
  it('puts the dragged item in the place of the target', () => {
    expect(reorderByDrop(['a', 'b', 'c', 'd'], 'a', 'c')).toEqual(['b', 'c', 'a', 'd']);
    expect(reorderByDrop(['a', 'b', 'c', 'd'], 'd', 'b')).toEqual(['a', 'd', 'b', 'c']);
  });

  it('answers null when nothing changes', () => {
    expect(reorderByDrop(['a', 'b'], 'a', 'a')).toBeNull();
    expect(reorderByDrop(['a', 'b'], 'x', 'a')).toBeNull();
  });
});

describe('planLessonDrop and applyLessonMove', () => {
  const modules = [
    { id: 'm1', lessonIds: ['l1', 'l2', 'l3'] },
    { id: 'm2', lessonIds: ['l4'] },
  ];

  it('takes the place of the lesson dropped on, in the same module', () => {
    expect(planLessonDrop(modules, 'l3', { moduleId: 'm1', lessonId: 'l1' })).toEqual({ moduleId: 'm1', position: 1 });
    expect(applyLessonMove(modules, 'l3', { moduleId: 'm1', position: 1 })[0].lessonIds).toEqual(['l3', 'l1', 'l2']);
  });

  it('moves into another module, before the target or at its end', () => {
    expect(planLessonDrop(modules, 'l1', { moduleId: 'm2', lessonId: 'l4' })).toEqual({ moduleId: 'm2', position: 1 });
    expect(planLessonDrop(modules, 'l1', { moduleId: 'm2', lessonId: null })).toEqual({ moduleId: 'm2', position: 2 });
    expect(applyLessonMove(modules, 'l1', { moduleId: 'm2', position: 2 })).toEqual([
      { id: 'm1', lessonIds: ['l2', 'l3'] },
      { id: 'm2', lessonIds: ['l4', 'l1'] },
    ]);
  });

  it('ignores drops that change nothing', () => {
    expect(planLessonDrop(modules, 'l2', { moduleId: 'm1', lessonId: 'l2' })).toBeNull();
    expect(planLessonDrop(modules, 'l3', { moduleId: 'm1', lessonId: null })).toBeNull();
    expect(planLessonDrop(modules, 'zz', { moduleId: 'm1', lessonId: 'l1' })).toBeNull();
  });
});
