import { createExamWorld, type ExamWorld, insertAttemptRow, resultOf, SECRET_TEXTS, slotsOf } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import readXlsxFile from 'read-excel-file/node';
import type { DataSource } from 'typeorm';
import { signIn } from '../test-support/sign-in';
import { startTestApi, type TestApi } from '../test-support/test-api';

const HOUR = 60 * 60 * 1000;

/** Every field of an attempt as its taker reads it. */
const ATTEMPT_FIELDS = `id number state startedAt deadline acceptsUntil serverNow submittedAt autoSubmitted scorePercent scorePoints maxPoints passed
  exam { id title reviewPolicy { score correctness feedback rightAnswers } }
  questions { slot type prompt points options { id text } matchPrompts matchPromptsHtml matchChoices }
  answers { slot clientSeq savedAt optionIds text number boolean matches { prompt answer } }`;

/** Every field the review answers, so that the walk below sees all of them. */
const REVIEW = `query ($id: ID!) {
  attemptReview(attemptId: $id) {
    attempt { ${ATTEMPT_FIELDS} }
    attemptId scorePercent scorePoints maxPoints passed moreVisibleAt
    visibility { score correctness feedback rightAnswers }
    questions { slot type prompt maxPoints outcome points feedback comment rightAnswer }
  }
}`;

/** What must not reach a learner before the policy allows it: feedback texts, right-answer sentences, fractions. */
const FORBIDDEN_TEXTS = [SECRET_TEXTS.rightFeedback, SECRET_TEXTS.wrongFeedback, SECRET_TEXTS.generalFeedback, SECRET_TEXTS.trueFalseFeedback, 'Đáp án đúng', 'correct answer'];

/** Every place in a response (data, errors, their extensions) where a secret shows: a forbidden text, or a fraction. */
function leaksIn(value: unknown, path = '$'): string[] {
  if (typeof value === 'string') return FORBIDDEN_TEXTS.filter((text) => value.includes(text)).map((text) => `${path}: "${text}"`);
  if (Array.isArray(value)) return value.flatMap((item, index) => leaksIn(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [...(/fraction/i.test(key) ? [`${path}.${key}: a fraction`] : []), ...leaksIn(item, `${path}.${key}`)]);
  }
  return [];
}

