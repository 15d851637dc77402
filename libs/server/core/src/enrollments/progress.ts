/** Progress over the required lessons of the learner's version: 0..1, and whether every one is done. */
export function computeProgress(
  requiredLessonIds: readonly string[],
  completedLessonIds: readonly string[],
): { progress: number; allRequiredDone: boolean } {
  if (requiredLessonIds.length === 0) return { progress: 1, allRequiredDone: true };
  const completed = new Set(completedLessonIds);
  const done = requiredLessonIds.filter((id) => completed.has(id)).length;
  return { progress: done / requiredLessonIds.length, allRequiredDone: done === requiredLessonIds.length };
}
