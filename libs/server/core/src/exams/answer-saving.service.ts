import { isUuid } from '@hocso/contracts';
import { type BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import type { QuestionType } from '../question-bank/question-draft';
import type { AnswerResponse } from './answer-response';
import type { AttemptSlot } from './attempt-slot';
import { AttemptSubmissionService } from './attempt-submission.service';
import { AnswerSaveBatcher, type AnswerWrite, type StoredAnswerRow } from './answer-save-batcher';
import { checkResponseShape, ESSAY_MAX_CHARACTERS, type ResponseProblem } from './grading';
import { InFlight } from './in-flight';
import { QuestionVersionCache } from './question-version-cache';
import { responseFitsSlot, slotGuardParameters, type SlotGuard } from './response-fits-slot';
import type { SavedAnswerView } from './saved-answer';

/** A save from the client: the answer to one slot, numbered by the client's own increasing sequence. */
export interface SaveAnswerCommand {
  attemptId: string;
  slot: number;
  clientSeq: number;
  optionIds?: readonly string[] | null;
  text?: string | null;
  number?: number | null;
  boolean?: boolean | null;
  matches?: ReadonlyArray<{ prompt: string; answer: string }> | null;
}

/** The largest clientSeq (PostgreSQL's int). */
export const CLIENT_SEQ_MAX = 2 ** 31 - 1;

/** More options or pairs than any question has: refused before anything is read. */
const MAX_PARTS = 200;

const TYPES_OF_FIELD: Record<keyof AnswerResponse, readonly QuestionType[]> = {
  optionIds: ['SINGLE_CHOICE', 'MULTIPLE_CHOICE'],
  boolean: ['TRUE_FALSE'],
  text: ['SHORT_ANSWER', 'ESSAY'],
  number: ['NUMERIC'],
  matches: ['MATCHING'],
};
const ALL_TYPES = [...new Set(Object.values(TYPES_OF_FIELD).flat()), 'DESCRIPTION'];

/** The slot guard of EXPLAIN, whose parameters follow the attempt id. */
const EXPLAIN_GUARD = { slot: '$2::int', types: '$3::text[]', optionIds: '$4::jsonb', textLength: '$5::int', prompts: '$6::jsonb', answers: '$7::jsonb' };

const EXPLAIN = `
  SELECT a.user_id, a.state, jsonb_array_length(a.slots) AS slot_count, a.slots -> ($2::int - 1) AS slot,
         (a.accepts_until IS NOT NULL AND now() > a.accepts_until) AS overdue,
         COALESCE(${responseFitsSlot('a.slots -> ($2::int - 1)', EXPLAIN_GUARD)}, false) AS fits,
         ans.slot AS stored_slot, ans.client_seq, ans.response, ans.saved_at
    FROM exam_attempt a
    LEFT JOIN attempt_answer ans ON ans.attempt_id = a.id AND ans.slot = $2
   WHERE a.id = $1`;

interface Explanation {
  user_id: string;
  state: string;
  slot_count: number;
  slot: AttemptSlot | null;
  overdue: boolean;
  fits: boolean;
  stored_slot: number | null;
  client_seq: number | null;
  response: AnswerResponse | null;
  saved_at: Date | null;
}

/**
 * Saves answers on the hot path of an exam: one statement, shared with the saves of the same moment (see
 * AnswerSaveBatcher), an upsert guarded by the client's sequence and by the attempt being the caller's, open
 * and within its deadline and grace, and the response fitting its slot.
 * A retry or an older save changes nothing and gets what is stored. Only when nothing was written does a
 * second read tell why; no refusal writes anything, and no transaction spans a round trip to the client.
 * A shutdown waits for the saves under way, so that each is answered before the pool closes.
 */
@Injectable()
export class AnswerSavingService implements BeforeApplicationShutdown {
  private readonly saving = new InFlight();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly batcher: AnswerSaveBatcher,
    private readonly submissions: AttemptSubmissionService,
    private readonly versions: QuestionVersionCache,
  ) {}

  save(actor: Actor, command: SaveAnswerCommand): Promise<SavedAnswerView> {
    return this.saving.track(this.saveNow(actor, command));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.saving.settled();
  }

  private async saveNow(actor: Actor, command: SaveAnswerCommand): Promise<SavedAnswerView> {
    if (!isUuid(command.attemptId)) throw DomainError.notFound('exam.attemptNotFound', command.attemptId);
    const response = checkedResponse(command);
    const guard = guardParameters(command, response);
    const write: AnswerWrite = { attemptId: command.attemptId, userId: actor.userId, clientSeq: command.clientSeq, response, guard };
    for (let tries = 0; tries < 2; tries += 1) {
      // A retry goes alone: a newer save of the slot in the same batch must not push it out twice.
      const saved = tries === 0 ? await this.batcher.write(write) : await this.batcher.writeOne(write);
      if (saved) return viewOf(saved);
      const stored = await this.whyNotSaved(actor, command, response, guard);
      if (stored) return stored;
    }
    throw DomainError.conflict('exam.attemptClosed', 'attemptId');
  }

  /** The stored answer when it is as new as this save or newer; throws the refusal otherwise; null to try again. */
  private async whyNotSaved(actor: Actor, command: SaveAnswerCommand, response: AnswerResponse, guard: SlotGuard): Promise<SavedAnswerView | null> {
    const [row]: Explanation[] = await this.dataSource.query(EXPLAIN, [command.attemptId, ...slotGuardParameters(guard)]);
    if (!row || row.user_id !== actor.userId) throw DomainError.notFound('exam.attemptNotFound', command.attemptId);
    if (row.state !== 'IN_PROGRESS') throw DomainError.conflict('exam.attemptClosed', 'attemptId');
    if (row.overdue) {
      await this.submissions.autoSubmit(command.attemptId);
      throw DomainError.conflict('exam.attemptClosed', 'attemptId');
    }
    if (!row.fits) throw await this.misfit(command, response, row);
    if (row.stored_slot !== null && (row.client_seq as number) >= command.clientSeq) {
      return { slot: row.stored_slot, clientSeq: row.client_seq as number, savedAt: row.saved_at as Date, response: row.response as AnswerResponse };
    }
    return null;
  }

  private async misfit(command: SaveAnswerCommand, response: AnswerResponse, row: Explanation): Promise<DomainError> {
    const slot = row.slot;
    if (!slot || slot.slot !== command.slot) {
      return DomainError.badInput('slot', 'exam.slotUnknown', { slot: command.slot, count: row.slot_count });
    }
    const question = (await this.versions.get([slot.versionId])).get(slot.versionId);
    const problem = question ? checkResponseShape(slot.type, question.content, response) : null;
    return problem ? refusalOf(problem) : DomainError.badInput('slot', 'exam.answerDoesNotFit', { slot: command.slot });
  }
}

