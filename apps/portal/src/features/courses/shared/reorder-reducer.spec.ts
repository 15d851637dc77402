import { describe, expect, it } from '@jest/globals';
import { initialReorderState, keyboardMoveDirection, reorderReducer } from './reorder-reducer';

describe('reorderReducer', () => {
  const start = initialReorderState(['a', 'b', 'c']);

  it('moves an item one step and records the move for the announcement and the mutation', () => {
    const state = reorderReducer(start, { type: 'step', id: 'b', direction: 'up' });
    expect(state.order).toEqual(['b', 'a', 'c']);
    expect(state.lastMove).toEqual({ id: 'b', from: 1, to: 0, position: 1, total: 3 });
    expect(state.blocked).toBeNull();
    const down = reorderReducer(state, { type: 'step', id: 'b', direction: 'down' });
    expect(down.order).toEqual(['a', 'b', 'c']);
    expect(down.lastMove?.position).toBe(2);
  });

  it('refuses to move past the ends and says so', () => {
    const top = reorderReducer(start, { type: 'step', id: 'a', direction: 'up' });
    expect(top.order).toEqual(['a', 'b', 'c']);
    expect(top.lastMove).toBeNull();
    expect(top.blocked).toEqual({ id: 'a', direction: 'up' });
    expect(reorderReducer(start, { type: 'step', id: 'c', direction: 'down' }).blocked).toEqual({ id: 'c', direction: 'down' });
  });

  it('ignores unknown ids', () => {
    expect(reorderReducer(start, { type: 'step', id: 'x', direction: 'up' })).toBe(start);
    expect(reorderReducer(start, { type: 'drop', id: 'x', targetId: 'a' })).toBe(start);
  });

  it('drops an item on another', () => {
    const state = reorderReducer(start, { type: 'drop', id: 'c', targetId: 'a' });
    expect(state.order).toEqual(['c', 'a', 'b']);
    expect(state.lastMove).toEqual({ id: 'c', from: 2, to: 0, position: 1, total: 3 });
  });

  it('follows the server order and keeps the same state when nothing changed', () => {
    expect(reorderReducer(start, { type: 'sync', ids: ['a', 'b', 'c'] })).toBe(start);
    expect(reorderReducer(start, { type: 'sync', ids: ['c', 'a'] }).order).toEqual(['c', 'a']);
  });
});

describe('keyboardMoveDirection', () => {
  it('maps Alt+ArrowUp and Alt+ArrowDown only', () => {
    expect(keyboardMoveDirection({ key: 'ArrowUp', altKey: true })).toBe('up');
    expect(keyboardMoveDirection({ key: 'ArrowDown', altKey: true })).toBe('down');
    expect(keyboardMoveDirection({ key: 'ArrowDown', altKey: false })).toBeNull();
    expect(keyboardMoveDirection({ key: 'ArrowDown', altKey: true, ctrlKey: true })).toBeNull();
    expect(keyboardMoveDirection({ key: 'Enter', altKey: true })).toBeNull();
  });
});