describe('review and statistics through the API: nothing of the answer key before the policy allows it', () => {
  let api: TestApi;
  let db: DataSource;
  let world: ExamWorld;
  let examId: string;
  let attemptId: string;
  let openAttemptId: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    world = await createExamWorld(db);
    for (const role of ['trainer', 'learner', 'classmate', 'manager', 'otherTrainer'] as const) tokens[role] = await signIn(api, world[role].email);
    examId = await world.createExam({
      reviewPolicy: { score: 'NEVER', correctness: 'AFTER_SUBMIT', feedback: 'AFTER_CLOSE', rightAnswers: 'AFTER_CLOSE' },
      opensAt: new Date(Date.now() - 2 * HOUR),
      closesAt: new Date(Date.now() + HOUR),
    });
    const [single, , multiple] = world.questions;
    attemptId = await insertAttemptRow(db, {
      examId,
      userId: world.learner.id,
      orgUnitId: world.commune.id,
      slots: slotsOf(world.questions),
      state: 'NEEDS_GRADING',
      answers: { 1: { optionIds: [single!.content.options[1]!.id] }, 2: { boolean: true }, 3: { optionIds: [multiple!.content.options[0]!.id] }, 4: { text: 'Kế hoạch của xã em' } },
      results: [resultOf(1, 0, 1), resultOf(2, 0, 1), resultOf(3, 0.5, 2), resultOf(4, null, 5)],
    });
    openAttemptId = await insertAttemptRow(db, { examId, userId: world.classmate.id, orgUnitId: world.commune.id, slots: slotsOf(world.questions), state: 'IN_PROGRESS' });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('walks every field of every learner-facing answer and its errors before the close, and finds no secret', async () => {
    const responses = {
      attempt: await api.gql(`query ($id: ID!) { attempt(id: $id) { ${ATTEMPT_FIELDS} } }`, { id: attemptId }, tokens['learner']),
      myAttempts: await api.gql(`query ($id: ID!) { myAttempts(examId: $id) { ${ATTEMPT_FIELDS} } }`, { id: examId }, tokens['learner']),
      othersAttemptRead: await api.gql(`query ($id: ID!) { attempt(id: $id) { ${ATTEMPT_FIELDS} } }`, { id: attemptId }, tokens['classmate']),
      review: await api.gql(REVIEW, { id: attemptId }, tokens['learner']),
      reviewEnglish: await api.gql(REVIEW, { id: attemptId }, tokens['learner'], 'en'),
      reviewByUnitManager: await api.gql(REVIEW, { id: attemptId }, tokens['manager']),
      othersAttempt: await api.gql(REVIEW, { id: attemptId }, tokens['classmate']),
      attemptInProgress: await api.gql(REVIEW, { id: openAttemptId }, tokens['classmate']),
      unknownAttempt: await api.gql(REVIEW, { id: '00000000-0000-4000-8000-000000000000' }, tokens['learner']),
      essays: await api.gql('query ($id: ID!) { essaysToGrade(examId: $id) { attemptId prompt text } }', { id: examId }, tokens['learner']),
      statistics: await api.gql('query ($id: ID!) { examStatistics(examId: $id) { attemptCount questions { facility } } }', { id: examId }, tokens['learner']),
      examDay: await api.gql('query ($id: ID!) { examDay(examId: $id) { takerCount } }', { id: examId }, tokens['learner']),
      grade: await api.gql('mutation ($id: ID!) { gradeAnswer(attemptId: $id, slot: 4, points: 5) { id scorePercent } }', { id: attemptId }, tokens['learner']),
      attempts: await api.gql('query ($id: ID!) { examAttempts(examId: $id) { id scorePercent } }', { id: examId }, tokens['learner']),
      regrade: await api.gql('mutation ($id: ID!, $q: ID!) { regradeExam(examId: $id, questionId: $q) { changedCount } }', { id: examId, q: world.questions[0]!.id }, tokens['learner']),
      csv: await (await fetch(`${api.url}/exams/${examId}/statistics.csv`, { headers: { authorization: `Bearer ${tokens['learner']}` } })).json(),
    };
    expect(leaksIn(responses)).toEqual([]);
    expect(responses.attempt.errors).toBeUndefined();
    expect((responses.myAttempts.data?.['myAttempts'] as unknown[]).length).toBe(1);
    expect(responses.review.errors).toBeUndefined();

    const review = responses.review.data?.['attemptReview'] as Record<string, unknown>;
    expect(review).toMatchObject({ attempt: { id: attemptId, scorePercent: null, passed: null }, scorePercent: null, scorePoints: null, passed: null, visibility: { score: false, correctness: true, feedback: false, rightAnswers: false } });
    expect((review['questions'] as Array<{ outcome: string }>).map((question) => question.outcome)).toEqual(['WRONG', 'WRONG', 'PARTIAL', 'NEEDS_GRADING']);
    expect(responses.othersAttempt.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(responses.attemptInProgress.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'examReview.attemptInProgress' });
    expect(responses.unknownAttempt.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const refused of [responses.essays, responses.statistics, responses.examDay, responses.regrade, responses.grade, responses.attempts]) {
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(responses.othersAttemptRead.errors?.[0]?.extensions?.code);
  });

  it('shows the feedback and the right answers once the exam has closed (the walk above can fail)', async () => {
    await db.query(`UPDATE exam SET closes_at = now() - interval '1 second', opens_at = now() - interval '3 hours' WHERE id = $1`, [examId]);
    try {
      const after = await api.gql(REVIEW, { id: attemptId }, tokens['learner']);
      const leaks = leaksIn(after);
      expect(leaks).toContain('$.data.attemptReview.questions[0].feedback: "' + SECRET_TEXTS.wrongFeedback + '"');
      expect(leaks.some((leak) => leak.includes('rightAnswer') && leak.includes('Đáp án đúng'))).toBe(true);
      expect(leaks.some((leak) => leak.includes('a fraction'))).toBe(false);
    } finally {
      await db.query(`UPDATE exam SET closes_at = now() + interval '1 hour' WHERE id = $1`, [examId]);
    }
  });

  it('lets the exam’s editors grade the essay from the queue through the API', async () => {
    const queue = await api.gql<{ essaysToGrade: Array<{ attempt: { id: string }; slot: number; text: string }> }>(
      'query ($id: ID!) { essaysToGrade(examId: $id) { attempt { id } slot text maxPoints } }',
      { id: examId },
      tokens['trainer'],
    );
    expect(queue.data?.essaysToGrade).toEqual([{ attempt: { id: attemptId }, slot: 4, text: 'Kế hoạch của xã em', maxPoints: 5 }]);
    const tooMany = await api.gql('mutation ($id: ID!) { gradeAnswer(attemptId: $id, slot: 4, points: 6) { id } }', { id: attemptId }, tokens['trainer']);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'points' });
    const graded = await api.gql<{ gradeAnswer: { state: string; scorePercent: number; passed: boolean } }>(
      'mutation ($id: ID!) { gradeAnswer(attemptId: $id, slot: 4, points: 4, comment: "Khá") { state scorePercent passed } }',
      { id: attemptId },
      tokens['trainer'],
    );
    expect(graded.data?.gradeAnswer).toEqual({ state: 'GRADED', scorePercent: 55.56, passed: true });
    const listed = await api.gql<{ examAttempts: Array<{ id: string }> }>('query ($id: ID!) { examAttempts(examId: $id, state: GRADED) { id } }', { id: examId }, tokens['trainer']);
    expect(listed.data?.examAttempts.map((attempt) => attempt.id)).toEqual([attemptId]);
    // The learner still sees no score (NEVER), and the comment only with the feedback, after the close.
    const review = await api.gql<{ attemptReview: { scorePercent: number | null; attempt: { scorePercent: number | null }; questions: Array<{ comment: string | null }> } }>(REVIEW, { id: attemptId }, tokens['learner']);
    expect([review.data?.attemptReview.scorePercent, review.data?.attemptReview.attempt.scorePercent, review.data?.attemptReview.questions[3]?.comment]).toEqual([null, null, null]);
  });

  it('shows the exam’s editors everything, and serves them the statistics as CSV and XLSX with a bearer token', async () => {
    const trainerReview = await api.gql<{ attemptReview: { visibility: Record<string, boolean>; questions: Array<{ rightAnswer: string | null }> } }>(REVIEW, { id: attemptId }, tokens['trainer']);
    expect(trainerReview.data?.attemptReview.visibility).toEqual({ score: true, correctness: true, feedback: true, rightAnswers: true });
    expect(trainerReview.data?.attemptReview.questions[0]?.rightAnswer).toBe(`Đáp án đúng là: ${SECRET_TEXTS.rightOption}`);

    // A second learner: the statistics count each learner's first graded attempt (the learner's, graded above, at 5/9).
    await insertAttemptRow(db, { examId, userId: world.outsider.id, slots: slotsOf(world.questions, 1), results: [resultOf(1, 1, 1), resultOf(2, 1, 1), resultOf(3, 0.5, 1), resultOf(4, 0.5, 1)] });
    const statistics = await api.gql<{ examStatistics: { attemptCount: number; meanPercent: number; histogram: Array<{ fromPercent: number; count: number }> } }>(
      'query ($id: ID!) { examStatistics(examId: $id) { attemptCount meanPercent medianPercent histogram { fromPercent count } questions { slot facility flags promptExcerpt } } }',
      { id: examId },
      tokens['trainer'],
    );
    expect(statistics.data?.examStatistics.attemptCount).toBe(2);
    expect(statistics.data?.examStatistics.meanPercent).toBeCloseTo((500 / 9 + 75) / 2, 4);
    expect(statistics.data?.examStatistics.histogram.filter((bin) => bin.count > 0).map((bin) => bin.fromPercent)).toEqual([50, 70]);

    const csv = await fetch(`${api.url}/exams/${examId}/statistics.csv`, { headers: { authorization: `Bearer ${tokens['trainer']}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    expect(await csv.text()).toContain('Điểm trung bình (%),65.28');

    const xlsx = await fetch(`${api.url}/exams/${examId}/statistics.xlsx`, { headers: { authorization: `Bearer ${tokens['trainer']}`, 'accept-language': 'en' } });
    expect(xlsx.status).toBe(200);
    const [sheet] = await readXlsxFile(Buffer.from(await xlsx.arrayBuffer()));
    expect(sheet?.data[1]?.slice(0, 2)).toEqual(['Mean score (%)', 65.28]);

    expect((await fetch(`${api.url}/exams/${examId}/statistics.csv`)).status).toBe(401);
    expect((await fetch(`${api.url}/exams/${examId}/statistics.xlsx`, { headers: { authorization: `Bearer ${tokens['otherTrainer']}` } })).status).toBe(403);
    expect((await fetch(`${api.url}/exams/00000000-0000-4000-8000-000000000000/statistics.csv`, { headers: { authorization: `Bearer ${tokens['trainer']}` } })).status).toBe(404);
  });
});
