import { randomUUID } from 'node:crypto';
import { AuthService, CertificateIssuingService, EmailConfirmationService, type OneTimeCodePurpose, PasswordResetService } from '@hocso/server-core';
import { completeTestCourse, createTestCourseVersion, createTestOrgUnit, createTestUser, insertAttemptRow, TEST_PASSWORD, uniqueMobile } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { DataSource } from 'typeorm';
import { PUBLIC_OPERATIONS } from '../test-support/public-operations';
import { changedTables, rowCounter } from '../test-support/row-counts';
import { schemaOperations } from '../test-support/schema-operations';
import { signIn } from '../test-support/sign-in';
import { startTestApi, type TestApi } from '../test-support/test-api';

/**
 * Every operation of the schema, called as each kind of caller on a resource that belongs to someone else:
 * the trainer's course draft, bank and question, a person and an org unit outside the foreign manager's
 * subtree, the learner's enrollment, the administrator's import. The table below is the expected policy;
 * the test fails for an operation of the schema that is missing from it.
 */
const ROLES = ['anonymous', 'learner', 'citizen', 'trainer', 'otherTrainer', 'foreignManager', 'admin'] as const;
type Role = (typeof ROLES)[number];

const EVERYONE: readonly Role[] = ROLES;
const SIGNED_IN: readonly Role[] = ROLES.filter((role) => role !== 'anonymous');
/** The trainer owns (or authors) every course, bank and question of the world; administrators may do anything. */
const OWNER_OR_ADMIN: readonly Role[] = ['trainer', 'admin'];
const TRAINERS_AND_ADMIN: readonly Role[] = ['trainer', 'otherTrainer', 'admin'];
const ADMIN: readonly Role[] = ['admin'];
const MANAGERS_AND_ADMIN: readonly Role[] = ['foreignManager', 'admin'];

interface Call {
  query: string;
  variables?: Record<string, unknown>;
  /** The id of the foreign resource: a caller who may not must not find it anywhere in the answer. */
  target?: string;
}

interface Permission {
  /** Who may: the call succeeds. Everyone else is refused (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND) and gets no data. */
  allowed: readonly Role[];
  /** For a list: which of the allowed callers find the foreign resource in it; the others must not. */
  sees?: readonly Role[];
  /** Refusals other than FORBIDDEN and NOT_FOUND that mean "not yours" for this operation. */
  refusedWith?: readonly string[];
  /** The call ends the caller's sessions: sign in again afterwards. */
  endsSession?: boolean;
  call(world: World, role: Role): Promise<Call> | Call;
}

interface Course {
  courseId: string;
  moduleId: string;
  lessonId: string;
}

interface LearnerCertificate {
  id: string;
  serial: string;
  notificationId: string;
}

/** The resources of the matrix; fresh ones are made for calls that change or consume them. */
interface World {
  unitA: string;
  unitA1: string;
  target: { id: string; email: string; fullName: string };
  candidateEmail: string;
  draft: Course;
  published: Course;
  enrolled: Course & { enrollmentId: string };
  bankId: string;
  questionId: string;
  /** A course exam of the trainer's bank (nobody is enrolled), and a public one. */
  examId: string;
  openExamId: string;
  /** The learner's attempt in progress at the public exam, and a fresh one at a fresh public exam. */
  attemptId: string;
  freshAttempt(): Promise<string>;
  /** The learner's graded attempt at the course exam, taken in unit A1. */
  gradedAttemptId: string;
  importId: string;
  trackCode: string;
  trackId: string;
  learnerId: string;
  /** A requirement of unit A's officials: it covers the target and the learner. */
  requirementId: string;
  freshDraft(): Promise<Course>;
  freshInReview(): Promise<Course>;
  freshEnrolled(): Promise<Course>;
  /** A course the learner has completed. */
  freshCompleted(): Promise<Course & { enrollmentId: string }>;
  freshCoAuthored(): Promise<Course>;
  freshBank(): Promise<string>;
  freshSharedBank(): Promise<string>;
  freshQuestion(): Promise<string>;
  freshUnit(): Promise<string>;
  /** A person of unit A1 (outside the foreign manager's subtree), deactivated when asked. */
  freshPerson(deactivated?: boolean): Promise<string>;
  freshExamOverride(): Promise<string>;
  freshTrustedIssuer(): Promise<string>;
  /** A training requirement over unit A (outside the foreign manager's subtree), not reminded of yet. */
  freshRequirement(): Promise<string>;
  freshComplianceLevel(code: string): Promise<void>;
  /** A pending external certificate of the learner (outside the foreign manager's subtree). */
  freshExternalCertificate(): Promise<string>;
  /** The target exempt from, or with an extension of, the requirement (again: no change). */
  exemptTarget(): Promise<void>;
  extendTarget(): Promise<void>;
  /** The learner's certificate (and the notification of its issue); a fresh one for calls that revoke. */
  certificate: LearnerCertificate;
  freshCertificate(): Promise<LearnerCertificate>;
  /** A bulk certificate job of a fresh course of the trainer, started by the administrator. */
  freshCertificateBatch(): Promise<{ id: string; courseId: string }>;
  /** The trainer's cohort of unit A, with the learner as its member, and a session of that cohort running now. */
  cohortId: string;
  cohortSessionId: string;
  /** A session of the cohort running now that takes walk-ins, and its current check-in code. */
  freshCohortSessionWithCode(): Promise<{ id: string; code: string }>;
  /** A session of the cohort running now that nobody checked in at yet (for calls that cancel it). */
  freshCohortSession(): Promise<string>;
  targetRefreshToken(): Promise<string>;
  targetPasswordToken(): Promise<string>;
  /** A fresh phone-only account and an open one-time code of this purpose for it. */
  freshPhoneCode(purpose: OneTimeCodePurpose): Promise<{ phone: string; code: string }>;
  targetConfirmationToken(): Promise<string>;
}

