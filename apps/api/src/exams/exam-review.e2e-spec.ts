import { createExamWorld, type ExamWorld, insertAttemptRow, resultOf, SECRET_TEXTS, slotsOf } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import readXlsxFile from 'read-excel-file/node';
import type { DataSource } from 'typeorm';
import { signIn } from '../test-support/sign-in';
import { startTestApi, type TestApi } from '../test-support/test-api';

const HOUR = 60 * 60 * 1000;

/** Every field the review answers, so that the walk below sees all of them. */
const REVIEW = `query ($id: ID!) {
  attemptReview(attemptId: $id) {
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
      review: await api.gql(REVIEW, { id: attemptId }, tokens['learner']),
      reviewEnglish: await api.gql(REVIEW, { id: attemptId }, tokens['learner'], 'en'),
      reviewByUnitManager: await api.gql(REVIEW, { id: attemptId }, tokens['manager']),
      othersAttempt: await api.gql(REVIEW, { id: attemptId }, tokens['classmate']),
      attemptInProgress: await api.gql(REVIEW, { id: openAttemptId }, tokens['classmate']),
      unknownAttempt: await api.gql(REVIEW, { id: '00000000-0000-4000-8000-000000000000' }, tokens['learner']),
      essays: await api.gql('query ($id: ID!) { essaysToGrade(examId: $id) { attemptId prompt text } }', { id: examId }, tokens['learner']),
      statistics: await api.gql('query ($id: ID!) { examStatistics(examId: $id) { attemptCount questions { facility } } }', { id: examId }, tokens['learner']),
      examDay: await api.gql('query ($id: ID!) { examDay(examId: $id) { takerCount } }', { id: examId }, tokens['learner']),
      regrade: await api.gql('mutation ($id: ID!, $q: ID!) { regradeExam(examId: $id, questionId: $q) { changedCount } }', { id: examId, q: world.questions[0]!.id }, tokens['learner']),
      csv: await (await fetch(`${api.url}/exams/${examId}/statistics.csv`, { headers: { authorization: `Bearer ${tokens['learner']}` } })).json(),
    };
    expect(leaksIn(responses)).toEqual([]);

    const review = responses.review.data?.['attemptReview'] as Record<string, unknown>;
    expect(review).toMatchObject({ scorePercent: null, scorePoints: null, passed: null, visibility: { score: false, correctness: true, feedback: false, rightAnswers: false } });
    expect((review['questions'] as Array<{ outcome: string }>).map((question) => question.outcome)).toEqual(['WRONG', 'WRONG', 'PARTIAL', 'NEEDS_GRADING']);
    expect(responses.othersAttempt.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(responses.attemptInProgress.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'examReview.attemptInProgress' });
    expect(responses.unknownAttempt.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const refused of [responses.essays, responses.statistics, responses.examDay, responses.regrade]) expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
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

  it('shows the exam’s editors everything, and serves them the statistics as CSV and XLSX with a bearer token', async () => {
    const trainerReview = await api.gql<{ attemptReview: { visibility: Record<string, boolean>; questions: Array<{ rightAnswer: string | null }> } }>(REVIEW, { id: attemptId }, tokens['trainer']);
    expect(trainerReview.data?.attemptReview.visibility).toEqual({ score: true, correctness: true, feedback: true, rightAnswers: true });
    expect(trainerReview.data?.attemptReview.questions[0]?.rightAnswer).toBe(`Đáp án đúng là: ${SECRET_TEXTS.rightOption}`);

    // A second learner, graded: the statistics count each learner's first graded attempt only (the essay waits).
    await insertAttemptRow(db, { examId, userId: world.outsider.id, slots: slotsOf(world.questions, 1), results: [resultOf(1, 1, 1), resultOf(2, 1, 1), resultOf(3, 0.5, 1), resultOf(4, 0.5, 1)] });
    const statistics = await api.gql<{ examStatistics: { attemptCount: number; meanPercent: number; histogram: Array<{ fromPercent: number; count: number }> } }>(
      'query ($id: ID!) { examStatistics(examId: $id) { attemptCount meanPercent medianPercent histogram { fromPercent count } questions { slot facility flags promptExcerpt } } }',
      { id: examId },
      tokens['trainer'],
    );
    expect(statistics.data?.examStatistics).toMatchObject({ attemptCount: 1, meanPercent: 75 });
    expect(statistics.data?.examStatistics.histogram.find((bin) => bin.count > 0)?.fromPercent).toBe(70);

    const csv = await fetch(`${api.url}/exams/${examId}/statistics.csv`, { headers: { authorization: `Bearer ${tokens['trainer']}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    expect(await csv.text()).toContain('Điểm trung bình (%),75.00');

    const xlsx = await fetch(`${api.url}/exams/${examId}/statistics.xlsx`, { headers: { authorization: `Bearer ${tokens['trainer']}`, 'accept-language': 'en' } });
    expect(xlsx.status).toBe(200);
    const [sheet] = await readXlsxFile(Buffer.from(await xlsx.arrayBuffer()));
    expect(sheet?.data[1]?.slice(0, 2)).toEqual(['Mean score (%)', 75]);

    expect((await fetch(`${api.url}/exams/${examId}/statistics.csv`)).status).toBe(401);
    expect((await fetch(`${api.url}/exams/${examId}/statistics.xlsx`, { headers: { authorization: `Bearer ${tokens['otherTrainer']}` } })).status).toBe(403);
    expect((await fetch(`${api.url}/exams/00000000-0000-4000-8000-000000000000/statistics.csv`, { headers: { authorization: `Bearer ${tokens['trainer']}` } })).status).toBe(404);
  });
});
