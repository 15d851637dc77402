/**
 * The sizes the cost estimate assumes for lists that are not paged: what a large example of the province's
 * data holds (a course of 10 modules of 10 lessons), not the rare extreme. Each list a request goes through
 * multiplies its cost, so the limit (GRAPHQL_MAX_COMPLEXITY) is set against these figures.
 */
export const LIST_BOUNDS = {
  modulesPerCourse: 10,
  lessonsPerModule: 10,
  authorsPerCourse: 10,
  versionsPerCourse: 10,
  tracks: 10,
  coursesPerTrack: 50,
  enrollmentsPerLearner: 30,
  /** Completions of one enrollment: the first and each renewal (yearly at most, as a rule); the service answers 50. */
  completionsPerEnrollment: 5,
  certificatesPerLearner: 30,
  childOrgUnits: 100,
  orgUnitDepth: 10,
  rolesPerUser: 10,
  /** An onboarding preview lists at most 500 rows of each kind (PREVIEW_LISTED_ROWS). */
  previewedImportRows: 500,
  banksPerTrainer: 20,
  categoriesPerBank: 100,
  collaboratorsPerBank: 20,
  versionsPerQuestion: 50,
  /** `QuestionBank.questions` is not paged (`questionPage` is): a large bank; read larger ones a page at a time. */
  questionsPerBank: 500,
  /** The parts of a question come in its row, with no query of their own: a typical question's. */
  optionsPerQuestion: 10,
  matchPairsPerQuestion: 10,
  numericAnswersPerQuestion: 5,
  attachmentsPerQuestion: 5,
  /** An exam holds at most 50 rules (EXAM_LIMITS); most have a few. */
  rulesPerExam: 10,
  overridesPerExam: 20,
  /** Exams of a bank and public exams: the services answer at most EXAM_LIST_LIMIT. */
  examsPerList: 50,
  /** Questions of one attempt: an exam allows 500 (EXAM_LIMITS); a large one has 50. */
  questionsPerAttempt: 50,
  /** A learner's attempts at one exam: `myAttempts` answers at most MY_ATTEMPTS_MAX (100); most exams allow a few. */
  attemptsPerLearnerExam: 10,
  /** `examAttempts` answers at most 2,000 (newest first): a district's officials at one exam. */
  attemptsPerExam: 200,
  /** The grading queue answers at most 500 essays: a day's work of a trainer. */
  essaysToGrade: 100,
  /** A regrade lists at most 2,000 changed attempts: those of a large class. */
  regradedAttempts: 200,
  /** Exam day: the units of a district's communes and hamlets, and the takers listed (at most 2,000). */
  examDayUnits: 50,
  examDayTakers: 200,
  /** The trusted-issuer list: the universities and agencies whose credentials officials bring (at most 500 answered). */
  trustedIssuers: 50,
  /** A learner's submissions, and a review queue (the services answer at most 500). */
  externalCertificates: 50,
  /** Training requirements: the service answers at most 500; a province sets a few dozen. */
  trainingRequirements: 50,
  /** The requirements covering one person (their unit's and its parents', for their audience): a handful. */
  requirementsPerPerson: 20,
  /** Units without an expert: at most 2,000 answered; asked by kind (the districts, the communes), a few hundred. */
  unitsWithoutExpert: 200,
  complianceLevels: 10,
  complianceTrendDays: 90,
  expertsPerUnit: 5,
  /** An expert is a member of the unit they are the expert of, and a person is a member of one unit. */
  expertUnitsPerPerson: 1,
} as const;

/** Page sizes of the paged lists the services clamp without exporting their sizes. */
export const PAGE_SIZES = {
  courses: { default: 20, max: 100 },
  users: { default: 20, max: 100 },
  officialImports: { default: 20, max: 100 },
} as const;