/** A did:web issuer of its own for each call, with a DID document that names one Ed25519 key. */
function trustedIssuerInput(): Record<string, string> {
  const did = `did:web:issuer-${randomUUID()}.edu.vn`;
  const methodId = `${did}#key-1`;
  const didDocument = { id: did, verificationMethod: [{ id: methodId, type: 'Multikey', controller: did, publicKeyMultibase: 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi' }], assertionMethod: [methodId] };
  return { did, name: 'Trường Đại học Khác', didDocument: JSON.stringify(didDocument) };
}

const EXTERNAL_CERTIFICATE_INPUT = { title: 'An toàn thông tin', issuerName: 'Coursera', hours: 10, issuedOn: '2026-05-01T00:00:00Z', evidenceUrl: 'https://coursera.org/verify/ABC' };

const PERMISSIONS: Record<string, Permission> = {
  'Query.myExternalCertificates': { allowed: SIGNED_IN, call: () => ({ query: '{ myExternalCertificates { id } }' }) },
  'Query.pendingExternalCertificates': {
    allowed: MANAGERS_AND_ADMIN,
    sees: ADMIN,
    call: async (w) => ({ query: '{ pendingExternalCertificates { id holder { id } } }', target: await w.freshExternalCertificate() }),
  },
  'Mutation.submitExternalCertificate': {
    allowed: SIGNED_IN,
    call: () => ({ query: 'mutation ($input: SubmitExternalCertificateInput!) { submitExternalCertificate(input: $input) { id } }', variables: { input: EXTERNAL_CERTIFICATE_INPUT } }),
  },
  'Mutation.reviewExternalCertificate': {
    allowed: ADMIN,
    call: async (w) => ({ query: 'mutation ($id: ID!) { reviewExternalCertificate(id: $id, approve: true) { id status } }', variables: { id: await w.freshExternalCertificate() } }),
  },
  'Query.checkCredential': {
    allowed: EVERYONE,
    call: () => ({ query: 'query ($json: String!) { checkCredential(json: $json) { state } }', variables: { json: JSON.stringify({ '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'], issuer: 'did:key:z6Mk', credentialSubject: {} }) } }),
  },
  'Query.trustedIssuers': { allowed: ADMIN, call: () => ({ query: '{ trustedIssuers { id } }' }) },
  'Mutation.addTrustedIssuer': {
    allowed: ADMIN,
    call: () => ({ query: 'mutation ($input: AddTrustedIssuerInput!) { addTrustedIssuer(input: $input) { id } }', variables: { input: trustedIssuerInput() } }),
  },
  'Mutation.removeTrustedIssuer': {
    allowed: ADMIN,
    call: async (w) => ({ query: 'mutation ($id: ID!) { removeTrustedIssuer(id: $id) { id } }', variables: { id: await w.freshTrustedIssuer() } }),
  },
  'Query.course': { allowed: OWNER_OR_ADMIN, call: (w) => ({ query: 'query ($id: ID!) { course(id: $id) { id title } }', variables: { id: w.draft.courseId }, target: w.draft.courseId }) },
  'Query.courseHighlights': {
    // Published courses only: the trainer's draft is on nobody's home page, not even its author's.
    allowed: EVERYONE,
    sees: [],
    call: (w) => ({ query: '{ courseHighlights(first: 12) { mostEnrolled { id authorNames learnerCount } newest { id } } }', target: w.draft.courseId }),
  },
  'Query.prerequisiteChoices': {
    // Published courses only: the trainer's draft is offered to nobody.
    allowed: TRAINERS_AND_ADMIN,
    sees: [],
    call: (w) => ({ query: 'query ($s: String!) { prerequisiteChoices(search: $s) { id code } }', variables: { s: 'a' }, target: w.draft.courseId }),
  },
  'Query.lessonMarkdownPreview': {
    allowed: TRAINERS_AND_ADMIN,
    call: () => ({ query: '{ lessonMarkdownPreview(markdown: "**Xem trước**") }' }),
  },
  'Query.courses': {
    allowed: TRAINERS_AND_ADMIN,
    sees: OWNER_OR_ADMIN,
    call: (w) => ({ query: '{ courses(status: DRAFT, first: 100) { edges { node { id } } } }', target: w.draft.courseId }),
  },
  'Query.attempt': {
    // The learner's unit is outside the foreign manager's subtree; the trainer edits the exam.
    allowed: ['learner', 'trainer', 'admin'],
    call: (w) => ({ query: 'query ($id: ID!) { attempt(id: $id) { id state } }', variables: { id: w.attemptId }, target: w.attemptId }),
  },
  'Query.exam': {
    // Unit managers monitor exams for the takers of their subtree; nobody here is enrolled in a course with it.
    allowed: ['trainer', 'foreignManager', 'admin'],
    call: (w) => ({ query: 'query ($id: ID!) { exam(id: $id) { id title } }', variables: { id: w.examId }, target: w.examId }),
  },
  'Query.attemptReview': {
    // Its taker and the exam's editors; the foreign manager manages another district.
    allowed: ['learner', 'trainer', 'admin'],
    call: (w) => ({ query: 'query ($id: ID!) { attemptReview(attemptId: $id) { attemptId questions { slot } } }', variables: { id: w.gradedAttemptId }, target: w.gradedAttemptId }),
  },
  'Query.essaysToGrade': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({ query: 'query ($id: ID!) { essaysToGrade(examId: $id) { attemptId } }', variables: { id: w.examId } }),
  },
  'Query.examDay': {
    // Unit managers watch only exams some of whose takers are in their subtree: none of this one's are.
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({ query: 'query ($id: ID!) { examDay(examId: $id) { examId takerCount } }', variables: { id: w.examId }, target: w.examId }),
  },
  'Query.examStatistics': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({ query: 'query ($id: ID!) { examStatistics(examId: $id) { examId attemptCount } }', variables: { id: w.examId }, target: w.examId }),
  },
  'Query.examAttempts': {
    // Unit managers list the attempts taken in their subtrees: the foreign manager's holds none of these.
    allowed: ['trainer', 'foreignManager', 'admin'],
    sees: OWNER_OR_ADMIN,
    call: (w) => ({ query: 'query ($id: ID!) { examAttempts(examId: $id) { id state } }', variables: { id: w.examId }, target: w.gradedAttemptId }),
  },
  'Query.examRuleCounts': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({ query: 'query ($id: ID!) { examRuleCounts(bankId: $id, rules: [{ count: 1 }]) }', variables: { id: w.bankId } }),
  },
  'Query.examsOfBank': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({ query: 'query ($id: ID!) { examsOfBank(bankId: $id) { id } }', variables: { id: w.bankId }, target: w.examId }),
  },
  'Query.openExams': { allowed: SIGNED_IN, sees: SIGNED_IN, call: (w) => ({ query: '{ openExams { id } }', target: w.openExamId }) },
  'Query.exportQuestions': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({ query: 'query ($id: ID!) { exportQuestions(bankId: $id, format: GIFT) }', variables: { id: w.bankId } }),
  },
  'Query.questionExport': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({ query: 'query ($id: ID!) { questionExport(bankId: $id, format: AIKEN) { text skipped { questionId reason } } }', variables: { id: w.bankId }, target: w.questionId }),
  },
  'Query.me': { allowed: EVERYONE, sees: ['learner'], call: (w) => ({ query: '{ me { id } }', target: w.learnerId }) },
  'Query.myAttempts': {
    allowed: SIGNED_IN,
    sees: ['learner'],
    call: (w) => ({ query: 'query ($id: ID!) { myAttempts(examId: $id) { id } }', variables: { id: w.openExamId }, target: w.attemptId }),
  },
  'Query.myCertificates': { allowed: SIGNED_IN, sees: ['learner'], call: (w) => ({ query: '{ myCertificates { id serial } }', target: w.certificate.id }) },
  'Query.myNotifications': { allowed: SIGNED_IN, sees: ['learner'], call: (w) => ({ query: '{ myNotifications { id title } }', target: w.certificate.notificationId }) },
  'Query.unreadNotificationCount': { allowed: SIGNED_IN, call: () => ({ query: '{ unreadNotificationCount }' }) },
  'Query.verifyCertificate': {
    allowed: EVERYONE,
    call: (w) => ({ query: 'query ($serial: String!) { verifyCertificate(serial: $serial) { valid holderName } }', variables: { serial: w.certificate.serial } }),
  },
  'Query.myEnrollments': { allowed: SIGNED_IN, sees: ['learner'], call: (w) => ({ query: '{ myEnrollments { id } }', target: w.enrolled.enrollmentId }) },
  'Query.myQuestionBanks': { allowed: SIGNED_IN, sees: ['trainer'], call: (w) => ({ query: '{ myQuestionBanks { id } }', target: w.bankId }) },
  'Query.officialImport': { allowed: ADMIN, call: (w) => ({ query: 'query ($id: ID!) { officialImport(id: $id) { id } }', variables: { id: w.importId }, target: w.importId }) },
  'Query.officialImportPreview': {
    // A dry run changes nothing: managers and administrators preview; the row naming unit X is rejected for both.
    allowed: MANAGERS_AND_ADMIN,
    call: () => ({
      query: 'query ($input: StartOfficialImportInput!) { officialImportPreview(input: $input) { totalRows rejectedCount } }',
      variables: { input: { fileName: 'can-bo.csv', contentBase64: Buffer.from(`full_name,email,org_unit_code\nNguyễn Văn Xem,xem.${randomUUID()}@test.hocso.vn,X\n`).toString('base64') } },
    }),
  },
  'Query.officialImportRejectedRowsCsv': {
    allowed: ADMIN,
    call: (w) => ({ query: 'query ($id: ID!) { officialImportRejectedRowsCsv(id: $id) }', variables: { id: w.importId } }),
  },
  'Query.officialImports': { allowed: MANAGERS_AND_ADMIN, sees: ADMIN, call: (w) => ({ query: '{ officialImports(first: 100) { id } }', target: w.importId }) },
  'Query.orgUnit': { allowed: EVERYONE, call: (w) => ({ query: 'query ($id: ID!) { orgUnit(id: $id) { id name } }', variables: { id: w.unitA1 }, target: w.unitA1 }) },
  'Query.orgTreeActions': { allowed: EVERYONE, call: () => ({ query: '{ orgTreeActions }' }) },
  // Everyone signed in is answered (an empty list for those who may not list people).
  'Query.peopleListActions': { allowed: SIGNED_IN, call: () => ({ query: '{ peopleListActions }' }) },
  'Query.orgUnits': { allowed: EVERYONE, sees: EVERYONE, call: (w) => ({ query: 'query ($id: ID) { orgUnits(parentId: $id) { id } }', variables: { id: w.unitA }, target: w.unitA1 }) },
  'Query.question': { allowed: OWNER_OR_ADMIN, call: (w) => ({ query: 'query ($id: ID!) { question(id: $id) { id prompt } }', variables: { id: w.questionId }, target: w.questionId }) },
  'Query.questionBank': { allowed: OWNER_OR_ADMIN, call: (w) => ({ query: 'query ($id: ID!) { questionBank(id: $id) { id title } }', variables: { id: w.bankId }, target: w.bankId }) },
  'Query.questionCategories': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({ query: 'query ($id: ID!) { questionCategories(bankId: $id) { path } }', variables: { id: w.bankId } }),
  },
  'Query.questionVersions': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({ query: 'query ($id: ID!) { questionVersions(id: $id) { id } }', variables: { id: w.questionId }, target: w.questionId }),
  },
  'Query.track': { allowed: EVERYONE, call: (w) => ({ query: 'query ($code: String!) { track(code: $code) { id } }', variables: { code: w.trackCode }, target: w.trackId }) },
  'Query.tracks': { allowed: EVERYONE, sees: EVERYONE, call: (w) => ({ query: '{ tracks { id } }', target: w.trackId }) },
  'Query.user': { allowed: ADMIN, call: (w) => ({ query: 'query ($id: ID!) { user(id: $id) { id email } }', variables: { id: w.target.id }, target: w.target.id }) },
  'Query.users': {
    allowed: MANAGERS_AND_ADMIN,
    sees: ADMIN,
    call: (w) => ({ query: 'query ($search: String) { users(search: $search) { edges { node { id } } } }', variables: { search: w.target.fullName }, target: w.target.id }),
  },

  'Mutation.addCourseAuthor': {
    allowed: OWNER_OR_ADMIN,
    call: async (w) => {
      const { courseId } = await w.freshDraft();
      return { query: 'mutation ($id: ID!, $email: String!) { addCourseAuthor(courseId: $id, email: $email) { id } }', variables: { id: courseId, email: w.candidateEmail }, target: courseId };
    },
  },
  'Mutation.addLesson': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({
      query: 'mutation ($input: AddLessonInput!) { addLesson(input: $input) { id } }',
      variables: { input: { moduleId: w.draft.moduleId, kind: 'TEXT', title: 'Bài thêm', body: 'Nội dung' } },
    }),
  },
  'Mutation.addModule': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({ query: 'mutation ($input: AddModuleInput!) { addModule(input: $input) { id } }', variables: { input: { courseId: w.draft.courseId, title: 'Chương thêm' } } }),
  },
  'Mutation.archiveCourse': {
    allowed: OWNER_OR_ADMIN,
    call: async (w) => {
      const { courseId } = await w.freshDraft();
      return { query: 'mutation ($id: ID!) { archiveCourse(courseId: $id) { id status } }', variables: { id: courseId }, target: courseId };
    },
  },
  'Mutation.changePassword': {
    allowed: SIGNED_IN,
    endsSession: true,
    call: () => ({ query: 'mutation ($p: String!) { changePassword(currentPassword: $p, newPassword: $p) }', variables: { p: TEST_PASSWORD } }),
  },
  'Mutation.completeLesson': {
    allowed: ['learner'],
    refusedWith: ['CONFLICT'],
    call: (w) => ({ query: 'mutation ($id: ID!) { completeLesson(lessonId: $id) { id } }', variables: { id: w.enrolled.lessonId }, target: w.enrolled.enrollmentId }),
  },
  'Mutation.confirmEmail': {
    // The link of another account: nobody but its holder, who is none of these callers, may use it.
    allowed: [],
    call: async (w) => ({ query: 'mutation ($t: String!) { confirmEmail(token: $t) }', variables: { t: await w.targetConfirmationToken() } }),
  },
  'Mutation.createCourse': {
    allowed: TRAINERS_AND_ADMIN,
    call: () => ({
      query: 'mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }',
      variables: { input: { code: `MX-${randomUUID().slice(0, 8)}`, title: 'Khóa mới', summary: 'Tóm tắt', hours: 1 } },
    }),
  },
  'Mutation.createExam': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({
      query: 'mutation ($input: CreateExamInput!) { createExam(input: $input) { id } }',
      variables: { input: { title: 'Bài thi mới', bankId: w.bankId, rules: [{ count: 1 }] } },
    }),
  },
  'Query.trainingRequirements': { allowed: MANAGERS_AND_ADMIN, call: () => ({ query: '{ trainingRequirements { id title assignedCount } }' }) },
  'Query.complianceReport': {
    // The foreign manager manages another district.
    allowed: ADMIN,
    call: (w) => ({ query: 'query ($unit: ID) { complianceReport(orgUnitId: $unit) { total { required completed } rows { orgUnit { id } } } }', variables: { unit: w.unitA }, target: w.unitA1 }),
  },
  'Query.unitsWithoutExpert': {
    allowed: MANAGERS_AND_ADMIN,
    sees: ADMIN,
    call: (w) => ({ query: '{ unitsWithoutExpert(kind: "DISTRICT") { id } }', target: w.unitA }),
  },
  'Mutation.createTrainingRequirement': {
    allowed: ADMIN,
    call: (w) => ({
      query: 'mutation ($input: TrainingRequirementInput!) { createTrainingRequirement(input: $input) { id } }',
      variables: { input: { title: 'Kỹ năng số bắt buộc', orgUnitId: w.unitA, courseId: w.published.courseId, dueAt: new Date(Date.now() + 86_400_000).toISOString() } },
    }),
  },
  'Query.compliancePeople': {
    allowed: ADMIN,
    call: (w) => ({ query: 'query ($unit: ID!) { compliancePeople(orgUnitId: $unit) { totalCount items { userId state } } }', variables: { unit: w.unitA }, target: w.target.id }),
  },
  'Query.myTrainingRequirements': { allowed: SIGNED_IN, call: () => ({ query: '{ myTrainingRequirements { requirementId state dueAt coveredThrough { id } } }' }) },
  'Query.myReminderPreferences': { allowed: SIGNED_IN, call: () => ({ query: '{ myReminderPreferences { muteOptional } }' }) },
  'Mutation.setReminderPreferences': { allowed: SIGNED_IN, call: () => ({ query: 'mutation { setReminderPreferences(muteOptional: false) { muteOptional } }' }) },
  'Mutation.exemptFromRequirement': {
    allowed: ADMIN,
    call: (w) => ({
      query: 'mutation ($input: RequirementExemptionInput!) { exemptFromRequirement(input: $input) { state } }',
      variables: { input: { requirementId: w.requirementId, userId: w.target.id, reason: 'Đã học ở nơi khác' } },
    }),
  },
  'Mutation.removeRequirementExemption': {
    allowed: ADMIN,
    call: async (w) => {
      await w.exemptTarget();
      return { query: 'mutation ($req: ID!, $user: ID!) { removeRequirementExemption(requirementId: $req, userId: $user) }', variables: { req: w.requirementId, user: w.target.id } };
    },
  },
  'Mutation.extendRequirementDueDate': {
    allowed: ADMIN,
    call: (w) => ({
      query: 'mutation ($input: RequirementExtensionInput!) { extendRequirementDueDate(input: $input) { dueAt } }',
      variables: { input: { requirementId: w.requirementId, userId: w.target.id, reason: 'Đi công tác', dueAt: new Date(Date.now() + 60 * 86_400_000).toISOString() } },
    }),
  },
  'Mutation.removeRequirementExtension': {
    allowed: ADMIN,
    call: async (w) => {
      await w.extendTarget();
      return { query: 'mutation ($req: ID!, $user: ID!) { removeRequirementExtension(requirementId: $req, userId: $user) }', variables: { req: w.requirementId, user: w.target.id } };
    },
  },
  'Query.complianceLevelReport': {
    allowed: ADMIN,
    call: (w) => ({ query: 'query ($unit: ID) { complianceLevelReport(orgUnitId: $unit) { total { required } rows { levelCode required completed } } }', variables: { unit: w.unitA } }),
  },
  'Query.complianceLevels': { allowed: MANAGERS_AND_ADMIN, call: () => ({ query: '{ complianceLevels { code name unitKinds } }' }) },
  'Query.complianceTrend': {
    allowed: ADMIN,
    call: (w) => ({ query: 'query ($unit: ID) { complianceTrend(orgUnitId: $unit, days: 30) { day rate } }', variables: { unit: w.unitA } }),
  },
  'Query.unitExperts': {
    allowed: MANAGERS_AND_ADMIN,
    sees: ADMIN,
    call: (w) => ({ query: '{ unitExperts(kind: "DISTRICT") { orgUnit { id } experts { id } } }', target: w.unitA }),
  },
  'Mutation.setComplianceLevel': {
    allowed: ADMIN,
    call: () => ({
      query: 'mutation ($input: ComplianceLevelInput!) { setComplianceLevel(input: $input) { code } }',
      variables: { input: { code: `MATRIX_${randomUUID().slice(0, 8).toUpperCase()}`, nameVi: 'Cấp thử', nameEn: 'Test level', unitKinds: ['NO_SUCH_KIND'], sortOrder: 99 } },
    }),
  },
  'Mutation.removeComplianceLevel': {
    allowed: ADMIN,
    call: async (w) => {
      const code = `MATRIX_${randomUUID().slice(0, 8).toUpperCase()}`;
      await w.freshComplianceLevel(code);
      return { query: 'mutation ($code: String!) { removeComplianceLevel(code: $code) }', variables: { code } };
    },
  },
  'Mutation.sendComplianceReminder': {
    allowed: ADMIN,
    call: async (w) => ({ query: 'mutation ($unit: ID!, $req: ID!) { sendComplianceReminder(orgUnitId: $unit, requirementId: $req) { remindedCount } }', variables: { unit: w.unitA, req: await w.freshRequirement() } }),
  },
  'Mutation.setUnitExpert': {
    allowed: ADMIN,
    call: (w) => ({ query: 'mutation ($unit: ID!, $user: ID!) { setUnitExpert(orgUnitId: $unit, userId: $user) { id } }', variables: { unit: w.unitA1, user: w.target.id } }),
  },
  'Query.cohorts': {
    allowed: SIGNED_IN,
    sees: OWNER_OR_ADMIN,
    call: (w) => ({ query: '{ cohorts(first: 100) { edges { node { id } } } }', target: w.cohortId }),
  },
  'Query.cohort': {
    // Its owner, administrators and the managers of unit A (the foreign manager manages another district).
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({ query: 'query ($id: ID!) { cohort(id: $id) { id progress { members } members { edges { node { userId } } } } }', variables: { id: w.cohortId }, target: w.cohortId }),
  },
  'Mutation.createCohort': {
    allowed: TRAINERS_AND_ADMIN,
    call: (w) => ({
      query: 'mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }',
      variables: { input: { name: 'Nhóm cán bộ', orgUnitId: w.unitA, courseId: w.published.courseId, startsOn: '2026-12-07' } },
    }),
  },
  'Query.cohortCandidates': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({ query: 'query ($id: ID!, $search: String!) { cohortCandidates(cohortId: $id, search: $search) { userId member } }', variables: { id: w.cohortId, search: w.target.fullName } }),
  },
  'Mutation.addCohortMembers': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({
      query: 'mutation ($id: ID!, $input: AddCohortMembersInput!) { addCohortMembers(cohortId: $id, input: $input) { added } }',
      variables: { id: w.cohortId, input: { userIds: [w.target.id] } },
      target: w.cohortId,
    }),
  },
  'Query.liveSessions': {
    allowed: SIGNED_IN,
    sees: ['learner', 'trainer', 'admin'],
    call: (w) => ({ query: '{ liveSessions(first: 100) { edges { node { id } } } }', target: w.cohortSessionId }),
  },
  'Query.liveSession': {
    // A cohort's session: its members and whoever sees the cohort.
    allowed: ['learner', 'trainer', 'admin'],
    call: (w) => ({ query: 'query ($id: ID!) { liveSession(id: $id) { id title } }', variables: { id: w.cohortSessionId }, target: w.cohortSessionId }),
  },
  'Query.liveSessionCheckInCode': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({ query: 'query ($id: ID!) { liveSessionCheckInCode(sessionId: $id) { code } }', variables: { id: w.cohortSessionId } }),
  },
  'Mutation.createLiveSession': {
    allowed: TRAINERS_AND_ADMIN,
    call: () => ({
      query: 'mutation ($input: CreateLiveSessionInput!) { createLiveSession(input: $input) { id } }',
      variables: { input: { kind: 'WORKSHOP', title: 'Hội thảo', startsAt: new Date(Date.now() + 86_400_000).toISOString(), endsAt: new Date(Date.now() + 90_000_000).toISOString(), place: 'Hội trường', capacity: 10, creditedHours: 2 } },
    }),
  },
  'Mutation.registerForLiveSession': {
    allowed: ['learner', 'trainer', 'admin'],
    call: (w) => ({ query: 'mutation ($id: ID!) { registerForLiveSession(sessionId: $id) { id registered } }', variables: { id: w.cohortSessionId }, target: w.cohortSessionId }),
  },
  'Mutation.cancelLiveSessionRegistration': {
    allowed: ['learner', 'trainer', 'admin'],
    call: (w) => ({ query: 'mutation ($id: ID!) { cancelLiveSessionRegistration(sessionId: $id) { id registered } }', variables: { id: w.cohortSessionId }, target: w.cohortSessionId }),
  },
  'Query.myExpertUnits': { allowed: SIGNED_IN, call: () => ({ query: '{ myExpertUnits { id } }' }) },
  'Query.organiserActions': { allowed: SIGNED_IN, call: () => ({ query: '{ organiserActions }' }) },
  'Query.liveSessionAttendees': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({ query: 'query ($id: ID!) { liveSessionAttendees(sessionId: $id) { totalCount items { userId hours } } }', variables: { id: w.cohortSessionId } }),
  },
  'Mutation.cancelLiveSession': {
    allowed: OWNER_OR_ADMIN,
    call: async (w) => {
      const id = await w.freshCohortSession();
      return { query: 'mutation ($id: ID!) { cancelLiveSession(sessionId: $id, reason: "Trùng lịch") { id cancelledAt } }', variables: { id }, target: id };
    },
  },
  'Mutation.rescheduleLiveSession': {
    allowed: OWNER_OR_ADMIN,
    call: async (w) => {
      const id = await w.freshCohortSession();
      const startsAt = new Date(Date.now() + 3 * 86_400_000);
      return {
        query: 'mutation ($id: ID!, $input: RescheduleLiveSessionInput!) { rescheduleLiveSession(sessionId: $id, input: $input) { id startsAt } }',
        variables: { id, input: { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString() } },
        target: id,
      };
    },
  },
  'Mutation.checkInToLiveSession': {
    allowed: ['learner', 'trainer', 'admin'],
    call: async (w) => {
      const session = await w.freshCohortSessionWithCode();
      return { query: 'mutation ($id: ID!, $code: String!) { checkInToLiveSession(sessionId: $id, code: $code) { id attended } }', variables: session, target: session.id };
    },
  },
  'Mutation.createOrgUnit': {
    allowed: ADMIN,
    call: (w) => ({
      query: 'mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }',
      variables: { input: { code: `MX-${randomUUID().slice(0, 8)}`, kind: 'HAMLET', name: 'Ấp mới', parentId: w.unitA } },
    }),
  },
  'Mutation.createQuestion': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({
      query: 'mutation ($id: ID!, $input: QuestionInput!) { createQuestion(bankId: $id, input: $input) { id } }',
      variables: { id: w.bankId, input: { type: 'ESSAY', prompt: 'Viết thêm' } },
    }),
  },
  'Mutation.createQuestionBank': {
    allowed: TRAINERS_AND_ADMIN,
    call: () => ({ query: 'mutation ($input: CreateQuestionBankInput!) { createQuestionBank(input: $input) { id } }', variables: { input: { title: 'Ngân hàng mới' } } }),
  },
  'Mutation.createQuestionCategory': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({ query: 'mutation ($id: ID!) { createQuestionCategory(bankId: $id, path: "top/Mới") { path } }', variables: { id: w.bankId } }),
  },
  'Mutation.deleteLesson': {
    allowed: OWNER_OR_ADMIN,
    call: async (w) => {
      const { lessonId } = await w.freshDraft();
      return { query: 'mutation ($id: ID!) { deleteLesson(lessonId: $id) { id } }', variables: { id: lessonId } };
    },
  },
  'Mutation.deleteModule': {
    allowed: OWNER_OR_ADMIN,
    call: async (w) => {
      const { moduleId, courseId } = await w.freshDraft();
      return { query: 'mutation ($id: ID!) { deleteModule(moduleId: $id) { id } }', variables: { id: moduleId }, target: courseId };
    },
  },
  'Mutation.deleteOrgUnit': {
    allowed: ADMIN,
    call: async (w) => ({ query: 'mutation ($id: ID!) { deleteOrgUnit(id: $id) }', variables: { id: await w.freshUnit() } }),
  },
  'Mutation.deleteQuestion': {
    allowed: OWNER_OR_ADMIN,
    call: async (w) => ({ query: 'mutation ($id: ID!) { deleteQuestion(id: $id) }', variables: { id: await w.freshQuestion() } }),
  },
  'Mutation.enroll': { allowed: SIGNED_IN, call: (w) => ({ query: 'mutation ($id: ID!) { enroll(courseId: $id) { id } }', variables: { id: w.published.courseId } }) },
  'Mutation.extendExamDeadlines': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({ query: 'mutation ($id: ID!, $unit: ID!) { extendExamDeadlines(examId: $id, orgUnitId: $unit, minutes: 5) }', variables: { id: w.examId, unit: w.unitA } }),
  },
  'Mutation.gradeAnswer': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({
      query: 'mutation ($id: ID!) { gradeAnswer(attemptId: $id, slot: 1, points: 1, comment: "Tốt") { id state } }',
      variables: { id: w.gradedAttemptId },
      target: w.gradedAttemptId,
    }),
  },
  'Mutation.grantRole': {
    allowed: ADMIN,
    call: (w) => ({ query: 'mutation ($id: ID!) { grantRole(userId: $id, role: TRAINER) { id } }', variables: { id: w.target.id }, target: w.target.id }),
  },
  'Mutation.importQuestions': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({
      query: 'mutation ($input: ImportQuestionsInput!) { importQuestions(input: $input) { imported } }',
      variables: { input: { bankId: w.bankId, format: 'GIFT', content: '::Nhập::Câu hỏi nhập?{T}' } },
    }),
  },
  'Mutation.login': {
    allowed: EVERYONE,
    call: (w) => ({ query: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', variables: { input: { email: w.target.email, password: TEST_PASSWORD } } }),
  },
  'Mutation.logout': {
    allowed: EVERYONE,
    call: async (w) => ({ query: 'mutation ($t: String!) { logout(refreshToken: $t) }', variables: { t: await w.targetRefreshToken() } }),
  },
  'Mutation.moveLesson': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({ query: 'mutation ($id: ID!) { moveLesson(lessonId: $id, position: 1) { id } }', variables: { id: w.draft.lessonId }, target: w.draft.lessonId }),
  },
  'Mutation.moveModule': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({ query: 'mutation ($id: ID!) { moveModule(moduleId: $id, position: 1) { id } }', variables: { id: w.draft.moduleId }, target: w.draft.moduleId }),
  },
  'Mutation.moveOrgUnit': {
    allowed: ADMIN,
    call: async (w) => {
      const id = await w.freshUnit();
      return { query: 'mutation ($id: ID!, $parent: ID) { moveOrgUnit(id: $id, parentId: $parent) { id } }', variables: { id, parent: w.unitA1 }, target: id };
    },
  },
  'Mutation.publishCourse': {
    allowed: ADMIN,
    call: async (w) => {
      const { courseId } = await w.freshInReview();
      return { query: 'mutation ($id: ID!) { publishCourse(courseId: $id) { id } }', variables: { id: courseId }, target: courseId };
    },
  },
  'Mutation.refreshToken': {
    allowed: EVERYONE,
    call: async (w) => ({ query: 'mutation ($t: String!) { refreshToken(refreshToken: $t) { accessToken } }', variables: { t: await w.targetRefreshToken() } }),
  },
  'Mutation.regradeExam': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({
      query: 'mutation ($id: ID!, $question: ID!) { regradeExam(examId: $id, questionId: $question) { changedCount unchanged } }',
      variables: { id: w.examId, question: w.questionId },
    }),
  },
  'Mutation.register': {
    allowed: EVERYONE,
    call: () => ({
      query: 'mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }',
      variables: { input: { fullName: 'Người Mới', email: `moi.${randomUUID()}@test.hocso.vn`, password: 'Hoc-so-2026' } },
    }),
  },
  'Mutation.removeCourseAuthor': {
    allowed: OWNER_OR_ADMIN,
    call: async (w) => {
      const { courseId } = await w.freshCoAuthored();
      return { query: 'mutation ($id: ID!, $email: String!) { removeCourseAuthor(courseId: $id, email: $email) { id } }', variables: { id: courseId, email: w.candidateEmail }, target: courseId };
    },
  },
  'Mutation.removeExamOverride': {
    allowed: OWNER_OR_ADMIN,
    call: async (w) => ({ query: 'mutation ($id: ID!) { removeExamOverride(id: $id) }', variables: { id: await w.freshExamOverride() } }),
  },
  'Mutation.renameOrgUnit': {
    allowed: ADMIN,
    call: (w) => ({ query: 'mutation ($id: ID!) { renameOrgUnit(id: $id, name: "Xã A1") { id } }', variables: { id: w.unitA1 } }),
  },
  'Mutation.renameQuestionBank': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({ query: 'mutation ($id: ID!) { renameQuestionBank(bankId: $id, title: "Ngân hàng của giảng viên") { id } }', variables: { id: w.bankId }, target: w.bankId }),
  },
  'Mutation.resendEmailConfirmation': {
    // Only the self-registered citizen has an address left to confirm; for the others it is already confirmed.
    allowed: ['citizen'],
    refusedWith: ['CONFLICT'],
    call: () => ({ query: 'mutation { resendEmailConfirmation }' }),
  },
  'Mutation.returnCourseToDraft': {
    allowed: ADMIN,
    call: async (w) => {
      const { courseId } = await w.freshInReview();
      return { query: 'mutation ($id: ID!) { returnCourseToDraft(courseId: $id, comment: "Cần sửa chương 1") { id } }', variables: { id: courseId }, target: courseId };
    },
  },
  'Mutation.revokeRole': {
    allowed: ADMIN,
    call: (w) => ({ query: 'mutation ($id: ID!) { revokeRole(userId: $id, role: TRAINER) { id } }', variables: { id: w.target.id }, target: w.target.id }),
  },
  'Mutation.setExamOverride': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({
      query: 'mutation ($input: ExamOverrideInput!) { setExamOverride(input: $input) { id } }',
      variables: { input: { examId: w.examId, userId: w.target.id, timeMultiplier: 1.5 } },
    }),
  },
  'Mutation.setLearnerAccommodation': {
    // The learner is in unit A1, outside the foreign manager's subtree.
    allowed: ADMIN,
    call: (w) => ({ query: 'mutation ($id: ID!) { setLearnerAccommodation(userId: $id, timeMultiplier: 1.25, note: "Cần thêm thời gian") }', variables: { id: w.target.id } }),
  },
  'Mutation.requestPasswordReset': {
    allowed: EVERYONE,
    call: () => ({ query: 'mutation ($input: PasswordResetRequestInput!) { requestPasswordReset(input: $input) }', variables: { input: { email: `nobody-${randomUUID()}@test.hocso.vn` } } }),
  },
  'Mutation.resetPasswordWithCode': {
    allowed: EVERYONE,
    call: async (w) => ({
      query: 'mutation ($input: CodePasswordInput!) { resetPasswordWithCode(input: $input) { accessToken } }',
      variables: { input: { ...(await w.freshPhoneCode('PASSWORD_RESET')), password: TEST_PASSWORD } },
    }),
  },
  'Mutation.activateAccount': {
    allowed: EVERYONE,
    call: async (w) => ({
      query: 'mutation ($input: CodePasswordInput!) { activateAccount(input: $input) { accessToken } }',
      variables: { input: { ...(await w.freshPhoneCode('ACTIVATION')), password: TEST_PASSWORD } },
    }),
  },
  'Mutation.sendPasswordReset': {
    // The target is outside the foreign manager's subtree.
    allowed: ADMIN,
    call: (w) => ({ query: 'mutation ($id: ID!) { sendPasswordReset(userId: $id) }', variables: { id: w.target.id } }),
  },
  'Mutation.setPasswordWithToken': {
    allowed: EVERYONE,
    call: async (w) => ({
      query: 'mutation ($t: String!, $p: String!) { setPasswordWithToken(token: $t, password: $p) { accessToken } }',
      variables: { t: await w.targetPasswordToken(), p: TEST_PASSWORD },
    }),
  },
  'Mutation.shareQuestionBank': {
    allowed: OWNER_OR_ADMIN,
    call: async (w) => {
      const id = await w.freshBank();
      return { query: 'mutation ($id: ID!, $email: String!) { shareQuestionBank(bankId: $id, userEmail: $email) { id } }', variables: { id, email: w.candidateEmail }, target: id };
    },
  },
  'Mutation.startOfficialImport': {
    allowed: MANAGERS_AND_ADMIN,
    call: () => ({
      query: 'mutation ($input: StartOfficialImportInput!) { startOfficialImport(input: $input) { id } }',
      variables: { input: { fileName: 'can-bo.csv', contentBase64: Buffer.from(`full_name,email,org_unit_code\nNguyễn Văn Mới,moi.${randomUUID()}@test.hocso.vn,X\n`).toString('base64') } },
    }),
  },
  'Mutation.submitCourseForReview': {
    allowed: OWNER_OR_ADMIN,
    call: async (w) => {
      const { courseId } = await w.freshDraft();
      return { query: 'mutation ($id: ID!) { submitCourseForReview(courseId: $id) { id } }', variables: { id: courseId }, target: courseId };
    },
  },
  'Mutation.unshareQuestionBank': {
    allowed: OWNER_OR_ADMIN,
    call: async (w) => {
      const id = await w.freshSharedBank();
      return { query: 'mutation ($id: ID!, $email: String!) { unshareQuestionBank(bankId: $id, userEmail: $email) { id } }', variables: { id, email: w.candidateEmail }, target: id };
    },
  },
  'Mutation.updateCourse': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({
      query: 'mutation ($id: ID!, $input: UpdateCourseInput!) { updateCourse(courseId: $id, input: $input) { id } }',
      variables: { id: w.draft.courseId, input: { title: 'Khóa học của giảng viên' } },
      target: w.draft.courseId,
    }),
  },
  'Mutation.saveAnswer': {
    allowed: ['learner'],
    call: (w) => ({
      query: 'mutation ($input: SaveAnswerInput!) { saveAnswer(input: $input) { slot clientSeq } }',
      variables: { input: { attemptId: w.attemptId, slot: 1, clientSeq: 1 } },
    }),
  },
  'Mutation.startAttempt': {
    allowed: SIGNED_IN,
    call: (w) => ({ query: 'mutation ($id: ID!) { startAttempt(examId: $id) { id } }', variables: { id: w.openExamId } }),
  },
  'Mutation.submitAttempt': {
    allowed: ['learner'],
    call: async (w) => {
      const id = await w.freshAttempt();
      return { query: 'mutation ($id: ID!) { submitAttempt(attemptId: $id) { id state } }', variables: { id }, target: id };
    },
  },
  'Mutation.updateExam': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({
      query: 'mutation ($id: ID!, $input: CreateExamInput!) { updateExam(id: $id, input: $input) { id } }',
      variables: { id: w.examId, input: { title: 'Bài thi của giảng viên', bankId: w.bankId, rules: [{ count: 1 }] } },
      target: w.examId,
    }),
  },
  'Mutation.updateLesson': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({
      query: 'mutation ($id: ID!, $input: UpdateLessonInput!) { updateLesson(lessonId: $id, input: $input) { id } }',
      variables: { id: w.draft.lessonId, input: { title: 'Bài 1' } },
      target: w.draft.lessonId,
    }),
  },
  'Mutation.updateModule': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({ query: 'mutation ($id: ID!) { updateModule(moduleId: $id, title: "Chương 1") { id } }', variables: { id: w.draft.moduleId }, target: w.draft.moduleId }),
  },
  'Mutation.updateProfile': {
    allowed: SIGNED_IN,
    call: () => ({ query: 'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }', variables: { input: { fullName: 'Tên Đã Sửa' } } }),
  },
  'Mutation.updateQuestion': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({
      query: 'mutation ($id: ID!, $input: QuestionInput!) { updateQuestion(id: $id, input: $input) { id } }',
      variables: { id: w.questionId, input: { prompt: 'Viết về chuyển đổi số ở xã em' } },
      target: w.questionId,
    }),
  },
  'Mutation.createUser': {
    // Into unit A1, outside the foreign manager's subtree.
    allowed: ADMIN,
    call: (w) => ({
      query: 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      variables: { input: { fullName: 'Người Mới Tạo', email: `tao.${randomUUID()}@test.hocso.vn`, orgUnitId: w.unitA1 } },
    }),
  },
  'Mutation.updateUser': {
    allowed: ADMIN,
    call: (w) => ({
      query: 'mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(userId: $id, input: $input) { id } }',
      variables: { id: w.target.id, input: { position: 'Chuyên viên chính' } },
      target: w.target.id,
    }),
  },
  'Mutation.deactivateUser': {
    allowed: ADMIN,
    call: async (w) => {
      const id = await w.freshPerson();
      return { query: 'mutation ($id: ID!) { deactivateUser(userId: $id) { id } }', variables: { id }, target: id };
    },
  },
  'Mutation.reactivateUser': {
    allowed: ADMIN,
    call: async (w) => {
      const id = await w.freshPerson(true);
      return { query: 'mutation ($id: ID!) { reactivateUser(userId: $id) { id } }', variables: { id }, target: id };
    },
  },
  'Mutation.updateUserMembership': {
    allowed: ADMIN,
    call: (w) => ({
      query: 'mutation ($id: ID!, $input: UpdateMembershipInput!) { updateUserMembership(userId: $id, input: $input) { id } }',
      variables: { id: w.target.id, input: { audience: 'LEADER' } },
      target: w.target.id,
    }),
  },
  'Mutation.markNotificationsRead': {
    // Allowed to all, but each marks only their own: the learner's notification stays unread for the others.
    allowed: SIGNED_IN,
    call: (w) => ({ query: 'mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }', variables: { ids: [w.certificate.notificationId] } }),
  },
  'Mutation.revokeCertificate': {
    allowed: ADMIN,
    call: async (w) => {
      const { id } = await w.freshCertificate();
      return { query: 'mutation ($id: ID!) { revokeCertificate(id: $id, reason: "Cấp nhầm") { id status } }', variables: { id }, target: id };
    },
  },
  'Mutation.reissueCertificate': {
    allowed: ADMIN,
    call: async (w) => {
      const { id } = await w.freshCertificate();
      return { query: 'mutation ($id: ID!) { reissueCertificate(id: $id, reason: "Sửa họ tên") { id serial } }', variables: { id } };
    },
  },
  'Query.courseCertificates': {
    allowed: OWNER_OR_ADMIN,
    call: (w) => ({ query: 'query ($id: ID!) { courseCertificates(courseId: $id, first: 5) { totalCount edges { node { id } } } }', variables: { id: w.published.courseId } }),
  },
  'Query.courseCertificateBatches': {
    allowed: OWNER_OR_ADMIN,
    call: async (w) => {
      const batch = await w.freshCertificateBatch();
      return { query: 'query ($id: ID!) { courseCertificateBatches(courseId: $id) { id state } }', variables: { id: batch.courseId }, target: batch.id };
    },
  },
  'Query.certificateBatch': {
    allowed: OWNER_OR_ADMIN,
    call: async (w) => {
      const batch = await w.freshCertificateBatch();
      return { query: 'query ($id: ID!) { certificateBatch(id: $id) { id total done } }', variables: { id: batch.id }, target: batch.id };
    },
  },
  'Mutation.issueCourseCertificates': {
    allowed: OWNER_OR_ADMIN,
    call: async (w) => {
      const { courseId } = await w.freshDraft();
      return { query: 'mutation ($id: ID!) { issueCourseCertificates(courseId: $id) { id state } }', variables: { id: courseId } };
    },
  },
  'Mutation.reissueCourseCertificates': {
    allowed: OWNER_OR_ADMIN,
    call: async (w) => {
      const { courseId } = await w.freshDraft();
      return { query: 'mutation ($id: ID!) { reissueCourseCertificates(courseId: $id, reason: "Sửa tên khóa học") { id state } }', variables: { id: courseId } };
    },
  },
  'Mutation.retakeCourse': {
    // Only the learner has completed the course; anyone else has no enrollment in it to take again.
    allowed: ['learner'],
    call: async (w) => {
      const { courseId, enrollmentId } = await w.freshCompleted();
      return { query: 'mutation ($id: ID!) { retakeCourse(courseId: $id) { id retakeStartedAt } }', variables: { id: courseId }, target: enrollmentId };
    },
  },
  'Mutation.withdraw': {
    allowed: ['learner'],
    call: async (w) => {
      const { courseId } = await w.freshEnrolled();
      return { query: 'mutation ($id: ID!) { withdraw(courseId: $id) { id } }', variables: { id: courseId } };
    },
  },
};

