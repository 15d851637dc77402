import type { AcknowledgedSaves } from './acknowledged-saves';
import { type ExamDayProfile, thinkTimeMs } from './exam-day-profile';
import type { ExamDayRecorder } from './exam-day-recorder';
import type { ExamTaker, TakerQuestion } from './exam-taker';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ExamDayTakerRun {
  index: number;
  taker: ExamTaker;
  examId: string;
  profile: ExamDayProfile;
  thinkMs: number;
  ledger: AcknowledgedSaves;
  recorder: ExamDayRecorder;
}

interface PlannedAnswer {
  question: TakerQuestion;
  option: string;
}

/**
 * One taker's exam, as a phone takes it: start, then every answer after a think time (some of them offline and
 * sent in order once back online, a reload that resumes the attempt half-way for some), the changed answers,
 * and submit — or, for the abandoned, nothing after half the answers: the deadline closes the attempt.
 */
export async function takeExamLikeAPhone(run: ExamDayTakerRun): Promise<void> {
  const { taker, recorder, profile } = run;
  const attempt = await timed(run, 'start', () => taker.start(run.examId));
  if (!attempt) return;
  const answers = plannedAnswers(run, attempt.questions);
  const queued: PlannedAnswer[] = [];
  for (let i = 0; i < answers.length; i += 1) {
    if (profile.abandonAfter !== null && i >= profile.abandonAfter) {
      recorder.abandoned += 1;
      return;
    }
    await sleep(thinkTimeMs(run.thinkMs));
    const answer = answers[i] as PlannedAnswer;
    if (profile.offline && i >= profile.offline.from && i < profile.offline.to) {
      queued.push(answer);
      continue;
    }
    for (const replayed of queued.splice(0)) await save(run, replayed);
    await save(run, answer);
    if (profile.reloadAfter === i + 1) await resume(run);
  }
  for (const replayed of queued.splice(0)) await save(run, replayed);
  await timed(run, 'submit', () => taker.submit());
}

/** Saves without think time until `untilMs` (Date.now()), cycling through the attempt's questions. */
export async function saveFlatOut(run: ExamDayTakerRun, untilMs: number, onSaved: (at: number) => void): Promise<void> {
  const { questions } = run.taker.attempt;
  for (let i = run.index; Date.now() < untilMs; i += 1) {
    const question = questions[i % questions.length] as TakerQuestion;
    const option = question.options[(i + run.index) % question.options.length] as { id: string };
    if (await save(run, { question, option: option.id })) onSaved(Date.now());
  }
}

function plannedAnswers(run: ExamDayTakerRun, questions: readonly TakerQuestion[]): PlannedAnswer[] {
  const pick = (question: TakerQuestion, shift: number) => (question.options[(run.index + shift) % question.options.length] as { id: string }).id;
  const changed = run.profile.changedSlots.map((slot) => questions.find((question) => question.slot === slot)).filter((question) => !!question);
  return [
    ...questions.map((question) => ({ question, option: pick(question, 0) })),
    ...changed.map((question) => ({ question, option: pick(question, 1) })),
  ];
}

async function save(run: ExamDayTakerRun, answer: PlannedAnswer): Promise<boolean> {
  return (await timed(run, 'save', () => run.taker.save(answer.question.slot, [answer.option]))) !== undefined;
}

/** A reload: startAttempt resumes the same attempt, with every answer the API acknowledged. */
async function resume(run: ExamDayTakerRun): Promise<void> {
  const before = run.taker.attempt;
  const resumed = await timed(run, 'start', () => run.taker.start(run.examId));
  if (!resumed) return;
  const stored = new Map(resumed.answers.map((answer) => [answer.slot, answer.clientSeq]));
  const differs =
    resumed.id !== before.id ||
    before.questions.some((question) => {
      const acknowledged = run.ledger.newestOf(before.id, question.slot);
      return acknowledged !== undefined && (stored.get(question.slot) ?? 0) < acknowledged.clientSeq;
    });
  if (differs) run.recorder.resumeMismatches += 1;
}

async function timed<T>(run: ExamDayTakerRun, step: 'start' | 'save' | 'submit', action: () => Promise<T>): Promise<T | undefined> {
  const began = performance.now();
  try {
    const result = await action();
    run.recorder.record(step, performance.now() - began);
    return result;
  } catch (error) {
    run.recorder.failed(step, error);
    return undefined;
  }
}
