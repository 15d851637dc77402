import type { AnswerResponse } from './answer-response';

/** What is stored for a slot after a save: the save itself, or a newer one it did not overwrite. */
export interface SavedAnswerView {
  slot: number;
  clientSeq: number;
  savedAt: Date;
  response: AnswerResponse;
}
