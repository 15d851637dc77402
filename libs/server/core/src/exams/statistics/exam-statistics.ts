/** One question of a graded attempt, as the statistics read it. */
export interface StatisticsSlot {
  slot: number;
  questionId: string;
  /** Share of the points scored; null counts as 0 (in a graded attempt only a 0-point slot has none). */
  fraction: number | null;
  maxPoints: number;
}

/** An attempt as the statistics read it. */
export interface StatisticsAttempt {
  learnerId: string;
  startedAt: Date;
  /** The attempt's total points; null while it is not graded (it is then left out). */
  totalPoints: number | null;
  slots: readonly StatisticsSlot[];
}

/** What makes a question worth a second look. */
export type QuestionFlag = 'NEGATIVE_DISCRIMINATION' | 'VERY_EASY' | 'VERY_HARD';

/** Moodle's item statistics of one question (the contract's `QuestionStatistics`). */
export interface QuestionStatistics {
  /** The first slot the question stood in (with random or shuffled questions it may stand in several). */
  slot: number;
  questionId: string;
  /** How many of the attempts counted had this question. */
  attempts: number;
  /** Mean fraction scored, 0..1 (Moodle's facility index / 100). */
  facility: number | null;
  /** Correlation of the question's points with the points of the rest of the attempt, -1..1; null below 2 attempts or when either never varies. */
  discrimination: number | null;
  flags: QuestionFlag[];
}

/** How many attempts scored from `fromPercent` up to `toPercent` (100 % falls in the last bin). */
export interface HistogramBin {
  fromPercent: number;
  toPercent: number;
  count: number;
}

/** Moodle's quiz statistics (the contract's `ExamStatistics`), over each learner's first graded attempt. */
export interface ExamStatistics {
  attemptCount: number;
  meanPercent: number | null;
  medianPercent: number | null;
  /** Sample standard deviation of the percents, as Moodle's; null below 2 attempts. */
  standardDeviation: number | null;
  /** Cronbach's alpha (Moodle's coefficient of internal consistency / 100); null below 2 attempts, 2 questions, or when totals never vary. */
  cronbachAlpha: number | null;
  questions: QuestionStatistics[];
  histogram: HistogramBin[];
}

const VERY_EASY_ABOVE = 0.9;
/** A sum of squares this small is rounding noise (points differ by 1e-7 at the least): the values never vary. */
const NO_VARIATION = 1e-20;
const VERY_HARD_BELOW = 0.1;
const HISTOGRAM_BINS = 10;

/** Each learner's first attempt, by start, among those that are graded. */
export function firstGradedAttempts(attempts: readonly StatisticsAttempt[]): StatisticsAttempt[] {
  const first = new Map<string, StatisticsAttempt>();
  for (const attempt of attempts) {
    if (attempt.totalPoints === null) continue;
    const kept = first.get(attempt.learnerId);
    if (!kept || attempt.startedAt.getTime() < kept.startedAt.getTime()) first.set(attempt.learnerId, attempt);
  }
  return [...first.values()];
}

/**
 * Moodle's quiz statistics (mod/quiz/report/statistics) over each learner's first graded attempt: mean,
 * median and sample standard deviation of the percents, Cronbach's alpha over the slots, and per question
 * its facility and discrimination index. Questions worth 0 points (descriptions) are left out, as Moodle
 * leaves them out. The item statistics use the sum of the slots' points (Moodle's "summarks").
 */
export function examStatistics(attempts: readonly StatisticsAttempt[]): ExamStatistics {
  const counted = firstGradedAttempts(attempts).map(scoredAttempt);
  const percents = counted.map((attempt) => attempt.percent);
  return {
    attemptCount: counted.length,
    meanPercent: percents.length === 0 ? null : mean(percents),
    medianPercent: median(percents),
    standardDeviation: percents.length < 2 ? null : Math.sqrt(sampleVariance(percents)),
    cronbachAlpha: cronbachAlpha(counted),
    questions: questionStatistics(counted),
    histogram: histogram(percents),
  };
}

interface ScoredAttempt {
  percent: number;
  /** The slots worth points, with their points. */
  marks: { slot: number; questionId: string; fraction: number; points: number }[];
  sumOfMarks: number;
}

