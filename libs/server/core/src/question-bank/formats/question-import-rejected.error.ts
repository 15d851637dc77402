/** The whole input is refused (bad encoding, too big, too many questions, unsafe XML): nothing is imported. */
export class QuestionImportRejected extends Error {
  constructor(
    message: string,
    readonly reason: 'ENCODING' | 'MAX_BYTES' | 'MAX_QUESTIONS' | 'UNSAFE_XML' | 'MALFORMED',
  ) {
    super(message);
    this.name = 'QuestionImportRejected';
  }
}
