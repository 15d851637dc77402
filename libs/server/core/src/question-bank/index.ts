export * from './question-bank.module';
export * from './question-bank.service';
export * from './question-bank.entity';
export * from './question-bank-member.entity';
export * from './question-bank-access';
export * from './question-category.entity';
export * from './question.entity';
export * from './question-version.entity';
export * from './question-file.entity';
export * from './question.service';
export * from './question-page';
export * from './question-import.service';
export * from './question-export.service';
export * from './question-file.service';
export * from './question-record';
export * from './question-edit';
export * from './question-content';
export * from './question-text-html';
export * from './question-category-path';
export {
  QUESTION_TYPES,
  type QuestionType,
  type TextFormat,
  type QuestionDraft,
  type CategoryDraft,
} from './question-draft';
export {
  generateGiftBank,
  parseQuestions,
  exportGift,
  exportMoodleXml,
  DEFAULT_IMPORT_LIMITS,
  QuestionImportRejected,
  type QuestionFormat,
  type QuestionImportLimits,
  type QuestionImportError,
  QUESTION_LIMITS,
  CATEGORY_LIMITS,
} from './formats';
