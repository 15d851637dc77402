import { moveItem, type MoveDirection, reorderByDrop, stepIndex } from './reorder';

/**
 * Keyboard (and drag) reordering of one list: the order shown (optimistic until the server confirms),
 * the move to send, and what to announce to screen readers.
 */
export interface ReorderState {
  /** The ids in the order shown. */
  order: string[];
  /** The last move, for the aria-live announcement and the mutation (1-based position); null: none. */
  lastMove: { id: string; from: number; to: number; position: number; total: number } | null;
  /** Set when a move was refused at the end of the list: announced too. */
  blocked: { id: string; direction: MoveDirection } | null;
}

export type ReorderAction =
  | { type: 'sync'; ids: readonly string[] }
  | { type: 'step'; id: string; direction: MoveDirection }
  | { type: 'drop'; id: string; targetId: string };

export function initialReorderState(ids: readonly string[]): ReorderState {
  return { order: [...ids], lastMove: null, blocked: null };
}

export function reorderReducer(state: ReorderState, action: ReorderAction): ReorderState {
  switch (action.type) {
    case 'sync':
      if (sameOrder(state.order, action.ids)) return state;
      return { ...state, order: [...action.ids] };
    case 'step': {
      const from = state.order.indexOf(action.id);
      const to = stepIndex(state.order.length, from, action.direction);
      if (from < 0) return state;
      if (to === null) return { ...state, lastMove: null, blocked: { id: action.id, direction: action.direction } };
      const order = moveItem(state.order, from, to);
      return { order, lastMove: { id: action.id, from, to, position: to + 1, total: order.length }, blocked: null };
    }
    case 'drop': {
      const order = reorderByDrop(state.order, action.id, action.targetId);
      if (!order) return state;
      const from = state.order.indexOf(action.id);
      const to = order.indexOf(action.id);
      return { order, lastMove: { id: action.id, from, to, position: to + 1, total: order.length }, blocked: null };
    }
  }
}

/** The direction Alt+ArrowUp / Alt+ArrowDown asks for; null for any other key. */
export function keyboardMoveDirection(event: { key: string; altKey: boolean; ctrlKey?: boolean; metaKey?: boolean }): MoveDirection | null {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === 'ArrowUp') return 'up';
  if (event.key === 'ArrowDown') return 'down';
  return null;
}

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}