function scoredAttempt(attempt: StatisticsAttempt): ScoredAttempt {
  const scored = attempt.slots.filter((slot) => slot.maxPoints > 0);
  const marks = scored.map((slot) => ({
    slot: slot.slot,
    questionId: slot.questionId,
    fraction: slot.fraction ?? 0,
    points: (slot.fraction ?? 0) * slot.maxPoints,
  }));
  const maxPoints = scored.reduce((sum, slot) => sum + slot.maxPoints, 0);
  return {
    percent: maxPoints === 0 ? 0 : ((attempt.totalPoints ?? 0) / maxPoints) * 100,
    marks,
    sumOfMarks: marks.reduce((sum, mark) => sum + mark.points, 0),
  };
}

function questionStatistics(attempts: readonly ScoredAttempt[]): QuestionStatistics[] {
  const byQuestion = new Map<string, { slot: number; fractions: number[]; points: number[]; rest: number[] }>();
  for (const attempt of attempts) {
    for (const mark of attempt.marks) {
      const entry = byQuestion.get(mark.questionId) ?? { slot: mark.slot, fractions: [], points: [], rest: [] };
      entry.slot = Math.min(entry.slot, mark.slot);
      entry.fractions.push(mark.fraction);
      entry.points.push(mark.points);
      entry.rest.push(attempt.sumOfMarks - mark.points);
      byQuestion.set(mark.questionId, entry);
    }
  }
  return [...byQuestion.entries()]
    .map(([questionId, entry]) => {
      const facility = mean(entry.fractions);
      const discrimination = correlation(entry.points, entry.rest);
      return { slot: entry.slot, questionId, attempts: entry.points.length, facility, discrimination, flags: flagsOf(facility, discrimination) };
    })
    .sort((a, b) => a.slot - b.slot || a.questionId.localeCompare(b.questionId));
}

function flagsOf(facility: number, discrimination: number | null): QuestionFlag[] {
  const flags: QuestionFlag[] = [];
  if (discrimination !== null && discrimination < 0) flags.push('NEGATIVE_DISCRIMINATION');
  if (facility > VERY_EASY_ABOVE) flags.push('VERY_EASY');
  if (facility < VERY_HARD_BELOW) flags.push('VERY_HARD');
  return flags;
}

/**
 * k/(k-1) × (1 − Σ item variances / variance of the totals), items being the slots (Moodle's CIC, which
 * sums the mark variance of each slot and divides by the sample variance of the attempts' marks).
 */
function cronbachAlpha(attempts: readonly ScoredAttempt[]): number | null {
  if (attempts.length < 2) return null;
  const bySlot = new Map<number, number[]>();
  for (const attempt of attempts) {
    for (const mark of attempt.marks) bySlot.set(mark.slot, [...(bySlot.get(mark.slot) ?? []), mark.points]);
  }
  const items = bySlot.size;
  const totalVariance = sampleVariance(attempts.map((attempt) => attempt.sumOfMarks));
  if (items < 2 || totalVariance * (attempts.length - 1) < NO_VARIATION) return null;
  const itemVariances = [...bySlot.values()].reduce((sum, points) => sum + (points.length < 2 ? 0 : sampleVariance(points)), 0);
  return (items / (items - 1)) * (1 - itemVariances / totalVariance);
}

function histogram(percents: readonly number[]): HistogramBin[] {
  const width = 100 / HISTOGRAM_BINS;
  const bins = Array.from({ length: HISTOGRAM_BINS }, (_bin, index) => ({ fromPercent: index * width, toPercent: (index + 1) * width, count: 0 }));
  for (const percent of percents) {
    const bin = bins[Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.floor(percent / width)))];
    if (bin) bin.count++;
  }
  return bins;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** Σ(x − x̄)² / (n − 1), for n ≥ 2. */
function sampleVariance(values: readonly number[]): number {
  const average = mean(values);
  return values.reduce((sum, value) => sum + (value - average) ** 2, 0) / (values.length - 1);
}

/** Pearson's r (Moodle's discrimination index / 100): null below 2 values or when either side never varies. */
function correlation(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length < 2) return null;
  const meanX = mean(xs);
  const meanY = mean(ys);
  let products = 0;
  let squaresX = 0;
  let squaresY = 0;
  xs.forEach((x, index) => {
    const dx = x - meanX;
    const dy = (ys[index] ?? meanY) - meanY;
    products += dx * dy;
    squaresX += dx * dx;
    squaresY += dy * dy;
  });
  return squaresX < NO_VARIATION || squaresY < NO_VARIATION ? null : products / Math.sqrt(squaresX * squaresY);
}
