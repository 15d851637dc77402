/** A learner's answer to one slot, as saved: only the fields of its question type are set. */
export interface AnswerResponse {
  optionIds?: string[];
  text?: string;
  number?: number;
  boolean?: boolean;
  matches?: Array<{ prompt: string; answer: string }>;
}
