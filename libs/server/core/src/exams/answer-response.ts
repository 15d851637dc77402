/** A learner's answer to one slot, as saved: defined, with its shape check, beside the grading that reads it. */
export type { AnswerResponse, MatchResponse } from './grading/answer-response';
