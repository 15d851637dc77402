import type { QuestionContent } from './question-content';
import type { QuestionType } from './question-draft';

/** A question as read: the question row with the version it points at (or an older version, for history). */
export interface QuestionRecord {
  id: string;
  bankId: string;
  versionId: string;
  version: number;
  /** Whether this is the version the question currently points at. */
  isCurrent: boolean;
  type: QuestionType;
  category: string;
  idNumber: string | null;
  tags: string[];
  content: QuestionContent;
  createdAt: Date;
  updatedAt: Date;
  versionCreatedAt: Date;
}

export interface QuestionCategoryRecord {
  id: string;
  bankId: string;
  path: string;
  segments: string[];
  info: string;
  idNumber: string | null;
  /** Questions directly in this category (not in its subcategories). */
  questionCount: number;
}
