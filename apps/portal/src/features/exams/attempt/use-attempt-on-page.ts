import { useApolloClient } from '@apollo/client/react';
import { attemptQuery, type AttemptFieldsFragment, saveAnswerMutation, submitAttemptMutation } from '@hocso/portal-data-access';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { AttemptStorage } from '../shared/attempt-storage';
import { browserAttemptStorage } from '../shared/browser-attempt-storage';
import { type AnswerResponse, responseOfStored } from './answer-response';
import { readAttemptSnapshot, removeAttemptSnapshot, updateSnapshotAfterSave, writeAttemptSnapshot } from './attempt-snapshot';
import { classifySaveFailure } from './save-failure';
import { type PendingSave, type SaveAck, SaveQueue, type SaveQueueStatus } from './save-queue';
import { ServerClock } from './server-clock';

export type AttemptLoad =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; attempt: AttemptFieldsFragment; fromSnapshot: boolean };

export type SubmitOutcome = { kind: 'submitted' } | { kind: 'unsaved' } | { kind: 'failed'; error: unknown };

const IDLE_STATUS: SaveQueueStatus = { pending: 0, sending: false, offline: false, lastSavedAt: null, closed: false, rejected: null };
const noStatusChange = () => () => undefined;

const isOnline = () => (typeof navigator === 'undefined' ? true : navigator.onLine);

/**
 * One attempt on this page: loaded from the server (or, offline, from the copy kept in the browser), its answers
 * shown as saved with the changes still queued on top, every change saved through the queue, the server's clock.
 */
export function useAttemptOnPage(attemptId: string) {
  const client = useApolloClient();
  const clock = useMemo(() => new ServerClock(), [attemptId]);
  const [load, setLoad] = useState<AttemptLoad>({ kind: 'loading' });
  const [answers, setAnswers] = useState<ReadonlyMap<number, AnswerResponse>>(new Map());
  const [queue, setQueue] = useState<SaveQueue | null>(null);
  const storageRef = useRef<AttemptStorage | null>(null);

  useEffect(() => {
    let cancelled = false;
    let opened: SaveQueue | null = null;
    setLoad({ kind: 'loading' });
    setQueue(null);

    const fetchAttempt = async (): Promise<AttemptFieldsFragment | null> => {
      const sentAt = performance.now();
      const result = await client.query({ query: attemptQuery, variables: { id: attemptId }, fetchPolicy: 'network-only' });
      const attempt = result.data?.attempt ?? null;
      if (attempt) clock.observe({ serverMs: Date.parse(attempt.serverNow), sentAt, receivedAt: performance.now() });
      return attempt;
    };

    const send = async (save: PendingSave): Promise<SaveAck> => {
      const sentAt = performance.now();
      const result = await client.mutate({
        mutation: saveAnswerMutation,
        variables: { input: { attemptId, slot: save.slot, clientSeq: save.clientSeq, ...save.response } },
      });
      const saved = result.data?.saveAnswer;
      if (!saved) throw new Error('Empty saveAnswer response');
      clock.observe({ serverMs: Date.parse(saved.savedAt), sentAt, receivedAt: performance.now() });
      // Kept before the queue forgets the change: a reload offline then still shows this answer.
      await updateSnapshotAfterSave(await browserAttemptStorage(), attemptId, saved, clock.offsetMs()).catch(() => undefined);
      return { slot: saved.slot, clientSeq: saved.clientSeq, savedAt: saved.savedAt, response: responseOfStored(saved) };
    };

    void (async () => {
      // The attempt is asked for while the browser's storage opens, not after: both are needed before it shows.
      const fetched = fetchAttempt().then(
        (found) => ({ found }),
        (error: unknown) => ({ error }),
      );
      const storage = await browserAttemptStorage();
      storageRef.current = storage;
      let attempt: AttemptFieldsFragment;
      let fromSnapshot = false;
      try {
        const outcome = await fetched;
        if ('error' in outcome) throw outcome.error;
        if (!outcome.found) throw new Error('not found');
        attempt = outcome.found;
      } catch (error) {
        const snapshot = await readAttemptSnapshot(storage, attemptId);
        if (!snapshot || classifySaveFailure(error) !== 'retry') {
          if (!cancelled) setLoad({ kind: 'failed', error });
          return;
        }
        attempt = snapshot.attempt;
        fromSnapshot = true;
        clock.restoreOffset(snapshot.clockOffsetMs);
      }
      if (cancelled) return;
      if (!fromSnapshot) await writeAttemptSnapshot(storage, { attempt, clockOffsetMs: clock.offsetMs() });

      const saveQueue = new SaveQueue({
        attemptId,
        storage,
        send,
        classifyFailure: classifySaveFailure,
        isOnline,
        onAck: (ack, sent) => {
          // Another device saved this question later: show what the server keeps.
          if (ack.clientSeq > sent.clientSeq) setAnswers((current) => new Map(current).set(ack.slot, ack.response));
        },
      });
      opened = saveQueue;
      await saveQueue.raiseSequenceFloor(Math.max(0, ...attempt.answers.map((answer) => answer.clientSeq)));
      const shown = new Map<number, AnswerResponse>(attempt.answers.map((answer) => [answer.slot, responseOfStored(answer)]));
      for (const [slot, response] of await saveQueue.pendingResponses()) shown.set(slot, response);
      if (cancelled) {
        saveQueue.stop();
        return;
      }
      setAnswers(shown);
      setQueue(saveQueue);
      setLoad({ kind: 'ready', attempt, fromSnapshot });
      if (attempt.state === 'IN_PROGRESS') void saveQueue.flush();
    })();

    return () => {
      cancelled = true;
      opened?.stop();
    };
  }, [attemptId, client, clock]);

  useEffect(() => {
    if (!queue) return;
    const online = () => queue.networkReturned();
    const offline = () => queue.networkLost();
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    if (!isOnline()) queue.networkLost();
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  }, [queue]);

  const status = useSyncExternalStore(queue?.subscribe ?? noStatusChange, queue?.getStatus ?? (() => IDLE_STATUS));

  const change = useCallback(
    (slot: number, response: AnswerResponse) => {
      setAnswers((current) => new Map(current).set(slot, response));
      void queue?.enqueue(slot, response);
    },
    [queue],
  );

  /** Sends what waits, then submits; refuses while answers are still only on this device. */
  const submit = useCallback(async (): Promise<SubmitOutcome> => {
    if (!queue) return { kind: 'unsaved' };
    const saved = await queue.drain();
    if (!saved && !queue.getStatus().closed) return { kind: 'unsaved' };
    try {
      await client.mutate({ mutation: submitAttemptMutation, variables: { attemptId } });
    } catch (error) {
      return { kind: 'failed', error };
    }
    await queue.clear();
    const storage = storageRef.current;
    if (storage) await removeAttemptSnapshot(storage, attemptId);
    return { kind: 'submitted' };
  }, [attemptId, client, queue]);

  return { load, answers, change, status, submit, clock };
}
