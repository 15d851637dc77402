/**
 * A question as an import parser produces it and an exporter consumes it: plain data, no ORM, no framework.
 * Field meanings follow Moodle's question model so that GIFT / Moodle XML / Aiken round-trip without loss.
 */

export const QUESTION_TYPES = [
  'SINGLE_CHOICE',
  'MULTIPLE_CHOICE',
  'TRUE_FALSE',
  'SHORT_ANSWER',
  'NUMERIC',
  'MATCHING',
  'ESSAY',
  'DESCRIPTION',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Moodle's text formats: FORMAT_HTML, FORMAT_MARKDOWN, FORMAT_PLAIN, FORMAT_MOODLE (auto-format). */
export type TextFormat = 'html' | 'markdown' | 'plain' | 'moodle';

/** Moodle's multichoice `answernumbering`. */
export type AnswerNumbering = 'abc' | 'ABCD' | '123' | 'iii' | 'IIII' | 'none';

/** Moodle's essay `responseformat`. */
export type EssayResponseFormat = 'editor' | 'editorfilepicker' | 'plain' | 'monospaced' | 'noinline';

export interface QuestionOptionDraft {
  text: string;
  /** -1..1; 1 = fully right. For SHORT_ANSWER, `*` is Moodle's "any other answer" wildcard. */
  fraction: number;
  feedback?: string;
  /** Only set when this answer's text has a format other than the question's `promptFormat`. */
  format?: TextFormat;
}

export interface NumericAnswerDraft {
  value: number;
  tolerance: number;
  fraction: number;
  feedback?: string;
}

/** Moodle's numerical `*` answer: it matches every response that no numeric answer matched. */
export interface NumericCatchAllDraft {
  fraction: number;
  feedback?: string;
}

export interface MatchPairDraft {
  /** An empty prompt is a distractor: its answer is offered but matches nothing. */
  prompt: string;
  answer: string;
  /** Only set when the prompt has a format other than the question's `promptFormat`. */
  format?: TextFormat;
}

export interface QuestionHintDraft {
  text: string;
  /** Multi-part types only (multiple choice, matching): show how many parts are right. */
  showNumCorrect?: boolean;
  /** Multi-part types only: clear the wrong parts before the learner retries. */
  clearWrong?: boolean;
}

export interface QuestionAttachmentDraft {
  /** Texts reference the file as `@@PLUGINFILE@@/<name>`. */
  name: string;
  mimeType: string;
  data: Buffer;
}

export interface QuestionDraft {
  type: QuestionType;
  /** GIFT `::name::`, Moodle `<name>`; parsers derive one from the prompt when the source has none, as Moodle does. */
  name?: string;
  /** The question text as the learner reads it; HTML in `html`/`moodle` format is sanitised on import. */
  prompt: string;
  promptFormat: TextFormat;
  /** Category path such as `top/Kỹ năng số/An toàn thông tin`; a `/` inside a name is written `//`. */
  category?: string;
  idNumber?: string;
  tags: string[];
  generalFeedback?: string;
  /** Choices of SINGLE_CHOICE / MULTIPLE_CHOICE, and the accepted answers of SHORT_ANSWER. */
  options: QuestionOptionDraft[];
  /** TRUE_FALSE: the right answer. */
  correctBoolean?: boolean;
  /** TRUE_FALSE: feedback shown to a learner who answered "true" (Moodle's `feedbacktrue`). */
  trueFeedback?: string;
  /** TRUE_FALSE: feedback shown to a learner who answered "false" (Moodle's `feedbackfalse`). */
  falseFeedback?: string;
  numericAnswers: NumericAnswerDraft[];
  numericCatchAll?: NumericCatchAllDraft;
  matchPairs: MatchPairDraft[];
  /** Moodle's `defaultmark`; 1 unless the source says otherwise (0 for DESCRIPTION). */
  defaultPoints: number;
  /** SHORT_ANSWER: Moodle's `usecase`. */
  caseSensitive?: boolean;
  /** Fraction of the points lost per wrong try in interactive mode (Moodle's `penalty`). */
  penalty?: number;
  shuffleAnswers?: boolean;
  answerNumbering?: AnswerNumbering;
  /** Combined feedback of choice and matching questions (Moodle's correct/partially/incorrect feedback). */
  correctFeedback?: string;
  partiallyCorrectFeedback?: string;
  incorrectFeedback?: string;
  /** Choice / matching: show the learner how many choices were right. */
  showNumCorrect?: boolean;
  hints?: QuestionHintDraft[];
  /** ESSAY settings, as Moodle's qtype_essay. */
  responseFormat?: EssayResponseFormat;
  responseRequired?: boolean;
  responseFieldLines?: number;
  minWordLimit?: number;
  maxWordLimit?: number;
  /** ESSAY: number of files the learner may upload (-1 = unlimited). Not to be confused with `attachments`. */
  responseAttachments?: number;
  responseAttachmentsRequired?: number;
  maxBytes?: number;
  fileTypesList?: string;
  graderInfo?: string;
  responseTemplate?: string;
  /** Files embedded in the source (Moodle XML base64 `<file>`). */
  attachments?: QuestionAttachmentDraft[];
  /** 1-based line of the input where the question starts. */
  line: number;
}

/** A `$CATEGORY:` line or a Moodle XML category element: it sets the category of the questions after it. */
export interface CategoryDraft {
  path: string;
  info?: string;
  infoFormat?: TextFormat;
  idNumber?: string;
  line: number;
}

export function newQuestionDraft(
  type: QuestionType,
  prompt: string,
  promptFormat: TextFormat,
  line: number,
): QuestionDraft {
  return {
    type,
    prompt,
    promptFormat,
    tags: [],
    options: [],
    numericAnswers: [],
    matchPairs: [],
    defaultPoints: type === 'DESCRIPTION' ? 0 : 1,
    line,
  };
}
