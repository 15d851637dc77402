import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { htmlToText } from '../question-bank/formats/html-text';
import type { QuestionType } from '../question-bank/question-draft';
import { assertCanEditExam } from './exam-access';
import type { AttemptSlot, SlotResult } from './attempt-slot';
import type { ExamEntity } from './exam.entity';
import { ExamService } from './exam.service';
import { type ExamStatistics, examStatistics, type QuestionFlag, type QuestionStatistics } from './statistics';

/** Every flag a question of the statistics may carry. */
export const QUESTION_FLAGS: readonly QuestionFlag[] = ['NEGATIVE_DISCRIMINATION', 'VERY_EASY', 'VERY_HARD'];

/** The prompt of each question as a short plain-text line, for the report's table. */
export const PROMPT_EXCERPT_LENGTH = 120;

export interface QuestionStatisticsView extends QuestionStatistics {
  type: QuestionType | null;
  /** The question's prompt (its current version) as plain text, cut at PROMPT_EXCERPT_LENGTH characters. */
  promptExcerpt: string;
}

export interface ExamStatisticsView extends Omit<ExamStatistics, 'questions'> {
  exam: ExamEntity;
  questions: QuestionStatisticsView[];
}

interface AttemptRow {
  user_id: string;
  started_at: Date;
  score_points: number | null;
  slots: AttemptSlot[];
  results: SlotResult[] | null;
}

/** Moodle's quiz statistics of an exam, over each learner's first graded attempt, for the exam's editors. */
@Injectable()
export class ExamStatisticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly exams: ExamService,
  ) {}

  async statistics(actor: Actor, examId: string): Promise<ExamStatisticsView> {
    const { exam, access } = await this.exams.withAccess(this.dataSource.manager, actor, examId);
    assertCanEditExam(actor, access);
    const attempts: AttemptRow[] = await this.dataSource.query(
      `SELECT DISTINCT ON (user_id) user_id, started_at, score_points, slots, results
         FROM exam_attempt
        WHERE exam_id = $1 AND state = 'GRADED'
        ORDER BY user_id, started_at, number`,
      [exam.id],
    );
    const statistics = examStatistics(
      attempts.map((attempt) => {
        const resultOf = new Map((attempt.results ?? []).map((result) => [result.slot, result]));
        return {
          learnerId: attempt.user_id,
          startedAt: attempt.started_at,
          totalPoints: attempt.score_points,
          slots: attempt.slots.map((slot) => ({
            slot: slot.slot,
            questionId: slot.questionId,
            fraction: resultOf.get(slot.slot)?.fraction ?? null,
            maxPoints: slot.maxPoints,
          })),
        };
      }),
    );
    const questionIds = statistics.questions.map((question) => question.questionId);
    const prompts: Array<{ id: string; type: QuestionType; prompt: string }> = questionIds.length === 0 ? [] : await this.dataSource.query(
      `SELECT q.id, v.type, v.content->>'prompt' AS prompt FROM question q JOIN question_version v ON v.id = q.current_version_id WHERE q.id = ANY($1::uuid[])`,
      [questionIds],
    );
    const promptOf = new Map(prompts.map((row) => [row.id, row]));
    return {
      ...statistics,
      exam,
      questions: statistics.questions.map((question) => ({
        ...question,
        type: promptOf.get(question.questionId)?.type ?? null,
        promptExcerpt: excerpt(htmlToText(promptOf.get(question.questionId)?.prompt ?? '')),
      })),
    };
  }
}

function excerpt(text: string): string {
  if (text.length <= PROMPT_EXCERPT_LENGTH) return text;
  const cut = text.slice(0, PROMPT_EXCERPT_LENGTH - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > PROMPT_EXCERPT_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
