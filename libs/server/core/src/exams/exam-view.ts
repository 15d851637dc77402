import type { ExamAccess } from './exam-access';
import type { ExamEntity } from './exam.entity';

/** An exam with what its reader may do with it, so that the API answers its fields without asking again. */
export interface ExamView {
  exam: ExamEntity;
  access: ExamAccess;
}

/** A rule of an exam as its editor wrote it. */
export interface ExamRuleView {
  /** The category's path; null: the whole bank. */
  category: string | null;
  count: number;
  points: number | null;
}
