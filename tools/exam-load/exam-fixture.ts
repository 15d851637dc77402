import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AuthModule, TokenService } from '@hocso/server-core';
import { createTestingContext } from '@hocso/server-core/testing';
import type { GraphqlHttpClient } from './graphql-http-client';

export interface ExamPopulation {
  unitId: string;
  trainerId: string;
  takerIds: string[];
}

/** A commune, a trainer and `takers` officials of it, inserted directly (signing up is not what is tested). */
export async function seedExamPopulation(dataSource: DataSource, takers: number): Promise<ExamPopulation> {
  const run = randomBytes(4).toString('hex');
  const [{ id: unitId }]: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO org_unit (code, name, kind, path) VALUES ($1, $2, 'COMMUNE', '') RETURNING id`,
    [`EXAM-LOAD-${run.toUpperCase()}`, `Xã thi thử ${run}`],
  );
  await dataSource.query(`UPDATE org_unit SET path = '/' || id || '/' WHERE id = $1`, [unitId]);
  const [{ id: trainerId }]: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO app_user (full_name, email, audience, org_unit_id, email_verified_at)
     VALUES ('Giảng viên ra đề', $1, 'OFFICIAL', $2, now()) RETURNING id`,
    [`exam-load-${run}-trainer@test.hocso.vn`, unitId],
  );
  const takerRows: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO app_user (full_name, email, audience, org_unit_id, email_verified_at)
     SELECT 'Thí sinh ' || n, 'exam-load-' || $1 || '-' || n || '@test.hocso.vn', 'OFFICIAL', $2, now()
       FROM generate_series(1, $3::int) AS n ORDER BY n RETURNING id`,
    [run, unitId, takers],
  );
  const takerIds = takerRows.map((row) => row.id);
  await dataSource.query(
    `INSERT INTO role_grant (user_id, role) SELECT id, 'LEARNER' FROM unnest($1::uuid[]) AS id UNION ALL SELECT $2::uuid, 'TRAINER' UNION ALL SELECT $2::uuid, 'LEARNER'`,
    [takerIds, trainerId],
  );
  return { unitId, trainerId, takerIds };
}

/**
 * An access token per user, each in a session of its own, issued by the platform's TokenService in this process
 * (DATABASE_URL and JWT_SECRET of this process's environment must be those of the API).
 */
export async function issueAccessTokens(userIds: readonly string[]): Promise<string[]> {
  const context = await createTestingContext([AuthModule]);
  try {
    const tokens = context.get(TokenService);
    const issued: string[] = [];
    for (let from = 0; from < userIds.length; from += 10) {
      const batch = await Promise.all(userIds.slice(from, from + 10).map((userId) => tokens.issue(userId)));
      issued.push(...batch.map((pair) => pair.accessToken));
    }
    return issued;
  } finally {
    await context.close();
  }
}

/** GIFT single-choice questions in one category, the first option right. */
export function giftQuestions(count: number, category: string): string {
  const questions: string[] = [];
  for (let i = 1; i <= count; i += 1) {
    questions.push(`::Câu ${i}:: Kỹ năng số, câu ${i}: chọn đáp án đúng {=Đáp án đúng ${i} ~Sai A ~Sai B ~Sai C}`);
  }
  return `$CATEGORY: ${category}\n\n${questions.join('\n\n')}\n`;
}

export interface TimedExamOptions {
  /** Questions of the bank's category; the exam draws `questionsPerAttempt` of them. */
  bankQuestions: number;
  questionsPerAttempt: number;
  timeLimitSeconds: number | null;
  graceSeconds?: number;
  shuffleQuestions?: boolean;
  /** When the exam closes (ISO): every attempt's deadline is at most that. */
  closesAt?: string;
  title?: string;
}

const CATEGORY = 'top/Kỹ năng số';

/**
 * Through the API as its trainer: a bank (a GIFT import), unless `existingBankId` names one made before, then an exam
 * open to every account drawing from it.
 */
export async function createOpenExam(
  client: GraphqlHttpClient,
  trainerToken: string,
  options: TimedExamOptions,
  existingBankId?: string,
): Promise<{ bankId: string; examId: string }> {
  const bankId = existingBankId ?? (await createGiftBank(client, trainerToken, options.bankQuestions));
  const { createExam } = await client.call<{ createExam: { id: string } }>(
    'mutation ($input: CreateExamInput!) { createExam(input: $input) { id } }',
    {
      input: {
        title: options.title ?? 'Thi thử kỹ năng số',
        bankId,
        rules: [{ category: CATEGORY, count: options.questionsPerAttempt }],
        timeLimitSeconds: options.timeLimitSeconds,
        graceSeconds: options.graceSeconds ?? 0,
        closesAt: options.closesAt ?? null,
        openToAll: true,
        shuffleQuestions: options.shuffleQuestions ?? true,
      },
    },
    trainerToken,
  );
  return { bankId, examId: createExam.id };
}

async function createGiftBank(client: GraphqlHttpClient, trainerToken: string, questions: number): Promise<string> {
  const { createQuestionBank } = await client.call<{ createQuestionBank: { id: string } }>(
    'mutation ($input: CreateQuestionBankInput!) { createQuestionBank(input: $input) { id } }',
    { input: { title: 'Ngân hàng thi thử' } },
    trainerToken,
  );
  const bankId = createQuestionBank.id;
  const { importQuestions } = await client.call<{ importQuestions: { imported: number; errors: Array<{ message: string }> } }>(
    'mutation ($input: ImportQuestionsInput!) { importQuestions(input: $input) { imported errors { message } } }',
    { input: { bankId, format: 'GIFT', content: giftQuestions(questions, CATEGORY) } },
    trainerToken,
  );
  if (importQuestions.imported !== questions) throw new Error(`GIFT import: ${JSON.stringify(importQuestions)}`);
  return bankId;
}
