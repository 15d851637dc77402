import type { AcknowledgedSaves } from './acknowledged-saves';
import { GraphqlRefusal, type GraphqlHttpClient } from './graphql-http-client';

export interface TakerQuestion {
  slot: number;
  options: Array<{ id: string }>;
}

export interface TakerAttempt {
  id: string;
  state: string;
  deadline: string | null;
  acceptsUntil: string | null;
  questions: TakerQuestion[];
  answers: Array<{ slot: number; clientSeq: number; optionIds: string[] | null }>;
}

export interface ClosedAttempt {
  id: string;
  state: string;
  deadline: string | null;
  submittedAt: string | null;
  autoSubmitted: boolean;
}

const ATTEMPT_FIELDS = 'id state deadline acceptsUntil questions { slot options { id } } answers { slot clientSeq optionIds }';
const START = `mutation ($examId: ID!) { startAttempt(examId: $examId) { ${ATTEMPT_FIELDS} } }`;
const SAVE = 'mutation ($input: SaveAnswerInput!) { saveAnswer(input: $input) { slot clientSeq optionIds } }';
const CLOSED_FIELDS = 'id state deadline submittedAt autoSubmitted';
const SUBMIT = `mutation ($id: ID!) { submitAttempt(attemptId: $id) { ${CLOSED_FIELDS} } }`;
const READ = `query ($id: ID!) { attempt(id: $id) { ${CLOSED_FIELDS} } }`;

export interface TakerOptions {
  /**
   * How long a request is sent again, as the portal's save queue does, after a network failure (the API down,
   * a connection reset) or a refusal the queue sends again (a server error, a session being renewed: anything
   * but CONFLICT, BAD_USER_INPUT, NOT_FOUND and FORBIDDEN); 0 (the default): every failure is an error at once.
   */
  retryNetworkFailuresForMs?: number;
  /** Called with each failure that is sent again, e.g. to count the errors a fault drill caused. */
  onResent?: (error: unknown) => void;
}

/** The refusals the portal's save queue does not send again (apps/portal/.../save-failure.ts): they would be refused again. */
const FINAL_REFUSALS = new Set(['CONFLICT', 'BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN']);

function isWaitingRoomRefusal(error: unknown): error is GraphqlRefusal {
  return error instanceof GraphqlRefusal && error.code === 'TOO_MANY_REQUESTS' && error.reason === 'exam.waitingRoom';
}

/**
 * One learner taking an exam over HTTP as the portal does: start (or resume), save answers with a clientSeq
 * that grows with every save of the attempt, submit. Every save the API acknowledges goes into the ledger.
 */
export class ExamTaker {
  private current: TakerAttempt | undefined;
  private seq = 0;
  /** Requests that met a network failure and were sent again. */
  networkFailures = 0;
  /** Requests refused by a server error (or another refusal the portal sends again) and sent again. */
  refusalsResent = 0;
  /** Starts the waiting room refused, each waited out (retryAfterSeconds plus jitter) and sent again. */
  waitingRoomWaits = 0;

  constructor(
    readonly token: string,
    private readonly client: GraphqlHttpClient,
    private readonly ledger: AcknowledgedSaves,
    private readonly options: TakerOptions = {},
  ) {}

  get attempt(): TakerAttempt {
    if (!this.current) throw new Error('the taker has not started');
    return this.current;
  }

  /** startAttempt: the attempt in progress when there is one, else a new one; refused by the waiting room, it comes back as the portal does. */
  async start(examId: string): Promise<TakerAttempt> {
    for (;;) {
      try {
        const { startAttempt } = await this.send<{ startAttempt: TakerAttempt }>(START, { examId });
        this.current = startAttempt;
        return startAttempt;
      } catch (error) {
        if (!isWaitingRoomRefusal(error)) throw error;
        this.waitingRoomWaits += 1;
        const retryAfterSeconds = Number(error.reply.errors?.[0]?.extensions?.['retryAfterSeconds'] ?? 1);
        await new Promise((resolve) => setTimeout(resolve, retryAfterSeconds * 1000 + Math.random() * (1000 + retryAfterSeconds * 100)));
      }
    }
  }

  /** Saves the options as the slot's answer under the next clientSeq, sent again with that seq after a network failure. */
  async save(slot: number, optionIds: string[]): Promise<{ slot: number; clientSeq: number; optionIds: string[] | null }> {
    const attemptId = this.attempt.id;
    this.seq += 1;
    const { saveAnswer } = await this.send<{ saveAnswer: { slot: number; clientSeq: number; optionIds: string[] | null } }>(SAVE, {
      input: { attemptId, slot, clientSeq: this.seq, optionIds },
    });
    this.ledger.record({ attemptId, slot: saveAnswer.slot, clientSeq: saveAnswer.clientSeq, optionIds: saveAnswer.optionIds ?? [] });
    return saveAnswer;
  }

  async submit(): Promise<ClosedAttempt> {
    return (await this.send<{ submitAttempt: ClosedAttempt }>(SUBMIT, { id: this.attempt.id })).submitAttempt;
  }

  /** The attempt as its taker reads it (which closes it when it is past its deadline). */
  async read(): Promise<ClosedAttempt> {
    return (await this.send<{ attempt: ClosedAttempt }>(READ, { id: this.attempt.id })).attempt;
  }

  private async send<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const giveUpAt = Date.now() + (this.options.retryNetworkFailuresForMs ?? 0);
    for (;;) {
      try {
        return await this.client.call<T>(query, variables, this.token);
      } catch (error) {
        // A waiting-room refusal is waited out by start(), after the wait the server named.
        const final = (error instanceof GraphqlRefusal && FINAL_REFUSALS.has(error.code ?? '')) || isWaitingRoomRefusal(error);
        if (final || Date.now() >= giveUpAt) throw error;
        if (error instanceof GraphqlRefusal) this.refusalsResent += 1;
        else this.networkFailures += 1;
        this.options.onResent?.(error);
        await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 300));
      }
    }
  }
}
