/** The bounds of an exam's settings, overrides and accommodations: the editor and the API refuse what goes past them. */
export const EXAM_LIMITS = {
  titleLength: 255,
  instructionsLength: 20_000,
  rules: 50,
  questionsPerRule: 500,
  /** Questions of one attempt, all rules together. */
  questions: 500,
  /** A day: longer is not an exam but a course. */
  timeLimitSeconds: 86_400,
  maxAttempts: 100,
  /** Thirty days. */
  attemptDelaySeconds: 2_592_000,
  graceSeconds: 600,
  rulePoints: 1_000,
  timeMultiplier: { min: 1, max: 5 },
  extraAttempts: 20,
  /** Overrides of one exam: learners with an exception and units, together; `Exam.overrides` lists them all. */
  overridesPerExam: 500,
  accommodationNoteLength: 1_000,
} as const;