function refusalOf(problem: ResponseProblem): DomainError {
  return DomainError.badInput(problem.field, problem.reason, problem.params);
}

/**
 * The response as it will be stored (only the fields sent), after the checks that need no question: the
 * sequence's range, finite numbers, no option or matching part twice, the longest text any question takes.
 */
function checkedResponse(command: SaveAnswerCommand): AnswerResponse {
  if (!Number.isInteger(command.clientSeq) || command.clientSeq < 0 || command.clientSeq > CLIENT_SEQ_MAX) {
    throw DomainError.badInput('clientSeq', 'exam.clientSeqOutOfRange', { max: CLIENT_SEQ_MAX });
  }
  const response: AnswerResponse = {};
  if (command.optionIds !== undefined && command.optionIds !== null) {
    if (command.optionIds.length > MAX_PARTS) throw refusalOf({ field: 'optionIds', reason: 'answer.unknownOption' });
    if (new Set(command.optionIds).size !== command.optionIds.length) throw refusalOf({ field: 'optionIds', reason: 'answer.duplicateOption' });
    response.optionIds = [...command.optionIds];
  }
  if (command.text !== undefined && command.text !== null) {
    if (command.text.length > ESSAY_MAX_CHARACTERS) {
      throw refusalOf({ field: 'text', reason: 'answer.textTooLong', params: { max: ESSAY_MAX_CHARACTERS, length: command.text.length } });
    }
    response.text = command.text;
  }
  if (command.number !== undefined && command.number !== null) {
    if (!Number.isFinite(command.number)) throw refusalOf({ field: 'number', reason: 'answer.numberNotFinite' });
    response.number = command.number;
  }
  if (command.boolean !== undefined && command.boolean !== null) response.boolean = command.boolean;
  if (command.matches !== undefined && command.matches !== null) {
    if (command.matches.length > MAX_PARTS) throw refusalOf({ field: 'matches', reason: 'answer.unknownMatchPrompt' });
    if (new Set(command.matches.map((match) => match.prompt)).size !== command.matches.length) {
      throw refusalOf({ field: 'matches', reason: 'answer.duplicateMatchPrompt' });
    }
    response.matches = command.matches.map((match) => ({ prompt: match.prompt, answer: match.answer }));
  }
  return response;
}

/** The parameters of responseFitsSlot: which types take the fields sent, and what must be among the slot's parts. */
function guardParameters(command: SaveAnswerCommand, response: AnswerResponse): SlotGuard {
  const fields = Object.keys(response) as Array<keyof AnswerResponse>;
  const types = fields.reduce<readonly string[]>((allowed, field) => allowed.filter((type) => TYPES_OF_FIELD[field].includes(type as QuestionType)), ALL_TYPES);
  return {
    slot: command.slot,
    types,
    optionIds: response.optionIds ? JSON.stringify(response.optionIds) : null,
    textLength: response.text?.length ?? 0,
    prompts: response.matches ? JSON.stringify(response.matches.map((match) => match.prompt)) : null,
    answers: response.matches ? JSON.stringify(response.matches.map((match) => match.answer)) : null,
  };
}

function viewOf(row: StoredAnswerRow): SavedAnswerView {
  return { slot: row.slot, clientSeq: row.client_seq, savedAt: row.saved_at, response: row.response };
}
