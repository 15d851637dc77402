import type { AttemptFieldsFragment, SavedAnswerFieldsFragment } from '@hocso/portal-data-access';
import type { AttemptStorage } from '../shared/attempt-storage';

/** The attempt as last read from the server, kept in the browser so that a reload made offline can go on. */
export interface AttemptSnapshot {
  attempt: AttemptFieldsFragment;
  /** Server time minus the phone's wall time when it was last known. */
  clockOffsetMs: number;
}

const key = (attemptId: string) => `snapshot:${attemptId}`;

export const readAttemptSnapshot = (storage: AttemptStorage, attemptId: string) => storage.get<AttemptSnapshot>(key(attemptId));

export const writeAttemptSnapshot = (storage: AttemptStorage, snapshot: AttemptSnapshot) => storage.set(key(snapshot.attempt.id), snapshot);

/** After an acknowledged save: the kept copy shows that answer and the clock as now known. */
export async function updateSnapshotAfterSave(storage: AttemptStorage, attemptId: string, saved: SavedAnswerFieldsFragment, clockOffsetMs: number): Promise<void> {
  const snapshot = await readAttemptSnapshot(storage, attemptId);
  if (!snapshot) return;
  const answers = [...snapshot.attempt.answers.filter((answer) => answer.slot !== saved.slot), saved];
  await writeAttemptSnapshot(storage, { attempt: { ...snapshot.attempt, answers }, clockOffsetMs });
}

export const removeAttemptSnapshot = (storage: AttemptStorage, attemptId: string) => storage.remove(key(attemptId));
