import { useCallback, useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { MoveDirection } from '../shared/reorder';
import { initialReorderState, keyboardMoveDirection, type ReorderAction, reorderReducer, type ReorderState } from '../shared/reorder-reducer';

export interface UseReorderableOptions {
  /** The ids in the server's order. */
  ids: readonly string[];
  /** A MIME-like type naming what is dragged, so modules and lessons do not mix. */
  dragType: string;
  /** Sends the move (1-based position); rejects to undo. */
  commit(id: string, position: number): Promise<void>;
  /** What a screen reader hears after a move. */
  announceMove(id: string, position: number, total: number): void;
  announceBlocked(id: string, direction: MoveDirection): void;
  disabled?: boolean;
  /** An item of another list of the same drag type dropped on `targetId` (null: on the list itself). */
  onForeignDrop?(draggedId: string, targetId: string | null): void;
}

export interface ReorderableItemProps {
  ref(element: HTMLElement | null): void;
  draggable: boolean;
  tabIndex: number;
  onDragStart(event: DragEvent<HTMLElement>): void;
  onDragEnd(): void;
  onDragOver(event: DragEvent<HTMLElement>): void;
  onDragLeave(event: DragEvent<HTMLElement>): void;
  onDrop(event: DragEvent<HTMLElement>): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  'data-drop-target': boolean | undefined;
  'data-dragging': boolean | undefined;
}

/**
 * One reorderable list: native HTML5 drag and drop, and the keyboard (Alt+ArrowUp / Alt+ArrowDown on a
 * focused item, or the move buttons). The order changes at once and the server is told; on a refusal the
 * server's order comes back.
 */
export function useReorderable({ ids, dragType, commit, announceMove, announceBlocked, disabled = false, onForeignDrop }: UseReorderableOptions) {
  const [state, setState] = useState<ReorderState>(() => initialReorderState(ids));
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const elements = useRef(new Map<string, HTMLElement>());
  const refocus = useRef<string | null>(null);
  const idsKey = ids.join(',');

  useEffect(() => {
    setState((current) => reorderReducer(current, { type: 'sync', ids }));
    // The joined ids are the dependency: a new array with the same ids is no change.
  }, [idsKey]);

  useEffect(() => {
    if (!refocus.current) return;
    elements.current.get(refocus.current)?.focus();
    refocus.current = null;
  });

  const apply = useCallback(
    (action: ReorderAction, focusAfter: boolean) => {
      const next = reorderReducer(state, action);
      if (next === state) return;
      setState(next);
      if (next.blocked) {
        announceBlocked(next.blocked.id, next.blocked.direction);
        return;
      }
      const move = next.lastMove;
      if (!move) return;
      if (focusAfter) refocus.current = move.id;
      announceMove(move.id, move.position, move.total);
      commit(move.id, move.position).catch(() => setState((current) => reorderReducer(current, { type: 'sync', ids })));
    },
    [state, commit, announceMove, announceBlocked, ids],
  );

  const step = useCallback((id: string, direction: MoveDirection) => apply({ type: 'step', id, direction }, false), [apply]);

  const itemProps = (id: string): ReorderableItemProps => ({
    ref: (element) => {
      if (element) elements.current.set(id, element);
      else elements.current.delete(id);
    },
    draggable: !disabled,
    tabIndex: 0,
    onDragStart: (event) => {
      if (disabled) return;
      event.stopPropagation();
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData(dragType, id);
      event.dataTransfer.setData('text/plain', id);
      setDragging(id);
    },
    onDragEnd: () => {
      setDragging(null);
      setDropTarget(null);
    },
    onDragOver: (event) => {
      if (disabled || !event.dataTransfer.types.includes(dragType)) return;
      event.preventDefault();
      event.stopPropagation();
      event.dataTransfer.dropEffect = 'move';
      if (dropTarget !== id) setDropTarget(id);
    },
    onDragLeave: (event) => {
      if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
      if (dropTarget === id) setDropTarget(null);
    },
    onDrop: (event) => {
      if (disabled || !event.dataTransfer.types.includes(dragType)) return;
      event.preventDefault();
      event.stopPropagation();
      const draggedId = event.dataTransfer.getData(dragType);
      setDragging(null);
      setDropTarget(null);
      if (!draggedId) return;
      if (state.order.includes(draggedId)) apply({ type: 'drop', id: draggedId, targetId: id }, true);
      else onForeignDrop?.(draggedId, id);
    },
    onKeyDown: (event) => {
      if (disabled || event.target !== event.currentTarget) return;
      const direction = keyboardMoveDirection(event);
      if (!direction) return;
      event.preventDefault();
      event.stopPropagation();
      apply({ type: 'step', id, direction }, true);
    },
    'data-drop-target': dropTarget === id || undefined,
    'data-dragging': dragging === id || undefined,
  });

  return { order: state.order, step, itemProps, dragging };
}
