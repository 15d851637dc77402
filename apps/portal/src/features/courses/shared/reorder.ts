/** Pure helpers for reordering lists of ids (modules of a course, lessons of a module). */

export type MoveDirection = 'up' | 'down';

/** A copy of `items` with the item at `from` moved to index `to` (both 0-based, clamped). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const result = [...items];
  if (from < 0 || from >= items.length) return result;
  const target = Math.min(Math.max(to, 0), items.length - 1);
  const [moved] = result.splice(from, 1);
  result.splice(target, 0, moved);
  return result;
}

/** The 0-based index an item moves to one step up or down; null when it is already at that end. */
export function stepIndex(length: number, index: number, direction: MoveDirection): number | null {
  if (index < 0 || index >= length) return null;
  const next = direction === 'up' ? index - 1 : index + 1;
  return next < 0 || next >= length ? null : next;
}

/** The ids after dragging `draggedId` onto `targetId` (it takes the target's place); null when nothing changes. */
export function reorderByDrop(ids: readonly string[], draggedId: string, targetId: string): string[] | null {
  const from = ids.indexOf(draggedId);
  const to = ids.indexOf(targetId);
  if (from < 0 || to < 0 || from === to) return null;
  return moveItem(ids, from, to);
}

/** Where a lesson lands when dropped on another lesson (possibly of another module): module and 1-based position. */
export interface LessonDropTarget {
  moduleId: string;
  position: number;
}

export interface ModuleLessons {
  id: string;
  lessonIds: readonly string[];
}

export function planLessonDrop(modules: readonly ModuleLessons[], draggedLessonId: string, target: { moduleId: string; lessonId: string | null }): LessonDropTarget | null {
  const source = modules.find((module) => module.lessonIds.includes(draggedLessonId));
  const destination = modules.find((module) => module.id === target.moduleId);
  if (!source || !destination || target.lessonId === draggedLessonId) return null;
  if (target.lessonId === null) {
    // Dropped on the module itself: the end of it.
    if (source.id === destination.id) {
      const last = destination.lessonIds.length;
      return destination.lessonIds.indexOf(draggedLessonId) === last - 1 ? null : { moduleId: destination.id, position: last };
    }
    return { moduleId: destination.id, position: destination.lessonIds.length + 1 };
  }
  const targetIndex = destination.lessonIds.indexOf(target.lessonId);
  if (targetIndex < 0) return null;
  return { moduleId: destination.id, position: targetIndex + 1 };
}

/** Applies a planned lesson move to the module lists (the optimistic view while the server confirms). */
export function applyLessonMove(modules: readonly ModuleLessons[], lessonId: string, target: LessonDropTarget): ModuleLessons[] {
  const withoutLesson = modules.map((module) => ({ id: module.id, lessonIds: module.lessonIds.filter((id) => id !== lessonId) }));
  return withoutLesson.map((module) => {
    if (module.id !== target.moduleId) return module;
    const lessonIds = [...module.lessonIds];
    lessonIds.splice(Math.min(Math.max(target.position - 1, 0), lessonIds.length), 0, lessonId);
    return { id: module.id, lessonIds };
  });
}