/** The operation a document calls (its one root field), as `Query.course`. */
function calledOperation(query: string): string {
  const operation = parse(query).definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const fields = operation?.selectionSet.selections.filter((selection) => selection.kind === Kind.FIELD) ?? [];
  if (!operation || fields.length !== 1 || fields[0]?.kind !== Kind.FIELD) throw new Error(`one root field expected in ${query}`);
  return `${operation.operation === 'query' ? 'Query' : 'Mutation'}.${fields[0].name.value}`;
}

describe('authorization matrix: every operation × every kind of caller × a resource of someone else', () => {
  let api: TestApi;
  let db: DataSource;
  let world: World;
  let rowCounts: () => Promise<Record<string, number>>;
  const tokens = new Map<Role, string | undefined>();
  const emails = new Map<Role, string>();
  const tally = { cases: 0, refused: 0, allowed: 0, leaks: 0, wrong: 0 };
  const operationNames = schemaOperations().map((operation) => operation.name);

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    rowCounts = await rowCounter(db);
    const unitA = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    const unitA1 = await createTestOrgUnit(db, { parent: unitA });
    const unitB = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    const people: Record<Exclude<Role, 'anonymous'>, Awaited<ReturnType<typeof createTestUser>>> = {
      learner: await createTestUser(db, { audience: 'OFFICIAL', orgUnitId: unitA1.id }),
      citizen: await createTestUser(db, { emailVerified: false }),
      trainer: await createTestUser(db, { roles: [{ role: 'TRAINER' }] }),
      otherTrainer: await createTestUser(db, { roles: [{ role: 'TRAINER' }] }),
      foreignManager: await createTestUser(db, { audience: 'OFFICIAL', orgUnitId: unitB.id, roles: [{ role: 'UNIT_MANAGER', orgUnitId: unitB.id }] }),
      admin: await createTestUser(db, { roles: [{ role: 'ADMIN' }] }),
    };
    tokens.set('anonymous', undefined);
    for (const [role, person] of Object.entries(people) as Array<[Exclude<Role, 'anonymous'>, { email: string }]>) {
      emails.set(role, person.email);
      tokens.set(role, await signIn(api, person.email));
    }
    const targetName = `Người Ở Xã A1 ${randomUUID().slice(0, 8)}`;
    const target = await createTestUser(db, { audience: 'OFFICIAL', orgUnitId: unitA1.id, fullName: targetName });
    const candidate = await createTestUser(db, { roles: [{ role: 'TRAINER' }] });
    const [{ id: requirementId }] = (await db.query(
      `INSERT INTO training_requirement (title, org_unit_id, audiences, hours, due_at) VALUES ('Kỹ năng số', $1, '{OFFICIAL}', 4, now() + interval '30 days') RETURNING id`,
      [unitA.id],
    )) as Array<{ id: string }>;
    const trackCode = `mx-${randomUUID().slice(0, 8)}`;
    const [{ id: trackId }] = (await db.query(`INSERT INTO track (code, title, description) VALUES ($1, 'Lộ trình thử', 'Mô tả') RETURNING id`, [trackCode])) as Array<{ id: string }>;

    const as = async <T>(role: Role, query: string, variables: Record<string, unknown>): Promise<T> => {
      const response = await api.gql<T>(query, variables, tokens.get(role));
      if (!response.data) throw new Error(`${role}: ${JSON.stringify(response.errors)}`);
      return response.data;
    };
    const freshDraft = async (): Promise<Course> => {
      const { createCourse } = await as<{ createCourse: { id: string } }>('trainer', 'mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }', {
        input: { code: `MX-${randomUUID().slice(0, 8)}`, title: 'Khóa học của giảng viên', summary: 'Tóm tắt', hours: 2 },
      });
      const { addModule } = await as<{ addModule: { id: string } }>('trainer', 'mutation ($input: AddModuleInput!) { addModule(input: $input) { id } }', {
        input: { courseId: createCourse.id, title: 'Chương 1' },
      });
      const { addLesson } = await as<{ addLesson: { id: string } }>('trainer', 'mutation ($input: AddLessonInput!) { addLesson(input: $input) { id } }', {
        input: { moduleId: addModule.id, kind: 'TEXT', title: 'Bài 1', body: '# Bài 1' },
      });
      return { courseId: createCourse.id, moduleId: addModule.id, lessonId: addLesson.id };
    };
    const freshInReview = async (): Promise<Course> => {
      const course = await freshDraft();
      await as('trainer', 'mutation ($id: ID!) { submitCourseForReview(courseId: $id) { id } }', { id: course.courseId });
      return course;
    };
    const freshPublished = async (): Promise<Course> => {
      const course = await freshInReview();
      await as('admin', 'mutation ($id: ID!) { publishCourse(courseId: $id) { id } }', { id: course.courseId });
      return course;
    };
    const freshEnrolled = async (): Promise<Course & { enrollmentId: string }> => {
      const course = await freshPublished();
      const { enroll } = await as<{ enroll: { id: string } }>('learner', 'mutation ($id: ID!) { enroll(courseId: $id) { id } }', { id: course.courseId });
      return { ...course, enrollmentId: enroll.id };
    };
    const freshBank = async (): Promise<string> =>
      (await as<{ createQuestionBank: { id: string } }>('trainer', 'mutation ($input: CreateQuestionBankInput!) { createQuestionBank(input: $input) { id } }', { input: { title: 'Ngân hàng của giảng viên' } }))
        .createQuestionBank.id;
    const bankId = await freshBank();
    const freshQuestion = async (): Promise<string> =>
      (
        await as<{ createQuestion: { id: string } }>('trainer', 'mutation ($id: ID!, $input: QuestionInput!) { createQuestion(bankId: $id, input: $input) { id } }', {
          id: bankId,
          input: { type: 'ESSAY', prompt: 'Viết về chuyển đổi số' },
        })
      ).createQuestion.id;
    const createExam = async (openToAll: boolean): Promise<string> =>
      (
        await as<{ createExam: { id: string } }>('trainer', 'mutation ($input: CreateExamInput!) { createExam(input: $input) { id } }', {
          input: { title: 'Bài thi của giảng viên', bankId, rules: [{ count: 1 }], openToAll },
        })
      ).createExam.id;
    const freshAttempt = async (): Promise<string> =>
      (await as<{ startAttempt: { id: string } }>('learner', 'mutation ($id: ID!) { startAttempt(examId: $id) { id } }', { id: await createExam(true) })).startAttempt.id;
    const questionId = await freshQuestion();
    const openExamId = await createExam(true);
    const { startOfficialImport } = await as<{ startOfficialImport: { id: string } }>(
      'admin',
      'mutation ($input: StartOfficialImportInput!) { startOfficialImport(input: $input) { id } }',
      { input: { fileName: 'can-bo.csv', contentBase64: Buffer.from(`full_name,email,org_unit_code\nNguyễn Văn Ba,ba.${randomUUID()}@test.hocso.vn,${unitA1.code}\n`).toString('base64') } },
    );
    // As the worker records a rejected row: officialImportRejectedRowsCsv then has a file to answer.
    await db.query(
      `UPDATE official_import SET rejected_count = 1, rejected_rows = $2::jsonb WHERE id = $1`,
      [startOfficialImport.id, JSON.stringify([{ row: 2, field: 'email', reason: 'officialImports.emailRequired', params: {} }])],
    );
    const examId = await createExam(false);
    const [{ versionId }] = (await db.query('SELECT current_version_id AS "versionId" FROM question WHERE id = $1', [questionId])) as Array<{ versionId: string }>;
    const gradedAttemptId = await insertAttemptRow(db, {
      examId,
      userId: people.learner.id,
      orgUnitId: unitA1.id,
      slots: [{ slot: 1, questionId, versionId, type: 'ESSAY', maxPoints: 1 }],
      results: [{ slot: 1, fraction: 1, points: 1, outcome: 'CORRECT' }],
    });
    const freshCertificate = async (): Promise<LearnerCertificate> => {
      const enrollmentId = await completeTestCourse(db, people.learner.id, await createTestCourseVersion(db));
      await api.app.get(CertificateIssuingService).issueForEnrollment(enrollmentId);
      const [row] = (await db.query(
        `SELECT c.id, c.serial, n.id AS "notificationId" FROM certificate c JOIN notification n ON n.user_id = c.user_id AND n.params->>'serial' = c.serial WHERE c.enrollment_id = $1`,
        [enrollmentId],
      )) as LearnerCertificate[];
      return row as LearnerCertificate;
    };
    const { createCohort } = await as<{ createCohort: { id: string } }>('trainer', 'mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }', {
      input: { name: 'Nhóm của giảng viên', orgUnitId: unitA.id, courseId: (await freshPublished()).courseId, startsOn: '2026-12-01' },
    });
    await as('trainer', 'mutation ($id: ID!, $input: AddCohortMembersInput!) { addCohortMembers(cohortId: $id, input: $input) { added } }', { id: createCohort.id, input: { userIds: [people.learner.id] } });
    const freshCohortSession = async (allowWalkIn: boolean): Promise<string> =>
      (
        await as<{ createLiveSession: { id: string } }>('trainer', 'mutation ($input: CreateLiveSessionInput!) { createLiveSession(input: $input) { id } }', {
          input: { kind: 'TRAINING', title: 'Tập huấn nhóm', startsAt: new Date(Date.now() - 3_600_000).toISOString(), endsAt: new Date(Date.now() + 7_200_000).toISOString(), place: 'Hội trường xã', capacity: 50, creditedHours: 2, allowWalkIn, cohortId: createCohort.id },
        })
      ).createLiveSession.id;
    const cohortSessionId = await freshCohortSession(false);
    world = {
      cohortId: createCohort.id,
      cohortSessionId,
      freshCohortSession: () => freshCohortSession(false),
      freshCohortSessionWithCode: async () => {
        const id = await freshCohortSession(true);
        const { liveSessionCheckInCode } = await as<{ liveSessionCheckInCode: { code: string } }>('trainer', 'query ($id: ID!) { liveSessionCheckInCode(sessionId: $id) { code } }', { id });
        return { id, code: liveSessionCheckInCode.code };
      },
      unitA: unitA.id,
      unitA1: unitA1.id,
      target: { id: target.id, email: target.email, fullName: targetName },
      candidateEmail: candidate.email,
      draft: await freshDraft(),
      published: await freshPublished(),
      enrolled: await freshEnrolled(),
      freshCompleted: async () => {
        const course = await freshEnrolled();
        await as('learner', 'mutation ($id: ID!) { completeLesson(lessonId: $id) { id } }', { id: course.lessonId });
        return course;
      },
      bankId,
      questionId,
      examId,
      openExamId,
      attemptId: (await as<{ startAttempt: { id: string } }>('learner', 'mutation ($id: ID!) { startAttempt(examId: $id) { id } }', { id: openExamId })).startAttempt.id,
      gradedAttemptId,
      freshAttempt,
      importId: startOfficialImport.id,
      trackCode,
      trackId,
      learnerId: people.learner.id,
      requirementId,
      exemptTarget: async () => {
        await db.query(`INSERT INTO requirement_exemption (requirement_id, user_id, reason) VALUES ($1, $2, 'Miễn') ON CONFLICT DO NOTHING`, [requirementId, target.id]);
      },
      extendTarget: async () => {
        await db.query(`INSERT INTO requirement_extension (requirement_id, user_id, due_at, reason) VALUES ($1, $2, now() + interval '90 days', 'Gia hạn') ON CONFLICT DO NOTHING`, [requirementId, target.id]);
      },
      certificate: await freshCertificate(),
      freshCertificate,
      freshCertificateBatch: async () => {
        const { courseId } = await freshDraft();
        const { issueCourseCertificates } = await as<{ issueCourseCertificates: { id: string } }>('admin', 'mutation ($id: ID!) { issueCourseCertificates(courseId: $id) { id } }', { id: courseId });
        return { id: issueCourseCertificates.id, courseId };
      },
      freshDraft,
      freshInReview,
      freshEnrolled,
      freshCoAuthored: async () => {
        const course = await freshDraft();
        await as('trainer', 'mutation ($id: ID!, $email: String!) { addCourseAuthor(courseId: $id, email: $email) { id } }', { id: course.courseId, email: candidate.email });
        return course;
      },
      freshBank,
      freshSharedBank: async () => {
        const id = await freshBank();
        await as('trainer', 'mutation ($id: ID!, $email: String!) { shareQuestionBank(bankId: $id, userEmail: $email) { id } }', { id, email: candidate.email });
        return id;
      },
      freshQuestion,
      freshUnit: async () => (await createTestOrgUnit(db, { kind: 'HAMLET', parent: unitA })).id,
      freshPerson: async (deactivated = false) => {
        const { id } = await createTestUser(db, { audience: 'OFFICIAL', orgUnitId: unitA1.id });
        if (deactivated) await db.query('UPDATE app_user SET deactivated_at = now() WHERE id = $1', [id]);
        return id;
      },
      freshExamOverride: async () =>
        (
          await as<{ setExamOverride: { id: string } }>('trainer', 'mutation ($input: ExamOverrideInput!) { setExamOverride(input: $input) { id } }', {
            input: { examId: world.examId, orgUnitId: (await createTestOrgUnit(db, { parent: unitA })).id, extraAttempts: 1 },
          })
        ).setExamOverride.id,
      freshExternalCertificate: async () =>
        (
          await as<{ submitExternalCertificate: { id: string } }>('learner', 'mutation ($input: SubmitExternalCertificateInput!) { submitExternalCertificate(input: $input) { id } }', {
            input: EXTERNAL_CERTIFICATE_INPUT,
          })
        ).submitExternalCertificate.id,
      freshRequirement: async () =>
        ((await db.query(`INSERT INTO training_requirement (title, org_unit_id, hours, due_at) VALUES ('Giờ học', $1, 2, now() + interval '30 days') RETURNING id`, [unitA.id])) as Array<{ id: string }>)[0].id,
      freshComplianceLevel: async (code: string) => {
        await db.query(`INSERT INTO compliance_level (code, name_vi, name_en, unit_kinds, sort_order) VALUES ($1, 'Cấp thử', 'Test level', '{NO_SUCH_KIND}', 99)`, [code]);
      },
      freshTrustedIssuer: async () =>
        (await as<{ addTrustedIssuer: { id: string } }>('admin', 'mutation ($input: AddTrustedIssuerInput!) { addTrustedIssuer(input: $input) { id } }', { input: trustedIssuerInput() })).addTrustedIssuer.id,
      targetRefreshToken: async () =>
        (await as<{ login: { refreshToken: string } }>('anonymous', 'mutation ($input: LoginInput!) { login(input: $input) { refreshToken } }', { input: { email: target.email, password: TEST_PASSWORD } }))
          .login.refreshToken,
      targetPasswordToken: () => api.app.get(AuthService).createPasswordToken(target.id),
      freshPhoneCode: async (purpose) => {
        const phone = uniqueMobile();
        const [{ id }]: Array<{ id: string }> = await db.query(`INSERT INTO app_user (full_name, phone, audience) VALUES ('Lê Văn Tổ', $1, 'OFFICIAL') RETURNING id`, [phone.e164]);
        const code = await db.transaction((manager) => api.app.get(PasswordResetService).issueCode(manager, id, purpose, new Date(Date.now() + 600_000)));
        return { phone: phone.typed, code };
      },
      targetConfirmationToken: async () => {
        const mail = await db.transaction((manager) => api.app.get(EmailConfirmationService).createLink(manager, { id: target.id, email: target.email, fullName: targetName }));
        return /token=([\w-]+)/.exec(mail.text)?.[1] as string;
      },
    };
  });

  afterAll(async () => {
    console.log(`authorization matrix: ${tally.cases} cases, ${tally.refused} refused, ${tally.allowed} allowed, ${tally.leaks} leaks, ${tally.wrong} not as the table says`);
    // The track exists for this suite only: the portal's suites count the tracks of the run's database.
    if (world) await db.query('DELETE FROM track WHERE id = $1', [world.trackId]);
    await api?.close();
  });

  it('has an entry for every operation of the schema, and none for an operation that does not exist', () => {
    expect(operationNames.filter((name) => !PERMISSIONS[name])).toEqual([]);
    expect(Object.keys(PERMISSIONS).filter((name) => !operationNames.includes(name))).toEqual([]);
  });

  it('lets anonymous callers do exactly what the public operations allow', () => {
    const anonymous = Object.entries(PERMISSIONS)
      .filter(([, permission]) => permission.allowed.includes('anonymous'))
      .map(([name]) => name);
    expect(anonymous.filter((name) => !PUBLIC_OPERATIONS.includes(name))).toEqual([]);
  });

  it.each(Object.keys(PERMISSIONS).sort())('%s', async (name) => {
    const permission = PERMISSIONS[name] as Permission;
    const outcomes: string[] = [];
    for (const role of ROLES) {
      const call = await permission.call(world, role);
      expect(calledOperation(call.query)).toBe(name);
      const field = name.split('.')[1] as string;
      const before = await rowCounts();
      const response = await api.gql(call.query, call.variables, tokens.get(role));
      tally.cases++;
      const codes = (response.errors ?? []).map((error) => error.extensions?.code ?? '(none)');
      const value = response.data?.[field];
      const found = call.target !== undefined && JSON.stringify(response.data ?? null).includes(call.target);
      let problem: string | null = null;
      if (permission.allowed.includes(role)) {
        tally.allowed++;
        if (codes.length > 0) problem = `refused with ${codes.join(', ')}: ${response.errors?.[0]?.message}`;
        else if (permission.sees && found !== permission.sees.includes(role)) problem = found ? 'finds the resource in the list' : 'does not find the resource in the list';
        else if (!permission.sees && (value === null || value === undefined) && role !== 'anonymous') problem = 'got no data';
        if (permission.sees && found && !permission.sees.includes(role)) tally.leaks++;
      } else {
        tally.refused++;
        const refusals = ['FORBIDDEN', 'NOT_FOUND', ...(permission.refusedWith ?? []), ...(role === 'anonymous' ? ['UNAUTHENTICATED'] : [])];
        if ((value !== null && value !== undefined) || found) {
          tally.leaks++;
          problem = `leak: ${JSON.stringify(response.data).slice(0, 200)}`;
        } else if (codes.length === 0 || !codes.every((code) => refusals.includes(code))) {
          problem = `refused with ${codes.join(', ') || 'nothing'}, expected one of ${refusals.join(', ')}`;
        } else {
          const changed = changedTables(before, await rowCounts());
          if (changed.length > 0) problem = `refused, yet wrote ${changed.join(', ')}`;
        }
      }
      if (problem) {
        tally.wrong++;
        outcomes.push(`${role}: ${problem}`);
      }
      if (permission.endsSession && role !== 'anonymous') tokens.set(role, await signIn(api, emails.get(role) as string));
    }
    expect(outcomes).toEqual([]);
  });
});
