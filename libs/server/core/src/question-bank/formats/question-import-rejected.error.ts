import { englishText, type ImportProblem } from './question-import-problem';

/** The whole input is refused (bad encoding, too big, too many questions, unsafe XML): nothing is imported. */
export class QuestionImportRejected extends Error {
  constructor(
    readonly problem: ImportProblem,
    readonly reason: 'ENCODING' | 'MAX_BYTES' | 'MAX_QUESTIONS' | 'UNSAFE_XML' | 'MALFORMED',
    /** What the underlying parser said (in English), when it said more than the problem. */
    readonly detail?: string,
  ) {
    super(detail ? `${englishText(problem)}: ${detail}` : englishText(problem));
    this.name = 'QuestionImportRejected';
  }
}
