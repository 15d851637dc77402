/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SavedAnswerFields on SavedAnswer {\n    slot\n    clientSeq\n    savedAt\n    optionIds\n    text\n    number\n    boolean\n    matches {\n      prompt\n      answer\n    }\n  }\n": typeof types.SavedAnswerFieldsFragmentDoc,
    "\n  fragment AttemptFields on ExamAttempt {\n    id\n    number\n    state\n    startedAt\n    deadline\n    acceptsUntil\n    serverNow\n    submittedAt\n    autoSubmitted\n    scorePercent\n    scorePoints\n    maxPoints\n    passed\n    exam {\n      id\n      title\n      timeLimitSeconds\n      passPercent\n    }\n    questions {\n      slot\n      type\n      prompt\n      points\n      options {\n        id\n        text\n      }\n      matchPrompts\n      matchPromptsHtml\n      matchChoices\n    }\n    answers {\n      ...SavedAnswerFields\n    }\n  }\n": typeof types.AttemptFieldsFragmentDoc,
    "\n  mutation StartAttempt($examId: ID!) {\n    startAttempt(examId: $examId) {\n      ...AttemptFields\n    }\n  }\n": typeof types.StartAttemptDocument,
    "\n  query Attempt($id: ID!) {\n    attempt(id: $id) {\n      ...AttemptFields\n    }\n  }\n": typeof types.AttemptDocument,
    "\n  mutation SaveAnswer($input: SaveAnswerInput!) {\n    saveAnswer(input: $input) {\n      ...SavedAnswerFields\n    }\n  }\n": typeof types.SaveAnswerDocument,
    "\n  mutation SubmitAttempt($attemptId: ID!) {\n    submitAttempt(attemptId: $attemptId) {\n      id\n      state\n      submittedAt\n      autoSubmitted\n      scorePercent\n      passed\n    }\n  }\n": typeof types.SubmitAttemptDocument,
    "\n  query AttemptReview($attemptId: ID!) {\n    attemptReview(attemptId: $attemptId) {\n      attemptId\n      scorePercent\n      scorePoints\n      maxPoints\n      passed\n      moreVisibleAt\n      visibility {\n        score\n        correctness\n        feedback\n        rightAnswers\n      }\n      attempt {\n        ...AttemptFields\n      }\n      questions {\n        slot\n        type\n        prompt\n        maxPoints\n        outcome\n        points\n        feedback\n        comment\n        rightAnswer\n      }\n    }\n  }\n": typeof types.AttemptReviewDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    fullName\n    email\n    phone\n    position\n    audience\n    roles\n    emailVerified\n    createdAt\n    orgUnit {\n      id\n      code\n      name\n    }\n    roleGrants {\n      role\n      orgUnit {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.RefreshTokenDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SetPasswordWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.SetPasswordWithTokenDocument,
    "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token)\n  }\n": typeof types.ConfirmEmailDocument,
    "\n  mutation ResendEmailConfirmation {\n    resendEmailConfirmation\n  }\n": typeof types.ResendEmailConfirmationDocument,
    "\n  query MyCertificates {\n    myCertificates {\n      id\n      serial\n      holderName\n      courseTitle\n      hours\n      issuedAt\n      status\n      revokedReason\n      verifyUrl\n      pdfUrl\n      pdfReady\n      course {\n        id\n      }\n    }\n  }\n": typeof types.MyCertificatesDocument,
    "\n  query VerifyCertificate($serial: String!) {\n    verifyCertificate(serial: $serial) {\n      serial\n      valid\n      status\n      holderName\n      courseTitle\n      courseVersion\n      hours\n      completedAt\n      issuedAt\n      issuerName\n      revokedReason\n      revokedAt\n      replacedBySerial\n      replacesSerial\n      pdfUrl\n    }\n  }\n": typeof types.VerifyCertificateDocument,
    "\n  fragment CertificateBatchFields on CertificateBatch {\n    id\n    kind\n    state\n    total\n    done\n    failed\n    reason\n    startedByName\n    createdAt\n    finishedAt\n  }\n": typeof types.CertificateBatchFieldsFragmentDoc,
    "\n  query CourseCertificates($courseId: ID!, $first: Int, $after: String) {\n    course(id: $courseId) {\n      id\n      title\n    }\n    courseCertificates(courseId: $courseId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          serial\n          holderName\n          issuedAt\n          status\n          revokedReason\n          pdfUrl\n          pdfReady\n        }\n      }\n    }\n    courseCertificateBatches(courseId: $courseId) {\n      ...CertificateBatchFields\n    }\n  }\n": typeof types.CourseCertificatesDocument,
    "\n  query CertificateBatch($id: ID!) {\n    certificateBatch(id: $id) {\n      ...CertificateBatchFields\n    }\n  }\n": typeof types.CertificateBatchDocument,
    "\n  mutation IssueCourseCertificates($courseId: ID!) {\n    issueCourseCertificates(courseId: $courseId) {\n      ...CertificateBatchFields\n    }\n  }\n": typeof types.IssueCourseCertificatesDocument,
    "\n  mutation ReissueCourseCertificates($courseId: ID!, $reason: String!) {\n    reissueCourseCertificates(courseId: $courseId, reason: $reason) {\n      ...CertificateBatchFields\n    }\n  }\n": typeof types.ReissueCourseCertificatesDocument,
    "\n  fragment CohortSummaryFields on Cohort {\n    id\n    name\n    startsOn\n    memberCount\n    orgUnit {\n      id\n      name\n    }\n    course {\n      id\n      title\n    }\n    track {\n      code\n      title\n    }\n    progress {\n      members\n      completed\n      averageProgress\n    }\n  }\n": typeof types.CohortSummaryFieldsFragmentDoc,
    "\n  query Cohorts($first: Int, $after: String) {\n    cohorts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CohortSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.CohortsDocument,
    "\n  query Cohort($id: ID!, $first: Int, $after: String) {\n    cohort(id: $id) {\n      ...CohortSummaryFields\n      allowedActions\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            userId\n            fullName\n            progress\n            completed\n            lastActivityAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.CohortDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      ...CohortSummaryFields\n    }\n  }\n": typeof types.CreateCohortDocument,
    "\n  mutation AddCohortMembers($cohortId: ID!, $input: AddCohortMembersInput!) {\n    addCohortMembers(cohortId: $cohortId, input: $input) {\n      added\n      enrolled\n      cohort {\n        ...CohortSummaryFields\n      }\n    }\n  }\n": typeof types.AddCohortMembersDocument,
    "\n  query CohortCandidates($cohortId: ID!, $search: String!) {\n    cohortCandidates(cohortId: $cohortId, search: $search) {\n      userId\n      fullName\n      orgUnitName\n      audience\n      member\n    }\n  }\n": typeof types.CohortCandidatesDocument,
    "\n  query ComplianceLevelReport($requirementId: ID, $orgUnitId: ID) {\n    complianceLevelReport(requirementId: $requirementId, orgUnitId: $orgUnitId) {\n      total {\n        required\n        completed\n        rate\n      }\n      rows {\n        levelCode\n        levelName\n        required\n        completed\n        rate\n      }\n    }\n  }\n": typeof types.ComplianceLevelReportDocument,
    "\n  query ComplianceTrend($orgUnitId: ID, $days: Int) {\n    complianceTrend(orgUnitId: $orgUnitId, days: $days) {\n      day\n      required\n      completed\n      rate\n    }\n  }\n": typeof types.ComplianceTrendDocument,
    "\n  query UnitExperts($kind: String) {\n    unitExperts(kind: $kind) {\n      orgUnit {\n        id\n        name\n      }\n      experts {\n        id\n        fullName\n        position\n      }\n    }\n  }\n": typeof types.UnitExpertsDocument,
    "\n  mutation SendComplianceReminder($orgUnitId: ID!, $requirementId: ID!) {\n    sendComplianceReminder(orgUnitId: $orgUnitId, requirementId: $requirementId) {\n      remindedCount\n    }\n  }\n": typeof types.SendComplianceReminderDocument,
    "\n  query ComplianceReport($requirementId: ID, $orgUnitId: ID) {\n    complianceReport(requirementId: $requirementId, orgUnitId: $orgUnitId) {\n      total {\n        orgUnit {\n          id\n          name\n          parent {\n            id\n          }\n        }\n        required\n        completed\n        overdue\n        rate\n      }\n      rows {\n        orgUnit {\n          id\n          name\n          childCount\n        }\n        required\n        completed\n        overdue\n        rate\n      }\n    }\n  }\n": typeof types.ComplianceReportDocument,
    "\n  query TrainingRequirements {\n    trainingRequirements {\n      id\n      title\n      audiences\n      hours\n      dueAt\n      recurrenceMonths\n      renewalWindowDays\n      assignedCount\n      orgUnit {\n        id\n        name\n      }\n      course {\n        id\n        title\n      }\n      track {\n        code\n        title\n      }\n    }\n  }\n": typeof types.TrainingRequirementsDocument,
    "\n  mutation CreateTrainingRequirement($input: TrainingRequirementInput!) {\n    createTrainingRequirement(input: $input) {\n      id\n      title\n      assignedCount\n    }\n  }\n": typeof types.CreateTrainingRequirementDocument,
    "\n  query CompliancePeople($orgUnitId: ID!, $requirementId: ID, $first: Int, $offset: Int) {\n    compliancePeople(orgUnitId: $orgUnitId, requirementId: $requirementId, first: $first, offset: $offset) {\n      totalCount\n      items {\n        requirementId\n        userId\n        fullName\n        state\n        dueAt\n        extended\n        completedAt\n        exemptionReason\n        extensionReason\n        allowedActions\n        orgUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CompliancePeopleDocument,
    "\n  mutation ExemptFromRequirement($input: RequirementExemptionInput!) {\n    exemptFromRequirement(input: $input) {\n      requirementId\n      userId\n      state\n    }\n  }\n": typeof types.ExemptFromRequirementDocument,
    "\n  mutation ExtendRequirementDueDate($input: RequirementExtensionInput!) {\n    extendRequirementDueDate(input: $input) {\n      requirementId\n      userId\n      state\n      dueAt\n    }\n  }\n": typeof types.ExtendRequirementDueDateDocument,
    "\n  mutation RemoveRequirementExemption($requirementId: ID!, $userId: ID!) {\n    removeRequirementExemption(requirementId: $requirementId, userId: $userId)\n  }\n": typeof types.RemoveRequirementExemptionDocument,
    "\n  mutation RemoveRequirementExtension($requirementId: ID!, $userId: ID!) {\n    removeRequirementExtension(requirementId: $requirementId, userId: $userId)\n  }\n": typeof types.RemoveRequirementExtensionDocument,
    "\n  query MyTrainingRequirements {\n    myTrainingRequirements {\n      requirementId\n      title\n      state\n      dueAt\n      extended\n      completedAt\n      expiresAt\n      renewalOpensAt\n      dueForRenewal\n      hours\n      audience\n      coveredThrough {\n        id\n        name\n      }\n      course {\n        id\n        title\n      }\n      track {\n        code\n        title\n      }\n    }\n  }\n": typeof types.MyTrainingRequirementsDocument,
    "\n  query MyReminderPreferences {\n    myReminderPreferences {\n      muteOptional\n    }\n  }\n": typeof types.MyReminderPreferencesDocument,
    "\n  mutation SetReminderPreferences($muteOptional: Boolean!) {\n    setReminderPreferences(muteOptional: $muteOptional) {\n      muteOptional\n    }\n  }\n": typeof types.SetReminderPreferencesDocument,
    "\n  fragment EditorLessonFields on Lesson {\n    id\n    title\n    kind\n    position\n    required\n    body\n    bodyHtml\n    videoUrl\n    transcript\n    file {\n      id\n      name\n      size\n      mimeType\n      url\n    }\n    exam {\n      id\n      title\n      bankId\n    }\n  }\n": typeof types.EditorLessonFieldsFragmentDoc,
    "\n  fragment EditorModuleFields on CourseModule {\n    id\n    title\n    position\n    lessons {\n      ...EditorLessonFields\n    }\n  }\n": typeof types.EditorModuleFieldsFragmentDoc,
    "\n  fragment EditorCourseFields on Course {\n    id\n    code\n    title\n    summary\n    hours\n    coverImageUrl\n    prerequisiteCodes\n    status\n    revisionStatus\n    reviewComment\n    submittedAt\n    submittedBy\n    canEdit\n    allowedActions\n    publishedAt\n    updatedAt\n    version\n    trackPlacements {\n      position\n      mandatory\n      track {\n        id\n        code\n        title\n        titleEn\n      }\n    }\n  }\n": typeof types.EditorCourseFieldsFragmentDoc,
    "\n  query CourseEditor($id: ID!) {\n    course(id: $id) {\n      ...EditorCourseFields\n      versions {\n        version\n        publishedAt\n        learnerCount\n      }\n      modules {\n        ...EditorModuleFields\n      }\n    }\n  }\n": typeof types.CourseEditorDocument,
    "\n  query TeachCourses($status: CourseStatus, $first: Int, $after: String) {\n    courses(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EditorCourseFields\n        }\n      }\n    }\n  }\n": typeof types.TeachCoursesDocument,
    "\n  query CourseTracks {\n    tracks {\n      id\n      code\n      title\n      titleEn\n    }\n  }\n": typeof types.CourseTracksDocument,
    "\n  mutation CreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      ...EditorCourseFields\n    }\n  }\n": typeof types.CreateCourseDocument,
    "\n  mutation UpdateCourse($courseId: ID!, $input: UpdateCourseInput!) {\n    updateCourse(courseId: $courseId, input: $input) {\n      ...EditorCourseFields\n    }\n  }\n": typeof types.UpdateCourseDocument,
    "\n  mutation AddModule($input: AddModuleInput!) {\n    addModule(input: $input) {\n      ...EditorModuleFields\n    }\n  }\n": typeof types.AddModuleDocument,
    "\n  mutation UpdateModule($moduleId: ID!, $title: String!) {\n    updateModule(moduleId: $moduleId, title: $title) {\n      id\n      title\n    }\n  }\n": typeof types.UpdateModuleDocument,
    "\n  mutation MoveModule($moduleId: ID!, $position: Int!) {\n    moveModule(moduleId: $moduleId, position: $position) {\n      id\n      position\n    }\n  }\n": typeof types.MoveModuleDocument,
    "\n  mutation DeleteModule($moduleId: ID!) {\n    deleteModule(moduleId: $moduleId) {\n      id\n    }\n  }\n": typeof types.DeleteModuleDocument,
    "\n  mutation AddLesson($input: AddLessonInput!) {\n    addLesson(input: $input) {\n      ...EditorLessonFields\n    }\n  }\n": typeof types.AddLessonDocument,
    "\n  mutation UpdateLesson($lessonId: ID!, $input: UpdateLessonInput!) {\n    updateLesson(lessonId: $lessonId, input: $input) {\n      ...EditorLessonFields\n    }\n  }\n": typeof types.UpdateLessonDocument,
    "\n  mutation MoveLesson($lessonId: ID!, $moduleId: ID, $position: Int!) {\n    moveLesson(lessonId: $lessonId, moduleId: $moduleId, position: $position) {\n      id\n      position\n    }\n  }\n": typeof types.MoveLessonDocument,
    "\n  mutation DeleteLesson($lessonId: ID!) {\n    deleteLesson(lessonId: $lessonId) {\n      id\n    }\n  }\n": typeof types.DeleteLessonDocument,
    "\n  mutation SubmitCourseForReview($courseId: ID!) {\n    submitCourseForReview(courseId: $courseId) {\n      ...EditorCourseFields\n    }\n  }\n": typeof types.SubmitCourseForReviewDocument,
    "\n  mutation PublishCourse($courseId: ID!) {\n    publishCourse(courseId: $courseId) {\n      ...EditorCourseFields\n    }\n  }\n": typeof types.PublishCourseDocument,
    "\n  mutation ReturnCourseToDraft($courseId: ID!, $comment: String!) {\n    returnCourseToDraft(courseId: $courseId, comment: $comment) {\n      ...EditorCourseFields\n    }\n  }\n": typeof types.ReturnCourseToDraftDocument,
    "\n  mutation ArchiveCourse($courseId: ID!) {\n    archiveCourse(courseId: $courseId) {\n      ...EditorCourseFields\n    }\n  }\n": typeof types.ArchiveCourseDocument,
    "\n  mutation AddCourseAuthor($courseId: ID!, $email: String!) {\n    addCourseAuthor(courseId: $courseId, email: $email) {\n      id\n      allowedActions\n      authors {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": typeof types.AddCourseAuthorDocument,
    "\n  mutation RemoveCourseAuthor($courseId: ID!, $email: String!) {\n    removeCourseAuthor(courseId: $courseId, email: $email) {\n      id\n      canEdit\n      allowedActions\n    }\n  }\n": typeof types.RemoveCourseAuthorDocument,
    "\n  query CourseAuthors($id: ID!) {\n    course(id: $id) {\n      id\n      allowedActions\n      authors {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": typeof types.CourseAuthorsDocument,
    "\n  query CourseReviewContent($id: ID!) {\n    course(id: $id) {\n      id\n      modules {\n        ...EditorModuleFields\n      }\n      versions(live: true) {\n        version\n        live\n        modules {\n          ...EditorModuleFields\n        }\n      }\n    }\n  }\n": typeof types.CourseReviewContentDocument,
    "\n  query LessonMarkdownPreview($markdown: String!) {\n    lessonMarkdownPreview(markdown: $markdown)\n  }\n": typeof types.LessonMarkdownPreviewDocument,
    "\n  query PrerequisiteChoices($search: String!) {\n    prerequisiteChoices(search: $search) {\n      id\n      code\n      title\n    }\n  }\n": typeof types.PrerequisiteChoicesDocument,
    "\n  fragment CourseCardFields on Course {\n    id\n    code\n    title\n    summary\n    hours\n    coverImageUrl\n    status\n    trackPlacements {\n      position\n      mandatory\n      track {\n        id\n        code\n        title\n        titleEn\n      }\n    }\n  }\n": typeof types.CourseCardFieldsFragmentDoc,
    "\n  query CatalogueCourses($search: String, $trackCode: String, $first: Int, $after: String) {\n    courses(search: $search, trackCode: $trackCode, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CourseCardFields\n        }\n      }\n    }\n  }\n": typeof types.CatalogueCoursesDocument,
    "\n  query TrackWithCourses($code: String!) {\n    track(code: $code) {\n      id\n      code\n      title\n      titleEn\n      description\n      descriptionEn\n      audiences\n      courseEntries {\n        position\n        mandatory\n        course {\n          ...CourseCardFields\n        }\n      }\n    }\n  }\n": typeof types.TrackWithCoursesDocument,
    "\n  fragment CourseEnrollmentFields on Enrollment {\n    id\n    status\n    progress\n    completedLessonIds\n    enrolledAt\n    completedAt\n    retakeStartedAt\n    dueAt\n    source\n    version\n    certificate {\n      id\n      serial\n      status\n      pdfUrl\n      verifyUrl\n      pdfReady\n    }\n  }\n": typeof types.CourseEnrollmentFieldsFragmentDoc,
    "\n  query CourseDetail($id: ID!) {\n    course(id: $id) {\n      ...CourseCardFields\n      prerequisiteCodes\n      publishedAt\n      updatedAt\n      authorNames\n      learnerCount\n      version\n      revisionStatus\n      canEdit\n      modules {\n        id\n        title\n        position\n        lessons {\n          id\n          title\n          kind\n          position\n          required\n        }\n      }\n      myEnrollment {\n        ...CourseEnrollmentFields\n        completions {\n          number\n          completedAt\n          version\n        }\n      }\n    }\n  }\n": typeof types.CourseDetailDocument,
    "\n  fragment LessonPlayerFields on Lesson {\n    id\n    title\n    kind\n    position\n    required\n    bodyHtml\n    videoUrl\n    transcript\n    file {\n      id\n      name\n      size\n      mimeType\n      url\n    }\n    exam {\n      id\n      title\n      questionCount\n      timeLimitSeconds\n      passPercent\n    }\n  }\n": typeof types.LessonPlayerFieldsFragmentDoc,
    "\n  query CoursePlayer($id: ID!) {\n    course(id: $id) {\n      id\n      code\n      title\n      version\n      canEdit\n      modules {\n        id\n        title\n        position\n        lessons {\n          ...LessonPlayerFields\n        }\n      }\n      myEnrollment {\n        ...CourseEnrollmentFields\n      }\n    }\n  }\n": typeof types.CoursePlayerDocument,
    "\n  mutation Enroll($courseId: ID!) {\n    enroll(courseId: $courseId) {\n      ...CourseEnrollmentFields\n    }\n  }\n": typeof types.EnrollDocument,
    "\n  mutation Withdraw($courseId: ID!) {\n    withdraw(courseId: $courseId) {\n      ...CourseEnrollmentFields\n    }\n  }\n": typeof types.WithdrawDocument,
    "\n  mutation RetakeCourse($courseId: ID!) {\n    retakeCourse(courseId: $courseId) {\n      ...CourseEnrollmentFields\n    }\n  }\n": typeof types.RetakeCourseDocument,
    "\n  mutation CompleteLesson($lessonId: ID!) {\n    completeLesson(lessonId: $lessonId) {\n      ...CourseEnrollmentFields\n    }\n  }\n": typeof types.CompleteLessonDocument,
    "\n  query MyEnrollments {\n    myEnrollments {\n      ...CourseEnrollmentFields\n      course {\n        id\n        code\n        title\n        hours\n        modules {\n          id\n          lessons {\n            id\n            title\n            required\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyEnrollmentsDocument,
    "\n  query CheckCredential($json: String!) {\n    checkCredential(json: $json) {\n      state\n      warnings\n      signatureVerified\n      message\n      revoked\n      trustedIssuerName\n      trustedIssuerLogoUrl\n      issuerId\n      issuerName\n      credentialName\n      holderName\n      achievementName\n      validFrom\n      validUntil\n    }\n  }\n": typeof types.CheckCredentialDocument,
    "\n  query TrustedIssuers {\n    trustedIssuers {\n      id\n      did\n      name\n      logoUrl\n    }\n  }\n": typeof types.TrustedIssuersDocument,
    "\n  mutation AddTrustedIssuer($input: AddTrustedIssuerInput!) {\n    addTrustedIssuer(input: $input) {\n      id\n    }\n  }\n": typeof types.AddTrustedIssuerDocument,
    "\n  mutation RemoveTrustedIssuer($id: ID!) {\n    removeTrustedIssuer(id: $id) {\n      id\n    }\n  }\n": typeof types.RemoveTrustedIssuerDocument,
    "\n  fragment ExamAttemptRowFields on ExamAttempt {\n    id\n    number\n    state\n    startedAt\n    deadline\n    submittedAt\n    autoSubmitted\n    scorePercent\n    scorePoints\n    maxPoints\n    passed\n    user {\n      id\n      fullName\n      email\n    }\n    orgUnit {\n      id\n      name\n    }\n  }\n": typeof types.ExamAttemptRowFieldsFragmentDoc,
    "\n  query ExamAttempts($examId: ID!, $orgUnitId: ID, $state: AttemptState) {\n    exam(id: $examId) {\n      id\n      title\n      allowedActions\n    }\n    examAttempts(examId: $examId, orgUnitId: $orgUnitId, state: $state) {\n      ...ExamAttemptRowFields\n    }\n  }\n": typeof types.ExamAttemptsDocument,
    "\n  query EssaysToGrade($examId: ID!) {\n    exam(id: $examId) {\n      id\n      title\n      allowedActions\n    }\n    essaysToGrade(examId: $examId) {\n      attemptId\n      slot\n      prompt\n      text\n      maxPoints\n      submittedAt\n    }\n  }\n": typeof types.EssaysToGradeDocument,
    "\n  mutation GradeAnswer($attemptId: ID!, $slot: Int!, $points: Float!, $comment: String) {\n    gradeAnswer(attemptId: $attemptId, slot: $slot, points: $points, comment: $comment) {\n      id\n      state\n      scorePercent\n      passed\n    }\n  }\n": typeof types.GradeAnswerDocument,
    "\n  mutation RegradeExam($examId: ID!, $questionId: ID!) {\n    regradeExam(examId: $examId, questionId: $questionId) {\n      changedCount\n      unchanged\n      inProgress\n      changed {\n        attemptId\n        beforePercent\n        afterPercent\n      }\n    }\n  }\n": typeof types.RegradeExamDocument,
    "\n  query ExamStatistics($examId: ID!) {\n    exam(id: $examId) {\n      id\n      title\n      passPercent\n      allowedActions\n    }\n    examStatistics(examId: $examId) {\n      attemptCount\n      meanPercent\n      medianPercent\n      standardDeviation\n      cronbachAlpha\n      histogram {\n        fromPercent\n        toPercent\n        count\n      }\n      questions {\n        slot\n        questionId\n        type\n        promptExcerpt\n        attempts\n        facility\n        discrimination\n        flags\n      }\n    }\n  }\n": typeof types.ExamStatisticsDocument,
    "\n  query ExamDay($examId: ID!, $orgUnitId: ID) {\n    exam(id: $examId) {\n      id\n      title\n      allowedActions\n      closesAt\n    }\n    examDay(examId: $examId, orgUnitId: $orgUnitId) {\n      serverNow\n      takerCount\n      units {\n        notStarted\n        inProgress\n        submitted\n        overdue\n        orgUnit {\n          id\n          name\n        }\n      }\n      takers {\n        attemptId\n        state\n        lastSavedAt\n        deadline\n        user {\n          id\n          fullName\n        }\n        orgUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ExamDayDocument,
    "\n  mutation ExtendExamDeadlines($examId: ID!, $orgUnitId: ID!, $minutes: Int!) {\n    extendExamDeadlines(examId: $examId, orgUnitId: $orgUnitId, minutes: $minutes)\n  }\n": typeof types.ExtendExamDeadlinesDocument,
    "\n  fragment ExamSummaryFields on Exam {\n    id\n    title\n    questionCount\n    timeLimitSeconds\n    maxAttempts\n    passPercent\n    gradingMethod\n    opensAt\n    closesAt\n    openToAll\n    allowedActions\n  }\n": typeof types.ExamSummaryFieldsFragmentDoc,
    "\n  fragment ExamLearnerFields on Exam {\n    ...ExamSummaryFields\n    instructions\n    attemptDelaySeconds\n    graceSeconds\n    myAttemptsLeft\n    myNextAttemptAt\n    myBestPercent\n    myPassed\n  }\n": typeof types.ExamLearnerFieldsFragmentDoc,
    "\n  fragment ExamEditorFields on Exam {\n    ...ExamSummaryFields\n    bankId\n    attemptCount\n    instructions\n    attemptDelaySeconds\n    graceSeconds\n    shuffleQuestions\n    shuffleOptions\n    rules {\n      category\n      count\n      points\n    }\n    reviewPolicy {\n      score\n      correctness\n      feedback\n      rightAnswers\n    }\n  }\n": typeof types.ExamEditorFieldsFragmentDoc,
    "\n  fragment ExamOverrideFields on ExamOverride {\n    id\n    userId\n    orgUnitId\n    timeMultiplier\n    extraAttempts\n    opensAt\n    closesAt\n  }\n": typeof types.ExamOverrideFieldsFragmentDoc,
    "\n  query ExamLanding($id: ID!) {\n    exam(id: $id) {\n      ...ExamLearnerFields\n    }\n    myAttempts(examId: $id) {\n      id\n      number\n      state\n      startedAt\n      submittedAt\n      autoSubmitted\n      deadline\n      scorePercent\n      passed\n    }\n  }\n": typeof types.ExamLandingDocument,
    "\n  query OpenExams {\n    openExams {\n      ...ExamSummaryFields\n      instructions\n      myAttemptsLeft\n      myBestPercent\n      myPassed\n    }\n  }\n": typeof types.OpenExamsDocument,
    "\n  query ExamsOfBank($bankId: ID!) {\n    examsOfBank(bankId: $bankId) {\n      ...ExamSummaryFields\n    }\n  }\n": typeof types.ExamsOfBankDocument,
    "\n  query ExamEditor($id: ID!) {\n    exam(id: $id) {\n      ...ExamEditorFields\n    }\n  }\n": typeof types.ExamEditorDocument,
    "\n  query ExamRuleCounts($bankId: ID!, $rules: [ExamRuleInput!]!) {\n    examRuleCounts(bankId: $bankId, rules: $rules)\n  }\n": typeof types.ExamRuleCountsDocument,
    "\n  mutation CreateExam($input: CreateExamInput!) {\n    createExam(input: $input) {\n      ...ExamEditorFields\n    }\n  }\n": typeof types.CreateExamDocument,
    "\n  mutation UpdateExam($id: ID!, $input: CreateExamInput!) {\n    updateExam(id: $id, input: $input) {\n      ...ExamEditorFields\n    }\n  }\n": typeof types.UpdateExamDocument,
    "\n  query ExamOverrides($id: ID!) {\n    exam(id: $id) {\n      id\n      title\n      allowedActions\n      overrides {\n        ...ExamOverrideFields\n      }\n    }\n  }\n": typeof types.ExamOverridesDocument,
    "\n  mutation SetExamOverride($input: ExamOverrideInput!) {\n    setExamOverride(input: $input) {\n      ...ExamOverrideFields\n    }\n  }\n": typeof types.SetExamOverrideDocument,
    "\n  mutation RemoveExamOverride($id: ID!) {\n    removeExamOverride(id: $id)\n  }\n": typeof types.RemoveExamOverrideDocument,
    "\n  mutation SetLearnerAccommodation($userId: ID!, $timeMultiplier: Float!, $note: String) {\n    setLearnerAccommodation(userId: $userId, timeMultiplier: $timeMultiplier, note: $note)\n  }\n": typeof types.SetLearnerAccommodationDocument,
    "\n  query ExamManage($id: ID!) {\n    exam(id: $id) {\n      id\n      title\n      bankId\n      questionCount\n      openToAll\n      allowedActions\n    }\n  }\n": typeof types.ExamManageDocument,
    "\n  query MyExternalCertificates {\n    myExternalCertificates {\n      id\n      title\n      issuerName\n      hours\n      issuedOn\n      status\n      signatureVerified\n      reviewReason\n      evidenceUrl\n      evidenceFile {\n        id\n        name\n        mimeType\n        url\n      }\n      hasCredential\n      verificationState\n      verificationMessage\n      submittedAt\n    }\n  }\n": typeof types.MyExternalCertificatesDocument,
    "\n  query PendingExternalCertificates {\n    pendingExternalCertificates {\n      id\n      title\n      issuerName\n      hours\n      issuedOn\n      status\n      signatureVerified\n      reviewReason\n      evidenceUrl\n      evidenceFile {\n        id\n        name\n        mimeType\n        url\n      }\n      hasCredential\n      verificationState\n      verificationMessage\n      submittedAt\n      holder {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": typeof types.PendingExternalCertificatesDocument,
    "\n  mutation SubmitExternalCertificate($input: SubmitExternalCertificateInput!) {\n    submitExternalCertificate(input: $input) {\n      id\n      title\n      issuerName\n      hours\n      issuedOn\n      status\n      signatureVerified\n      reviewReason\n      evidenceUrl\n      evidenceFile {\n        id\n        name\n        mimeType\n        url\n      }\n      hasCredential\n      verificationState\n      verificationMessage\n      submittedAt\n    }\n  }\n": typeof types.SubmitExternalCertificateDocument,
    "\n  mutation ReviewExternalCertificate($id: ID!, $approve: Boolean!, $reason: String) {\n    reviewExternalCertificate(id: $id, approve: $approve, reason: $reason) {\n      id\n      title\n      issuerName\n      hours\n      issuedOn\n      status\n      signatureVerified\n      reviewReason\n      evidenceUrl\n      evidenceFile {\n        id\n        name\n        mimeType\n        url\n      }\n      hasCredential\n      verificationState\n      verificationMessage\n      submittedAt\n    }\n  }\n": typeof types.ReviewExternalCertificateDocument,
    "\n  fragment HomeCourseFields on Course {\n    id\n    code\n    title\n    summary\n    hours\n    coverImageUrl\n    learnerCount\n  }\n": typeof types.HomeCourseFieldsFragmentDoc,
    "\n  query HomeCourses($first: Int) {\n    courseHighlights(first: $first) {\n      mostEnrolled {\n        ...HomeCourseFields\n      }\n      newest {\n        ...HomeCourseFields\n      }\n    }\n  }\n": typeof types.HomeCoursesDocument,
    "\n  query HomeLearning {\n    myEnrollments {\n      id\n      status\n      progress\n      lastActiveAt\n      retakeStartedAt\n      completedLessonIds\n      course {\n        id\n        title\n        coverImageUrl\n        modules {\n          id\n          lessons {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.HomeLearningDocument,
    "\n  query HomeTrack($code: String!) {\n    track(code: $code) {\n      id\n      code\n      title\n      titleEn\n      courseEntries {\n        position\n        mandatory\n        course {\n          id\n          code\n          title\n          hours\n          myEnrollment {\n            id\n            status\n            progress\n          }\n        }\n      }\n    }\n  }\n": typeof types.HomeTrackDocument,
    "\n  fragment LiveSessionCardFields on LiveSession {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    capacity\n    seatsLeft\n    registered\n    attended\n    creditedHours\n    cancelledAt\n  }\n": typeof types.LiveSessionCardFieldsFragmentDoc,
    "\n  query UpcomingLiveSessions($first: Int, $after: String) {\n    liveSessions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...LiveSessionCardFields\n        }\n      }\n    }\n  }\n": typeof types.UpcomingLiveSessionsDocument,
    "\n  query LiveSession($id: ID!) {\n    liveSession(id: $id) {\n      ...LiveSessionCardFields\n      description\n      registeredCount\n      attendedCount\n      allowWalkIn\n      calendarPath\n      cancelReason\n      allowedActions\n      cohort {\n        id\n        name\n      }\n      course {\n        id\n        title\n      }\n    }\n  }\n": typeof types.LiveSessionDocument,
    "\n  mutation RegisterForLiveSession($id: ID!) {\n    registerForLiveSession(sessionId: $id) {\n      ...LiveSessionCardFields\n      registeredCount\n      allowedActions\n    }\n  }\n": typeof types.RegisterForLiveSessionDocument,
    "\n  mutation CancelLiveSessionRegistration($id: ID!) {\n    cancelLiveSessionRegistration(sessionId: $id) {\n      ...LiveSessionCardFields\n      registeredCount\n      allowedActions\n    }\n  }\n": typeof types.CancelLiveSessionRegistrationDocument,
    "\n  mutation CheckInToLiveSession($id: ID!, $code: String!) {\n    checkInToLiveSession(sessionId: $id, code: $code) {\n      ...LiveSessionCardFields\n      attendedCount\n      allowedActions\n    }\n  }\n": typeof types.CheckInToLiveSessionDocument,
    "\n  query LiveSessionCheckInCode($id: ID!) {\n    liveSessionCheckInCode(sessionId: $id) {\n      code\n      refreshAt\n      stepSeconds\n    }\n    liveSession(id: $id) {\n      id\n      title\n      kind\n      attendedCount\n      registeredCount\n    }\n  }\n": typeof types.LiveSessionCheckInCodeDocument,
    "\n  query OrganiserActions {\n    organiserActions\n    myExpertUnits {\n      id\n      name\n    }\n  }\n": typeof types.OrganiserActionsDocument,
    "\n  mutation CreateLiveSession($input: CreateLiveSessionInput!) {\n    createLiveSession(input: $input) {\n      ...LiveSessionCardFields\n    }\n  }\n": typeof types.CreateLiveSessionDocument,
    "\n  mutation CancelLiveSession($id: ID!, $reason: String!) {\n    cancelLiveSession(sessionId: $id, reason: $reason) {\n      ...LiveSessionCardFields\n      cancelReason\n      allowedActions\n    }\n  }\n": typeof types.CancelLiveSessionDocument,
    "\n  mutation RescheduleLiveSession($id: ID!, $input: RescheduleLiveSessionInput!) {\n    rescheduleLiveSession(sessionId: $id, input: $input) {\n      ...LiveSessionCardFields\n      allowedActions\n    }\n  }\n": typeof types.RescheduleLiveSessionDocument,
    "\n  query LiveSessionAttendees($id: ID!, $first: Int, $offset: Int) {\n    liveSessionAttendees(sessionId: $id, first: $first, offset: $offset) {\n      totalCount\n      items {\n        userId\n        fullName\n        registration\n        registeredAt\n        checkedInAt\n        hours\n        walkIn\n      }\n    }\n  }\n": typeof types.LiveSessionAttendeesDocument,
    "\n  query MyNotifications {\n    unreadNotificationCount\n    myNotifications(first: 20) {\n      id\n      kind\n      params\n      title\n      body\n      createdAt\n      read\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment OfficialImportFields on OfficialImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    createdCount\n    updatedCount\n    rejectedCount\n    percent\n    error\n    createdAt\n    finishedAt\n  }\n": typeof types.OfficialImportFieldsFragmentDoc,
    "\n  fragment RejectedRowFields on RejectedRow {\n    row\n    field\n    message\n    reason\n  }\n": typeof types.RejectedRowFieldsFragmentDoc,
    "\n  query OfficialImport($id: ID!) {\n    officialImport(id: $id) {\n      ...OfficialImportFields\n      rejectedRows {\n        ...RejectedRowFields\n      }\n    }\n  }\n": typeof types.OfficialImportDocument,
    "\n  query OfficialImportRejectedRows($id: ID!, $first: Int, $after: Int) {\n    officialImport(id: $id) {\n      id\n      rejectedRows(first: $first, after: $after) {\n        ...RejectedRowFields\n      }\n    }\n  }\n": typeof types.OfficialImportRejectedRowsDocument,
    "\n  query OfficialImports($first: Int) {\n    officialImports(first: $first) {\n      ...OfficialImportFields\n    }\n  }\n": typeof types.OfficialImportsDocument,
    "\n  mutation StartOfficialImport($input: StartOfficialImportInput!) {\n    startOfficialImport(input: $input) {\n      ...OfficialImportFields\n    }\n  }\n": typeof types.StartOfficialImportDocument,
    "\n  query OfficialImportPreview($input: StartOfficialImportInput!) {\n    officialImportPreview(input: $input) {\n      totalRows\n      createCount\n      updateCount\n      rejectedCount\n      changes {\n        row\n        outcome\n        fullName\n        email\n        phone\n        orgUnitCode\n      }\n      rejectedRows {\n        ...RejectedRowFields\n      }\n      rejectedRowsCsv\n    }\n  }\n": typeof types.OfficialImportPreviewDocument,
    "\n  query OfficialImportRejectedRowsCsv($id: ID!) {\n    officialImportRejectedRowsCsv(id: $id)\n  }\n": typeof types.OfficialImportRejectedRowsCsvDocument,
    "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    code\n    name\n    kind\n    childCount\n    memberCount\n    allowedActions\n  }\n": typeof types.OrgUnitFieldsFragmentDoc,
    "\n  query OrgTreeActions {\n    orgTreeActions\n  }\n": typeof types.OrgTreeActionsDocument,
    "\n  query OrgUnits($parentId: ID) {\n    orgUnits(parentId: $parentId) {\n      ...OrgUnitFields\n    }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  query OrgUnit($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitFields\n      parent {\n        id\n      }\n      path {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.OrgUnitDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitFields\n    }\n  }\n": typeof types.CreateOrgUnitDocument,
    "\n  mutation RenameOrgUnit($id: ID!, $name: String!) {\n    renameOrgUnit(id: $id, name: $name) {\n      ...OrgUnitFields\n    }\n  }\n": typeof types.RenameOrgUnitDocument,
    "\n  mutation MoveOrgUnit($id: ID!, $parentId: ID) {\n    moveOrgUnit(id: $id, parentId: $parentId) {\n      ...OrgUnitFields\n      parent {\n        id\n      }\n    }\n  }\n": typeof types.MoveOrgUnitDocument,
    "\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id)\n  }\n": typeof types.DeleteOrgUnitDocument,
    "\n  mutation RequestPasswordReset($input: PasswordResetRequestInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPasswordWithCode($input: CodePasswordInput!) {\n    resetPasswordWithCode(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.ResetPasswordWithCodeDocument,
    "\n  mutation ActivateAccount($input: CodePasswordInput!) {\n    activateAccount(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.ActivateAccountDocument,
    "\n  mutation SendPasswordReset($userId: ID!) {\n    sendPasswordReset(userId: $userId)\n  }\n": typeof types.SendPasswordResetDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment QuestionBankSummaryFields on QuestionBank {\n    id\n    title\n    ownerId\n    updatedAt\n    categories {\n      id\n      path\n      questionCount\n    }\n  }\n": typeof types.QuestionBankSummaryFieldsFragmentDoc,
    "\n  fragment QuestionCategoryFields on QuestionCategory {\n    id\n    path\n    name\n    parentPath\n    depth\n    questionCount\n  }\n": typeof types.QuestionCategoryFieldsFragmentDoc,
    "\n  fragment QuestionBankDetailFields on QuestionBank {\n    id\n    title\n    ownerId\n    updatedAt\n    allowedActions\n    categories {\n      ...QuestionCategoryFields\n    }\n    collaborators {\n      userId\n      fullName\n      email\n      role\n    }\n  }\n": typeof types.QuestionBankDetailFieldsFragmentDoc,
    "\n  fragment QuestionSummaryFields on Question {\n    id\n    type\n    name\n    prompt\n    promptFormat\n    category\n    tags\n    version\n    defaultPoints\n  }\n": typeof types.QuestionSummaryFieldsFragmentDoc,
    "\n  fragment QuestionFields on Question {\n    id\n    versionId\n    version\n    isCurrentVersion\n    type\n    name\n    idNumber\n    prompt\n    promptFormat\n    category\n    tags\n    defaultPoints\n    generalFeedback\n    options {\n      id\n      text\n      fraction\n      feedback\n    }\n    correctBoolean\n    trueFeedback\n    falseFeedback\n    caseSensitive\n    numericAnswers {\n      value\n      tolerance\n      fraction\n      feedback\n    }\n    matchPairs {\n      prompt\n      answer\n    }\n    shuffleAnswers\n    penalty\n    correctFeedback\n    partiallyCorrectFeedback\n    incorrectFeedback\n    graderInfo\n    attachments {\n      id\n      name\n      mimeType\n      url\n    }\n    updatedAt\n  }\n": typeof types.QuestionFieldsFragmentDoc,
    "\n  query MyQuestionBanks {\n    myQuestionBanks {\n      ...QuestionBankSummaryFields\n    }\n  }\n": typeof types.MyQuestionBanksDocument,
    "\n  query QuestionBank($id: ID!) {\n    questionBank(id: $id) {\n      ...QuestionBankDetailFields\n    }\n  }\n": typeof types.QuestionBankDocument,
    "\n  query QuestionBankQuestionPage($id: ID!, $category: String, $search: String, $first: Int, $after: String) {\n    questionBank(id: $id) {\n      id\n      questionPage(category: $category, search: $search, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...QuestionSummaryFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.QuestionBankQuestionPageDocument,
    "\n  query Question($id: ID!) {\n    question(id: $id) {\n      ...QuestionFields\n    }\n  }\n": typeof types.QuestionDocument,
    "\n  query QuestionExport($bankId: ID!, $format: QuestionFormat!, $category: String, $questionIds: [ID!]) {\n    questionExport(bankId: $bankId, format: $format, category: $category, questionIds: $questionIds) {\n      text\n      questionCount\n      skipped {\n        questionId\n        name\n        message\n      }\n    }\n  }\n": typeof types.QuestionExportDocument,
    "\n  mutation CreateQuestionBank($input: CreateQuestionBankInput!) {\n    createQuestionBank(input: $input) {\n      ...QuestionBankSummaryFields\n    }\n  }\n": typeof types.CreateQuestionBankDocument,
    "\n  mutation RenameQuestionBank($bankId: ID!, $title: String!) {\n    renameQuestionBank(bankId: $bankId, title: $title) {\n      id\n      title\n      updatedAt\n    }\n  }\n": typeof types.RenameQuestionBankDocument,
    "\n  mutation ShareQuestionBank($bankId: ID!, $userEmail: String!) {\n    shareQuestionBank(bankId: $bankId, userEmail: $userEmail) {\n      ...QuestionBankDetailFields\n    }\n  }\n": typeof types.ShareQuestionBankDocument,
    "\n  mutation UnshareQuestionBank($bankId: ID!, $userEmail: String!) {\n    unshareQuestionBank(bankId: $bankId, userEmail: $userEmail) {\n      ...QuestionBankDetailFields\n    }\n  }\n": typeof types.UnshareQuestionBankDocument,
    "\n  mutation ImportQuestions($input: ImportQuestionsInput!) {\n    importQuestions(input: $input) {\n      imported\n      errors {\n        line\n        message\n        reason\n      }\n    }\n  }\n": typeof types.ImportQuestionsDocument,
    "\n  mutation CreateQuestion($bankId: ID!, $input: QuestionInput!) {\n    createQuestion(bankId: $bankId, input: $input) {\n      ...QuestionFields\n    }\n  }\n": typeof types.CreateQuestionDocument,
    "\n  mutation UpdateQuestion($id: ID!, $input: QuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      ...QuestionFields\n    }\n  }\n": typeof types.UpdateQuestionDocument,
    "\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n": typeof types.DeleteQuestionDocument,
    "\n  mutation CreateQuestionCategory($bankId: ID!, $path: String!) {\n    createQuestionCategory(bankId: $bankId, path: $path) {\n      ...QuestionCategoryFields\n    }\n  }\n": typeof types.CreateQuestionCategoryDocument,
    "\n  query Tracks {\n    tracks {\n      id\n      code\n      title\n      titleEn\n      description\n      descriptionEn\n      audiences\n    }\n  }\n": typeof types.TracksDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    fullName\n    email\n    phone\n    position\n    audience\n    roles\n    emailVerified\n    deactivatedAt\n    allowedActions\n    grantableRoles\n    orgUnit {\n      id\n      code\n      name\n    }\n    roleGrants {\n      role\n      revocable\n      orgUnit {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.AdminUserFieldsFragmentDoc,
    "\n  query Users($search: String, $orgUnitId: ID, $role: Role, $deactivated: Boolean, $first: Int, $after: String) {\n    peopleListActions\n    users(search: $search, orgUnitId: $orgUnitId, role: $role, deactivated: $deactivated, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AdminUserFields\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation GrantRole($userId: ID!, $role: Role!, $orgUnitId: ID) {\n    grantRole(userId: $userId, role: $role, orgUnitId: $orgUnitId) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation RevokeRole($userId: ID!, $role: Role!, $orgUnitId: ID) {\n    revokeRole(userId: $userId, role: $role, orgUnitId: $orgUnitId) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.RevokeRoleDocument,
    "\n  mutation UpdateUserMembership($userId: ID!, $input: UpdateMembershipInput!) {\n    updateUserMembership(userId: $userId, input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.UpdateUserMembershipDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($userId: ID!, $input: UpdateUserInput!) {\n    updateUser(userId: $userId, input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.ReactivateUserDocument,
};
const documents: Documents = {
    "\n  fragment SavedAnswerFields on SavedAnswer {\n    slot\n    clientSeq\n    savedAt\n    optionIds\n    text\n    number\n    boolean\n    matches {\n      prompt\n      answer\n    }\n  }\n": types.SavedAnswerFieldsFragmentDoc,
    "\n  fragment AttemptFields on ExamAttempt {\n    id\n    number\n    state\n    startedAt\n    deadline\n    acceptsUntil\n    serverNow\n    submittedAt\n    autoSubmitted\n    scorePercent\n    scorePoints\n    maxPoints\n    passed\n    exam {\n      id\n      title\n      timeLimitSeconds\n      passPercent\n    }\n    questions {\n      slot\n      type\n      prompt\n      points\n      options {\n        id\n        text\n      }\n      matchPrompts\n      matchPromptsHtml\n      matchChoices\n    }\n    answers {\n      ...SavedAnswerFields\n    }\n  }\n": types.AttemptFieldsFragmentDoc,
    "\n  mutation StartAttempt($examId: ID!) {\n    startAttempt(examId: $examId) {\n      ...AttemptFields\n    }\n  }\n": types.StartAttemptDocument,
    "\n  query Attempt($id: ID!) {\n    attempt(id: $id) {\n      ...AttemptFields\n    }\n  }\n": types.AttemptDocument,
    "\n  mutation SaveAnswer($input: SaveAnswerInput!) {\n    saveAnswer(input: $input) {\n      ...SavedAnswerFields\n    }\n  }\n": types.SaveAnswerDocument,
    "\n  mutation SubmitAttempt($attemptId: ID!) {\n    submitAttempt(attemptId: $attemptId) {\n      id\n      state\n      submittedAt\n      autoSubmitted\n      scorePercent\n      passed\n    }\n  }\n": types.SubmitAttemptDocument,
    "\n  query AttemptReview($attemptId: ID!) {\n    attemptReview(attemptId: $attemptId) {\n      attemptId\n      scorePercent\n      scorePoints\n      maxPoints\n      passed\n      moreVisibleAt\n      visibility {\n        score\n        correctness\n        feedback\n        rightAnswers\n      }\n      attempt {\n        ...AttemptFields\n      }\n      questions {\n        slot\n        type\n        prompt\n        maxPoints\n        outcome\n        points\n        feedback\n        comment\n        rightAnswer\n      }\n    }\n  }\n": types.AttemptReviewDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    fullName\n    email\n    phone\n    position\n    audience\n    roles\n    emailVerified\n    createdAt\n    orgUnit {\n      id\n      code\n      name\n    }\n    roleGrants {\n      role\n      orgUnit {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.RefreshTokenDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  mutation SetPasswordWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.SetPasswordWithTokenDocument,
    "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token)\n  }\n": types.ConfirmEmailDocument,
    "\n  mutation ResendEmailConfirmation {\n    resendEmailConfirmation\n  }\n": types.ResendEmailConfirmationDocument,
    "\n  query MyCertificates {\n    myCertificates {\n      id\n      serial\n      holderName\n      courseTitle\n      hours\n      issuedAt\n      status\n      revokedReason\n      verifyUrl\n      pdfUrl\n      pdfReady\n      course {\n        id\n      }\n    }\n  }\n": types.MyCertificatesDocument,
    "\n  query VerifyCertificate($serial: String!) {\n    verifyCertificate(serial: $serial) {\n      serial\n      valid\n      status\n      holderName\n      courseTitle\n      courseVersion\n      hours\n      completedAt\n      issuedAt\n      issuerName\n      revokedReason\n      revokedAt\n      replacedBySerial\n      replacesSerial\n      pdfUrl\n    }\n  }\n": types.VerifyCertificateDocument,
    "\n  fragment CertificateBatchFields on CertificateBatch {\n    id\n    kind\n    state\n    total\n    done\n    failed\n    reason\n    startedByName\n    createdAt\n    finishedAt\n  }\n": types.CertificateBatchFieldsFragmentDoc,
    "\n  query CourseCertificates($courseId: ID!, $first: Int, $after: String) {\n    course(id: $courseId) {\n      id\n      title\n    }\n    courseCertificates(courseId: $courseId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          serial\n          holderName\n          issuedAt\n          status\n          revokedReason\n          pdfUrl\n          pdfReady\n        }\n      }\n    }\n    courseCertificateBatches(courseId: $courseId) {\n      ...CertificateBatchFields\n    }\n  }\n": types.CourseCertificatesDocument,
    "\n  query CertificateBatch($id: ID!) {\n    certificateBatch(id: $id) {\n      ...CertificateBatchFields\n    }\n  }\n": types.CertificateBatchDocument,
    "\n  mutation IssueCourseCertificates($courseId: ID!) {\n    issueCourseCertificates(courseId: $courseId) {\n      ...CertificateBatchFields\n    }\n  }\n": types.IssueCourseCertificatesDocument,
    "\n  mutation ReissueCourseCertificates($courseId: ID!, $reason: String!) {\n    reissueCourseCertificates(courseId: $courseId, reason: $reason) {\n      ...CertificateBatchFields\n    }\n  }\n": types.ReissueCourseCertificatesDocument,
    "\n  fragment CohortSummaryFields on Cohort {\n    id\n    name\n    startsOn\n    memberCount\n    orgUnit {\n      id\n      name\n    }\n    course {\n      id\n      title\n    }\n    track {\n      code\n      title\n    }\n    progress {\n      members\n      completed\n      averageProgress\n    }\n  }\n": types.CohortSummaryFieldsFragmentDoc,
    "\n  query Cohorts($first: Int, $after: String) {\n    cohorts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CohortSummaryFields\n        }\n      }\n    }\n  }\n": types.CohortsDocument,
    "\n  query Cohort($id: ID!, $first: Int, $after: String) {\n    cohort(id: $id) {\n      ...CohortSummaryFields\n      allowedActions\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            userId\n            fullName\n            progress\n            completed\n            lastActivityAt\n          }\n        }\n      }\n    }\n  }\n": types.CohortDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      ...CohortSummaryFields\n    }\n  }\n": types.CreateCohortDocument,
    "\n  mutation AddCohortMembers($cohortId: ID!, $input: AddCohortMembersInput!) {\n    addCohortMembers(cohortId: $cohortId, input: $input) {\n      added\n      enrolled\n      cohort {\n        ...CohortSummaryFields\n      }\n    }\n  }\n": types.AddCohortMembersDocument,
    "\n  query CohortCandidates($cohortId: ID!, $search: String!) {\n    cohortCandidates(cohortId: $cohortId, search: $search) {\n      userId\n      fullName\n      orgUnitName\n      audience\n      member\n    }\n  }\n": types.CohortCandidatesDocument,
    "\n  query ComplianceLevelReport($requirementId: ID, $orgUnitId: ID) {\n    complianceLevelReport(requirementId: $requirementId, orgUnitId: $orgUnitId) {\n      total {\n        required\n        completed\n        rate\n      }\n      rows {\n        levelCode\n        levelName\n        required\n        completed\n        rate\n      }\n    }\n  }\n": types.ComplianceLevelReportDocument,
    "\n  query ComplianceTrend($orgUnitId: ID, $days: Int) {\n    complianceTrend(orgUnitId: $orgUnitId, days: $days) {\n      day\n      required\n      completed\n      rate\n    }\n  }\n": types.ComplianceTrendDocument,
    "\n  query UnitExperts($kind: String) {\n    unitExperts(kind: $kind) {\n      orgUnit {\n        id\n        name\n      }\n      experts {\n        id\n        fullName\n        position\n      }\n    }\n  }\n": types.UnitExpertsDocument,
    "\n  mutation SendComplianceReminder($orgUnitId: ID!, $requirementId: ID!) {\n    sendComplianceReminder(orgUnitId: $orgUnitId, requirementId: $requirementId) {\n      remindedCount\n    }\n  }\n": types.SendComplianceReminderDocument,
    "\n  query ComplianceReport($requirementId: ID, $orgUnitId: ID) {\n    complianceReport(requirementId: $requirementId, orgUnitId: $orgUnitId) {\n      total {\n        orgUnit {\n          id\n          name\n          parent {\n            id\n          }\n        }\n        required\n        completed\n        overdue\n        rate\n      }\n      rows {\n        orgUnit {\n          id\n          name\n          childCount\n        }\n        required\n        completed\n        overdue\n        rate\n      }\n    }\n  }\n": types.ComplianceReportDocument,
    "\n  query TrainingRequirements {\n    trainingRequirements {\n      id\n      title\n      audiences\n      hours\n      dueAt\n      recurrenceMonths\n      renewalWindowDays\n      assignedCount\n      orgUnit {\n        id\n        name\n      }\n      course {\n        id\n        title\n      }\n      track {\n        code\n        title\n      }\n    }\n  }\n": types.TrainingRequirementsDocument,
    "\n  mutation CreateTrainingRequirement($input: TrainingRequirementInput!) {\n    createTrainingRequirement(input: $input) {\n      id\n      title\n      assignedCount\n    }\n  }\n": types.CreateTrainingRequirementDocument,
    "\n  query CompliancePeople($orgUnitId: ID!, $requirementId: ID, $first: Int, $offset: Int) {\n    compliancePeople(orgUnitId: $orgUnitId, requirementId: $requirementId, first: $first, offset: $offset) {\n      totalCount\n      items {\n        requirementId\n        userId\n        fullName\n        state\n        dueAt\n        extended\n        completedAt\n        exemptionReason\n        extensionReason\n        allowedActions\n        orgUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CompliancePeopleDocument,
    "\n  mutation ExemptFromRequirement($input: RequirementExemptionInput!) {\n    exemptFromRequirement(input: $input) {\n      requirementId\n      userId\n      state\n    }\n  }\n": types.ExemptFromRequirementDocument,
    "\n  mutation ExtendRequirementDueDate($input: RequirementExtensionInput!) {\n    extendRequirementDueDate(input: $input) {\n      requirementId\n      userId\n      state\n      dueAt\n    }\n  }\n": types.ExtendRequirementDueDateDocument,
    "\n  mutation RemoveRequirementExemption($requirementId: ID!, $userId: ID!) {\n    removeRequirementExemption(requirementId: $requirementId, userId: $userId)\n  }\n": types.RemoveRequirementExemptionDocument,
    "\n  mutation RemoveRequirementExtension($requirementId: ID!, $userId: ID!) {\n    removeRequirementExtension(requirementId: $requirementId, userId: $userId)\n  }\n": types.RemoveRequirementExtensionDocument,
    "\n  query MyTrainingRequirements {\n    myTrainingRequirements {\n      requirementId\n      title\n      state\n      dueAt\n      extended\n      completedAt\n      expiresAt\n      renewalOpensAt\n      dueForRenewal\n      hours\n      audience\n      coveredThrough {\n        id\n        name\n      }\n      course {\n        id\n        title\n      }\n      track {\n        code\n        title\n      }\n    }\n  }\n": types.MyTrainingRequirementsDocument,
    "\n  query MyReminderPreferences {\n    myReminderPreferences {\n      muteOptional\n    }\n  }\n": types.MyReminderPreferencesDocument,
    "\n  mutation SetReminderPreferences($muteOptional: Boolean!) {\n    setReminderPreferences(muteOptional: $muteOptional) {\n      muteOptional\n    }\n  }\n": types.SetReminderPreferencesDocument,
    "\n  fragment EditorLessonFields on Lesson {\n    id\n    title\n    kind\n    position\n    required\n    body\n    bodyHtml\n    videoUrl\n    transcript\n    file {\n      id\n      name\n      size\n      mimeType\n      url\n    }\n    exam {\n      id\n      title\n      bankId\n    }\n  }\n": types.EditorLessonFieldsFragmentDoc,
    "\n  fragment EditorModuleFields on CourseModule {\n    id\n    title\n    position\n    lessons {\n      ...EditorLessonFields\n    }\n  }\n": types.EditorModuleFieldsFragmentDoc,
    "\n  fragment EditorCourseFields on Course {\n    id\n    code\n    title\n    summary\n    hours\n    coverImageUrl\n    prerequisiteCodes\n    status\n    revisionStatus\n    reviewComment\n    submittedAt\n    submittedBy\n    canEdit\n    allowedActions\n    publishedAt\n    updatedAt\n    version\n    trackPlacements {\n      position\n      mandatory\n      track {\n        id\n        code\n        title\n        titleEn\n      }\n    }\n  }\n": types.EditorCourseFieldsFragmentDoc,
    "\n  query CourseEditor($id: ID!) {\n    course(id: $id) {\n      ...EditorCourseFields\n      versions {\n        version\n        publishedAt\n        learnerCount\n      }\n      modules {\n        ...EditorModuleFields\n      }\n    }\n  }\n": types.CourseEditorDocument,
    "\n  query TeachCourses($status: CourseStatus, $first: Int, $after: String) {\n    courses(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EditorCourseFields\n        }\n      }\n    }\n  }\n": types.TeachCoursesDocument,
    "\n  query CourseTracks {\n    tracks {\n      id\n      code\n      title\n      titleEn\n    }\n  }\n": types.CourseTracksDocument,
    "\n  mutation CreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      ...EditorCourseFields\n    }\n  }\n": types.CreateCourseDocument,
    "\n  mutation UpdateCourse($courseId: ID!, $input: UpdateCourseInput!) {\n    updateCourse(courseId: $courseId, input: $input) {\n      ...EditorCourseFields\n    }\n  }\n": types.UpdateCourseDocument,
    "\n  mutation AddModule($input: AddModuleInput!) {\n    addModule(input: $input) {\n      ...EditorModuleFields\n    }\n  }\n": types.AddModuleDocument,
    "\n  mutation UpdateModule($moduleId: ID!, $title: String!) {\n    updateModule(moduleId: $moduleId, title: $title) {\n      id\n      title\n    }\n  }\n": types.UpdateModuleDocument,
    "\n  mutation MoveModule($moduleId: ID!, $position: Int!) {\n    moveModule(moduleId: $moduleId, position: $position) {\n      id\n      position\n    }\n  }\n": types.MoveModuleDocument,
    "\n  mutation DeleteModule($moduleId: ID!) {\n    deleteModule(moduleId: $moduleId) {\n      id\n    }\n  }\n": types.DeleteModuleDocument,
    "\n  mutation AddLesson($input: AddLessonInput!) {\n    addLesson(input: $input) {\n      ...EditorLessonFields\n    }\n  }\n": types.AddLessonDocument,
    "\n  mutation UpdateLesson($lessonId: ID!, $input: UpdateLessonInput!) {\n    updateLesson(lessonId: $lessonId, input: $input) {\n      ...EditorLessonFields\n    }\n  }\n": types.UpdateLessonDocument,
    "\n  mutation MoveLesson($lessonId: ID!, $moduleId: ID, $position: Int!) {\n    moveLesson(lessonId: $lessonId, moduleId: $moduleId, position: $position) {\n      id\n      position\n    }\n  }\n": types.MoveLessonDocument,
    "\n  mutation DeleteLesson($lessonId: ID!) {\n    deleteLesson(lessonId: $lessonId) {\n      id\n    }\n  }\n": types.DeleteLessonDocument,
    "\n  mutation SubmitCourseForReview($courseId: ID!) {\n    submitCourseForReview(courseId: $courseId) {\n      ...EditorCourseFields\n    }\n  }\n": types.SubmitCourseForReviewDocument,
    "\n  mutation PublishCourse($courseId: ID!) {\n    publishCourse(courseId: $courseId) {\n      ...EditorCourseFields\n    }\n  }\n": types.PublishCourseDocument,
    "\n  mutation ReturnCourseToDraft($courseId: ID!, $comment: String!) {\n    returnCourseToDraft(courseId: $courseId, comment: $comment) {\n      ...EditorCourseFields\n    }\n  }\n": types.ReturnCourseToDraftDocument,
    "\n  mutation ArchiveCourse($courseId: ID!) {\n    archiveCourse(courseId: $courseId) {\n      ...EditorCourseFields\n    }\n  }\n": types.ArchiveCourseDocument,
    "\n  mutation AddCourseAuthor($courseId: ID!, $email: String!) {\n    addCourseAuthor(courseId: $courseId, email: $email) {\n      id\n      allowedActions\n      authors {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": types.AddCourseAuthorDocument,
    "\n  mutation RemoveCourseAuthor($courseId: ID!, $email: String!) {\n    removeCourseAuthor(courseId: $courseId, email: $email) {\n      id\n      canEdit\n      allowedActions\n    }\n  }\n": types.RemoveCourseAuthorDocument,
    "\n  query CourseAuthors($id: ID!) {\n    course(id: $id) {\n      id\n      allowedActions\n      authors {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": types.CourseAuthorsDocument,
    "\n  query CourseReviewContent($id: ID!) {\n    course(id: $id) {\n      id\n      modules {\n        ...EditorModuleFields\n      }\n      versions(live: true) {\n        version\n        live\n        modules {\n          ...EditorModuleFields\n        }\n      }\n    }\n  }\n": types.CourseReviewContentDocument,
    "\n  query LessonMarkdownPreview($markdown: String!) {\n    lessonMarkdownPreview(markdown: $markdown)\n  }\n": types.LessonMarkdownPreviewDocument,
    "\n  query PrerequisiteChoices($search: String!) {\n    prerequisiteChoices(search: $search) {\n      id\n      code\n      title\n    }\n  }\n": types.PrerequisiteChoicesDocument,
    "\n  fragment CourseCardFields on Course {\n    id\n    code\n    title\n    summary\n    hours\n    coverImageUrl\n    status\n    trackPlacements {\n      position\n      mandatory\n      track {\n        id\n        code\n        title\n        titleEn\n      }\n    }\n  }\n": types.CourseCardFieldsFragmentDoc,
    "\n  query CatalogueCourses($search: String, $trackCode: String, $first: Int, $after: String) {\n    courses(search: $search, trackCode: $trackCode, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CourseCardFields\n        }\n      }\n    }\n  }\n": types.CatalogueCoursesDocument,
    "\n  query TrackWithCourses($code: String!) {\n    track(code: $code) {\n      id\n      code\n      title\n      titleEn\n      description\n      descriptionEn\n      audiences\n      courseEntries {\n        position\n        mandatory\n        course {\n          ...CourseCardFields\n        }\n      }\n    }\n  }\n": types.TrackWithCoursesDocument,
    "\n  fragment CourseEnrollmentFields on Enrollment {\n    id\n    status\n    progress\n    completedLessonIds\n    enrolledAt\n    completedAt\n    retakeStartedAt\n    dueAt\n    source\n    version\n    certificate {\n      id\n      serial\n      status\n      pdfUrl\n      verifyUrl\n      pdfReady\n    }\n  }\n": types.CourseEnrollmentFieldsFragmentDoc,
    "\n  query CourseDetail($id: ID!) {\n    course(id: $id) {\n      ...CourseCardFields\n      prerequisiteCodes\n      publishedAt\n      updatedAt\n      authorNames\n      learnerCount\n      version\n      revisionStatus\n      canEdit\n      modules {\n        id\n        title\n        position\n        lessons {\n          id\n          title\n          kind\n          position\n          required\n        }\n      }\n      myEnrollment {\n        ...CourseEnrollmentFields\n        completions {\n          number\n          completedAt\n          version\n        }\n      }\n    }\n  }\n": types.CourseDetailDocument,
    "\n  fragment LessonPlayerFields on Lesson {\n    id\n    title\n    kind\n    position\n    required\n    bodyHtml\n    videoUrl\n    transcript\n    file {\n      id\n      name\n      size\n      mimeType\n      url\n    }\n    exam {\n      id\n      title\n      questionCount\n      timeLimitSeconds\n      passPercent\n    }\n  }\n": types.LessonPlayerFieldsFragmentDoc,
    "\n  query CoursePlayer($id: ID!) {\n    course(id: $id) {\n      id\n      code\n      title\n      version\n      canEdit\n      modules {\n        id\n        title\n        position\n        lessons {\n          ...LessonPlayerFields\n        }\n      }\n      myEnrollment {\n        ...CourseEnrollmentFields\n      }\n    }\n  }\n": types.CoursePlayerDocument,
    "\n  mutation Enroll($courseId: ID!) {\n    enroll(courseId: $courseId) {\n      ...CourseEnrollmentFields\n    }\n  }\n": types.EnrollDocument,
    "\n  mutation Withdraw($courseId: ID!) {\n    withdraw(courseId: $courseId) {\n      ...CourseEnrollmentFields\n    }\n  }\n": types.WithdrawDocument,
    "\n  mutation RetakeCourse($courseId: ID!) {\n    retakeCourse(courseId: $courseId) {\n      ...CourseEnrollmentFields\n    }\n  }\n": types.RetakeCourseDocument,
    "\n  mutation CompleteLesson($lessonId: ID!) {\n    completeLesson(lessonId: $lessonId) {\n      ...CourseEnrollmentFields\n    }\n  }\n": types.CompleteLessonDocument,
    "\n  query MyEnrollments {\n    myEnrollments {\n      ...CourseEnrollmentFields\n      course {\n        id\n        code\n        title\n        hours\n        modules {\n          id\n          lessons {\n            id\n            title\n            required\n          }\n        }\n      }\n    }\n  }\n": types.MyEnrollmentsDocument,
    "\n  query CheckCredential($json: String!) {\n    checkCredential(json: $json) {\n      state\n      warnings\n      signatureVerified\n      message\n      revoked\n      trustedIssuerName\n      trustedIssuerLogoUrl\n      issuerId\n      issuerName\n      credentialName\n      holderName\n      achievementName\n      validFrom\n      validUntil\n    }\n  }\n": types.CheckCredentialDocument,
    "\n  query TrustedIssuers {\n    trustedIssuers {\n      id\n      did\n      name\n      logoUrl\n    }\n  }\n": types.TrustedIssuersDocument,
    "\n  mutation AddTrustedIssuer($input: AddTrustedIssuerInput!) {\n    addTrustedIssuer(input: $input) {\n      id\n    }\n  }\n": types.AddTrustedIssuerDocument,
    "\n  mutation RemoveTrustedIssuer($id: ID!) {\n    removeTrustedIssuer(id: $id) {\n      id\n    }\n  }\n": types.RemoveTrustedIssuerDocument,
    "\n  fragment ExamAttemptRowFields on ExamAttempt {\n    id\n    number\n    state\n    startedAt\n    deadline\n    submittedAt\n    autoSubmitted\n    scorePercent\n    scorePoints\n    maxPoints\n    passed\n    user {\n      id\n      fullName\n      email\n    }\n    orgUnit {\n      id\n      name\n    }\n  }\n": types.ExamAttemptRowFieldsFragmentDoc,
    "\n  query ExamAttempts($examId: ID!, $orgUnitId: ID, $state: AttemptState) {\n    exam(id: $examId) {\n      id\n      title\n      allowedActions\n    }\n    examAttempts(examId: $examId, orgUnitId: $orgUnitId, state: $state) {\n      ...ExamAttemptRowFields\n    }\n  }\n": types.ExamAttemptsDocument,
    "\n  query EssaysToGrade($examId: ID!) {\n    exam(id: $examId) {\n      id\n      title\n      allowedActions\n    }\n    essaysToGrade(examId: $examId) {\n      attemptId\n      slot\n      prompt\n      text\n      maxPoints\n      submittedAt\n    }\n  }\n": types.EssaysToGradeDocument,
    "\n  mutation GradeAnswer($attemptId: ID!, $slot: Int!, $points: Float!, $comment: String) {\n    gradeAnswer(attemptId: $attemptId, slot: $slot, points: $points, comment: $comment) {\n      id\n      state\n      scorePercent\n      passed\n    }\n  }\n": types.GradeAnswerDocument,
    "\n  mutation RegradeExam($examId: ID!, $questionId: ID!) {\n    regradeExam(examId: $examId, questionId: $questionId) {\n      changedCount\n      unchanged\n      inProgress\n      changed {\n        attemptId\n        beforePercent\n        afterPercent\n      }\n    }\n  }\n": types.RegradeExamDocument,
    "\n  query ExamStatistics($examId: ID!) {\n    exam(id: $examId) {\n      id\n      title\n      passPercent\n      allowedActions\n    }\n    examStatistics(examId: $examId) {\n      attemptCount\n      meanPercent\n      medianPercent\n      standardDeviation\n      cronbachAlpha\n      histogram {\n        fromPercent\n        toPercent\n        count\n      }\n      questions {\n        slot\n        questionId\n        type\n        promptExcerpt\n        attempts\n        facility\n        discrimination\n        flags\n      }\n    }\n  }\n": types.ExamStatisticsDocument,
    "\n  query ExamDay($examId: ID!, $orgUnitId: ID) {\n    exam(id: $examId) {\n      id\n      title\n      allowedActions\n      closesAt\n    }\n    examDay(examId: $examId, orgUnitId: $orgUnitId) {\n      serverNow\n      takerCount\n      units {\n        notStarted\n        inProgress\n        submitted\n        overdue\n        orgUnit {\n          id\n          name\n        }\n      }\n      takers {\n        attemptId\n        state\n        lastSavedAt\n        deadline\n        user {\n          id\n          fullName\n        }\n        orgUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ExamDayDocument,
    "\n  mutation ExtendExamDeadlines($examId: ID!, $orgUnitId: ID!, $minutes: Int!) {\n    extendExamDeadlines(examId: $examId, orgUnitId: $orgUnitId, minutes: $minutes)\n  }\n": types.ExtendExamDeadlinesDocument,
    "\n  fragment ExamSummaryFields on Exam {\n    id\n    title\n    questionCount\n    timeLimitSeconds\n    maxAttempts\n    passPercent\n    gradingMethod\n    opensAt\n    closesAt\n    openToAll\n    allowedActions\n  }\n": types.ExamSummaryFieldsFragmentDoc,
    "\n  fragment ExamLearnerFields on Exam {\n    ...ExamSummaryFields\n    instructions\n    attemptDelaySeconds\n    graceSeconds\n    myAttemptsLeft\n    myNextAttemptAt\n    myBestPercent\n    myPassed\n  }\n": types.ExamLearnerFieldsFragmentDoc,
    "\n  fragment ExamEditorFields on Exam {\n    ...ExamSummaryFields\n    bankId\n    attemptCount\n    instructions\n    attemptDelaySeconds\n    graceSeconds\n    shuffleQuestions\n    shuffleOptions\n    rules {\n      category\n      count\n      points\n    }\n    reviewPolicy {\n      score\n      correctness\n      feedback\n      rightAnswers\n    }\n  }\n": types.ExamEditorFieldsFragmentDoc,
    "\n  fragment ExamOverrideFields on ExamOverride {\n    id\n    userId\n    orgUnitId\n    timeMultiplier\n    extraAttempts\n    opensAt\n    closesAt\n  }\n": types.ExamOverrideFieldsFragmentDoc,
    "\n  query ExamLanding($id: ID!) {\n    exam(id: $id) {\n      ...ExamLearnerFields\n    }\n    myAttempts(examId: $id) {\n      id\n      number\n      state\n      startedAt\n      submittedAt\n      autoSubmitted\n      deadline\n      scorePercent\n      passed\n    }\n  }\n": types.ExamLandingDocument,
    "\n  query OpenExams {\n    openExams {\n      ...ExamSummaryFields\n      instructions\n      myAttemptsLeft\n      myBestPercent\n      myPassed\n    }\n  }\n": types.OpenExamsDocument,
    "\n  query ExamsOfBank($bankId: ID!) {\n    examsOfBank(bankId: $bankId) {\n      ...ExamSummaryFields\n    }\n  }\n": types.ExamsOfBankDocument,
    "\n  query ExamEditor($id: ID!) {\n    exam(id: $id) {\n      ...ExamEditorFields\n    }\n  }\n": types.ExamEditorDocument,
    "\n  query ExamRuleCounts($bankId: ID!, $rules: [ExamRuleInput!]!) {\n    examRuleCounts(bankId: $bankId, rules: $rules)\n  }\n": types.ExamRuleCountsDocument,
    "\n  mutation CreateExam($input: CreateExamInput!) {\n    createExam(input: $input) {\n      ...ExamEditorFields\n    }\n  }\n": types.CreateExamDocument,
    "\n  mutation UpdateExam($id: ID!, $input: CreateExamInput!) {\n    updateExam(id: $id, input: $input) {\n      ...ExamEditorFields\n    }\n  }\n": types.UpdateExamDocument,
    "\n  query ExamOverrides($id: ID!) {\n    exam(id: $id) {\n      id\n      title\n      allowedActions\n      overrides {\n        ...ExamOverrideFields\n      }\n    }\n  }\n": types.ExamOverridesDocument,
    "\n  mutation SetExamOverride($input: ExamOverrideInput!) {\n    setExamOverride(input: $input) {\n      ...ExamOverrideFields\n    }\n  }\n": types.SetExamOverrideDocument,
    "\n  mutation RemoveExamOverride($id: ID!) {\n    removeExamOverride(id: $id)\n  }\n": types.RemoveExamOverrideDocument,
    "\n  mutation SetLearnerAccommodation($userId: ID!, $timeMultiplier: Float!, $note: String) {\n    setLearnerAccommodation(userId: $userId, timeMultiplier: $timeMultiplier, note: $note)\n  }\n": types.SetLearnerAccommodationDocument,
    "\n  query ExamManage($id: ID!) {\n    exam(id: $id) {\n      id\n      title\n      bankId\n      questionCount\n      openToAll\n      allowedActions\n    }\n  }\n": types.ExamManageDocument,
    "\n  query MyExternalCertificates {\n    myExternalCertificates {\n      id\n      title\n      issuerName\n      hours\n      issuedOn\n      status\n      signatureVerified\n      reviewReason\n      evidenceUrl\n      evidenceFile {\n        id\n        name\n        mimeType\n        url\n      }\n      hasCredential\n      verificationState\n      verificationMessage\n      submittedAt\n    }\n  }\n": types.MyExternalCertificatesDocument,
    "\n  query PendingExternalCertificates {\n    pendingExternalCertificates {\n      id\n      title\n      issuerName\n      hours\n      issuedOn\n      status\n      signatureVerified\n      reviewReason\n      evidenceUrl\n      evidenceFile {\n        id\n        name\n        mimeType\n        url\n      }\n      hasCredential\n      verificationState\n      verificationMessage\n      submittedAt\n      holder {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": types.PendingExternalCertificatesDocument,
    "\n  mutation SubmitExternalCertificate($input: SubmitExternalCertificateInput!) {\n    submitExternalCertificate(input: $input) {\n      id\n      title\n      issuerName\n      hours\n      issuedOn\n      status\n      signatureVerified\n      reviewReason\n      evidenceUrl\n      evidenceFile {\n        id\n        name\n        mimeType\n        url\n      }\n      hasCredential\n      verificationState\n      verificationMessage\n      submittedAt\n    }\n  }\n": types.SubmitExternalCertificateDocument,
    "\n  mutation ReviewExternalCertificate($id: ID!, $approve: Boolean!, $reason: String) {\n    reviewExternalCertificate(id: $id, approve: $approve, reason: $reason) {\n      id\n      title\n      issuerName\n      hours\n      issuedOn\n      status\n      signatureVerified\n      reviewReason\n      evidenceUrl\n      evidenceFile {\n        id\n        name\n        mimeType\n        url\n      }\n      hasCredential\n      verificationState\n      verificationMessage\n      submittedAt\n    }\n  }\n": types.ReviewExternalCertificateDocument,
    "\n  fragment HomeCourseFields on Course {\n    id\n    code\n    title\n    summary\n    hours\n    coverImageUrl\n    learnerCount\n  }\n": types.HomeCourseFieldsFragmentDoc,
    "\n  query HomeCourses($first: Int) {\n    courseHighlights(first: $first) {\n      mostEnrolled {\n        ...HomeCourseFields\n      }\n      newest {\n        ...HomeCourseFields\n      }\n    }\n  }\n": types.HomeCoursesDocument,
    "\n  query HomeLearning {\n    myEnrollments {\n      id\n      status\n      progress\n      lastActiveAt\n      retakeStartedAt\n      completedLessonIds\n      course {\n        id\n        title\n        coverImageUrl\n        modules {\n          id\n          lessons {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.HomeLearningDocument,
    "\n  query HomeTrack($code: String!) {\n    track(code: $code) {\n      id\n      code\n      title\n      titleEn\n      courseEntries {\n        position\n        mandatory\n        course {\n          id\n          code\n          title\n          hours\n          myEnrollment {\n            id\n            status\n            progress\n          }\n        }\n      }\n    }\n  }\n": types.HomeTrackDocument,
    "\n  fragment LiveSessionCardFields on LiveSession {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    capacity\n    seatsLeft\n    registered\n    attended\n    creditedHours\n    cancelledAt\n  }\n": types.LiveSessionCardFieldsFragmentDoc,
    "\n  query UpcomingLiveSessions($first: Int, $after: String) {\n    liveSessions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...LiveSessionCardFields\n        }\n      }\n    }\n  }\n": types.UpcomingLiveSessionsDocument,
    "\n  query LiveSession($id: ID!) {\n    liveSession(id: $id) {\n      ...LiveSessionCardFields\n      description\n      registeredCount\n      attendedCount\n      allowWalkIn\n      calendarPath\n      cancelReason\n      allowedActions\n      cohort {\n        id\n        name\n      }\n      course {\n        id\n        title\n      }\n    }\n  }\n": types.LiveSessionDocument,
    "\n  mutation RegisterForLiveSession($id: ID!) {\n    registerForLiveSession(sessionId: $id) {\n      ...LiveSessionCardFields\n      registeredCount\n      allowedActions\n    }\n  }\n": types.RegisterForLiveSessionDocument,
    "\n  mutation CancelLiveSessionRegistration($id: ID!) {\n    cancelLiveSessionRegistration(sessionId: $id) {\n      ...LiveSessionCardFields\n      registeredCount\n      allowedActions\n    }\n  }\n": types.CancelLiveSessionRegistrationDocument,
    "\n  mutation CheckInToLiveSession($id: ID!, $code: String!) {\n    checkInToLiveSession(sessionId: $id, code: $code) {\n      ...LiveSessionCardFields\n      attendedCount\n      allowedActions\n    }\n  }\n": types.CheckInToLiveSessionDocument,
    "\n  query LiveSessionCheckInCode($id: ID!) {\n    liveSessionCheckInCode(sessionId: $id) {\n      code\n      refreshAt\n      stepSeconds\n    }\n    liveSession(id: $id) {\n      id\n      title\n      kind\n      attendedCount\n      registeredCount\n    }\n  }\n": types.LiveSessionCheckInCodeDocument,
    "\n  query OrganiserActions {\n    organiserActions\n    myExpertUnits {\n      id\n      name\n    }\n  }\n": types.OrganiserActionsDocument,
    "\n  mutation CreateLiveSession($input: CreateLiveSessionInput!) {\n    createLiveSession(input: $input) {\n      ...LiveSessionCardFields\n    }\n  }\n": types.CreateLiveSessionDocument,
    "\n  mutation CancelLiveSession($id: ID!, $reason: String!) {\n    cancelLiveSession(sessionId: $id, reason: $reason) {\n      ...LiveSessionCardFields\n      cancelReason\n      allowedActions\n    }\n  }\n": types.CancelLiveSessionDocument,
    "\n  mutation RescheduleLiveSession($id: ID!, $input: RescheduleLiveSessionInput!) {\n    rescheduleLiveSession(sessionId: $id, input: $input) {\n      ...LiveSessionCardFields\n      allowedActions\n    }\n  }\n": types.RescheduleLiveSessionDocument,
    "\n  query LiveSessionAttendees($id: ID!, $first: Int, $offset: Int) {\n    liveSessionAttendees(sessionId: $id, first: $first, offset: $offset) {\n      totalCount\n      items {\n        userId\n        fullName\n        registration\n        registeredAt\n        checkedInAt\n        hours\n        walkIn\n      }\n    }\n  }\n": types.LiveSessionAttendeesDocument,
    "\n  query MyNotifications {\n    unreadNotificationCount\n    myNotifications(first: 20) {\n      id\n      kind\n      params\n      title\n      body\n      createdAt\n      read\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment OfficialImportFields on OfficialImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    createdCount\n    updatedCount\n    rejectedCount\n    percent\n    error\n    createdAt\n    finishedAt\n  }\n": types.OfficialImportFieldsFragmentDoc,
    "\n  fragment RejectedRowFields on RejectedRow {\n    row\n    field\n    message\n    reason\n  }\n": types.RejectedRowFieldsFragmentDoc,
    "\n  query OfficialImport($id: ID!) {\n    officialImport(id: $id) {\n      ...OfficialImportFields\n      rejectedRows {\n        ...RejectedRowFields\n      }\n    }\n  }\n": types.OfficialImportDocument,
    "\n  query OfficialImportRejectedRows($id: ID!, $first: Int, $after: Int) {\n    officialImport(id: $id) {\n      id\n      rejectedRows(first: $first, after: $after) {\n        ...RejectedRowFields\n      }\n    }\n  }\n": types.OfficialImportRejectedRowsDocument,
    "\n  query OfficialImports($first: Int) {\n    officialImports(first: $first) {\n      ...OfficialImportFields\n    }\n  }\n": types.OfficialImportsDocument,
    "\n  mutation StartOfficialImport($input: StartOfficialImportInput!) {\n    startOfficialImport(input: $input) {\n      ...OfficialImportFields\n    }\n  }\n": types.StartOfficialImportDocument,
    "\n  query OfficialImportPreview($input: StartOfficialImportInput!) {\n    officialImportPreview(input: $input) {\n      totalRows\n      createCount\n      updateCount\n      rejectedCount\n      changes {\n        row\n        outcome\n        fullName\n        email\n        phone\n        orgUnitCode\n      }\n      rejectedRows {\n        ...RejectedRowFields\n      }\n      rejectedRowsCsv\n    }\n  }\n": types.OfficialImportPreviewDocument,
    "\n  query OfficialImportRejectedRowsCsv($id: ID!) {\n    officialImportRejectedRowsCsv(id: $id)\n  }\n": types.OfficialImportRejectedRowsCsvDocument,
    "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    code\n    name\n    kind\n    childCount\n    memberCount\n    allowedActions\n  }\n": types.OrgUnitFieldsFragmentDoc,
    "\n  query OrgTreeActions {\n    orgTreeActions\n  }\n": types.OrgTreeActionsDocument,
    "\n  query OrgUnits($parentId: ID) {\n    orgUnits(parentId: $parentId) {\n      ...OrgUnitFields\n    }\n  }\n": types.OrgUnitsDocument,
    "\n  query OrgUnit($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitFields\n      parent {\n        id\n      }\n      path {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.OrgUnitDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitFields\n    }\n  }\n": types.CreateOrgUnitDocument,
    "\n  mutation RenameOrgUnit($id: ID!, $name: String!) {\n    renameOrgUnit(id: $id, name: $name) {\n      ...OrgUnitFields\n    }\n  }\n": types.RenameOrgUnitDocument,
    "\n  mutation MoveOrgUnit($id: ID!, $parentId: ID) {\n    moveOrgUnit(id: $id, parentId: $parentId) {\n      ...OrgUnitFields\n      parent {\n        id\n      }\n    }\n  }\n": types.MoveOrgUnitDocument,
    "\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id)\n  }\n": types.DeleteOrgUnitDocument,
    "\n  mutation RequestPasswordReset($input: PasswordResetRequestInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPasswordWithCode($input: CodePasswordInput!) {\n    resetPasswordWithCode(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.ResetPasswordWithCodeDocument,
    "\n  mutation ActivateAccount($input: CodePasswordInput!) {\n    activateAccount(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.ActivateAccountDocument,
    "\n  mutation SendPasswordReset($userId: ID!) {\n    sendPasswordReset(userId: $userId)\n  }\n": types.SendPasswordResetDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment QuestionBankSummaryFields on QuestionBank {\n    id\n    title\n    ownerId\n    updatedAt\n    categories {\n      id\n      path\n      questionCount\n    }\n  }\n": types.QuestionBankSummaryFieldsFragmentDoc,
    "\n  fragment QuestionCategoryFields on QuestionCategory {\n    id\n    path\n    name\n    parentPath\n    depth\n    questionCount\n  }\n": types.QuestionCategoryFieldsFragmentDoc,
    "\n  fragment QuestionBankDetailFields on QuestionBank {\n    id\n    title\n    ownerId\n    updatedAt\n    allowedActions\n    categories {\n      ...QuestionCategoryFields\n    }\n    collaborators {\n      userId\n      fullName\n      email\n      role\n    }\n  }\n": types.QuestionBankDetailFieldsFragmentDoc,
    "\n  fragment QuestionSummaryFields on Question {\n    id\n    type\n    name\n    prompt\n    promptFormat\n    category\n    tags\n    version\n    defaultPoints\n  }\n": types.QuestionSummaryFieldsFragmentDoc,
    "\n  fragment QuestionFields on Question {\n    id\n    versionId\n    version\n    isCurrentVersion\n    type\n    name\n    idNumber\n    prompt\n    promptFormat\n    category\n    tags\n    defaultPoints\n    generalFeedback\n    options {\n      id\n      text\n      fraction\n      feedback\n    }\n    correctBoolean\n    trueFeedback\n    falseFeedback\n    caseSensitive\n    numericAnswers {\n      value\n      tolerance\n      fraction\n      feedback\n    }\n    matchPairs {\n      prompt\n      answer\n    }\n    shuffleAnswers\n    penalty\n    correctFeedback\n    partiallyCorrectFeedback\n    incorrectFeedback\n    graderInfo\n    attachments {\n      id\n      name\n      mimeType\n      url\n    }\n    updatedAt\n  }\n": types.QuestionFieldsFragmentDoc,
    "\n  query MyQuestionBanks {\n    myQuestionBanks {\n      ...QuestionBankSummaryFields\n    }\n  }\n": types.MyQuestionBanksDocument,
    "\n  query QuestionBank($id: ID!) {\n    questionBank(id: $id) {\n      ...QuestionBankDetailFields\n    }\n  }\n": types.QuestionBankDocument,
    "\n  query QuestionBankQuestionPage($id: ID!, $category: String, $search: String, $first: Int, $after: String) {\n    questionBank(id: $id) {\n      id\n      questionPage(category: $category, search: $search, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...QuestionSummaryFields\n          }\n        }\n      }\n    }\n  }\n": types.QuestionBankQuestionPageDocument,
    "\n  query Question($id: ID!) {\n    question(id: $id) {\n      ...QuestionFields\n    }\n  }\n": types.QuestionDocument,
    "\n  query QuestionExport($bankId: ID!, $format: QuestionFormat!, $category: String, $questionIds: [ID!]) {\n    questionExport(bankId: $bankId, format: $format, category: $category, questionIds: $questionIds) {\n      text\n      questionCount\n      skipped {\n        questionId\n        name\n        message\n      }\n    }\n  }\n": types.QuestionExportDocument,
    "\n  mutation CreateQuestionBank($input: CreateQuestionBankInput!) {\n    createQuestionBank(input: $input) {\n      ...QuestionBankSummaryFields\n    }\n  }\n": types.CreateQuestionBankDocument,
    "\n  mutation RenameQuestionBank($bankId: ID!, $title: String!) {\n    renameQuestionBank(bankId: $bankId, title: $title) {\n      id\n      title\n      updatedAt\n    }\n  }\n": types.RenameQuestionBankDocument,
    "\n  mutation ShareQuestionBank($bankId: ID!, $userEmail: String!) {\n    shareQuestionBank(bankId: $bankId, userEmail: $userEmail) {\n      ...QuestionBankDetailFields\n    }\n  }\n": types.ShareQuestionBankDocument,
    "\n  mutation UnshareQuestionBank($bankId: ID!, $userEmail: String!) {\n    unshareQuestionBank(bankId: $bankId, userEmail: $userEmail) {\n      ...QuestionBankDetailFields\n    }\n  }\n": types.UnshareQuestionBankDocument,
    "\n  mutation ImportQuestions($input: ImportQuestionsInput!) {\n    importQuestions(input: $input) {\n      imported\n      errors {\n        line\n        message\n        reason\n      }\n    }\n  }\n": types.ImportQuestionsDocument,
    "\n  mutation CreateQuestion($bankId: ID!, $input: QuestionInput!) {\n    createQuestion(bankId: $bankId, input: $input) {\n      ...QuestionFields\n    }\n  }\n": types.CreateQuestionDocument,
    "\n  mutation UpdateQuestion($id: ID!, $input: QuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      ...QuestionFields\n    }\n  }\n": types.UpdateQuestionDocument,
    "\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n": types.DeleteQuestionDocument,
    "\n  mutation CreateQuestionCategory($bankId: ID!, $path: String!) {\n    createQuestionCategory(bankId: $bankId, path: $path) {\n      ...QuestionCategoryFields\n    }\n  }\n": types.CreateQuestionCategoryDocument,
    "\n  query Tracks {\n    tracks {\n      id\n      code\n      title\n      titleEn\n      description\n      descriptionEn\n      audiences\n    }\n  }\n": types.TracksDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    fullName\n    email\n    phone\n    position\n    audience\n    roles\n    emailVerified\n    deactivatedAt\n    allowedActions\n    grantableRoles\n    orgUnit {\n      id\n      code\n      name\n    }\n    roleGrants {\n      role\n      revocable\n      orgUnit {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.AdminUserFieldsFragmentDoc,
    "\n  query Users($search: String, $orgUnitId: ID, $role: Role, $deactivated: Boolean, $first: Int, $after: String) {\n    peopleListActions\n    users(search: $search, orgUnitId: $orgUnitId, role: $role, deactivated: $deactivated, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AdminUserFields\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation GrantRole($userId: ID!, $role: Role!, $orgUnitId: ID) {\n    grantRole(userId: $userId, role: $role, orgUnitId: $orgUnitId) {\n      ...AdminUserFields\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation RevokeRole($userId: ID!, $role: Role!, $orgUnitId: ID) {\n    revokeRole(userId: $userId, role: $role, orgUnitId: $orgUnitId) {\n      ...AdminUserFields\n    }\n  }\n": types.RevokeRoleDocument,
    "\n  mutation UpdateUserMembership($userId: ID!, $input: UpdateMembershipInput!) {\n    updateUserMembership(userId: $userId, input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.UpdateUserMembershipDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($userId: ID!, $input: UpdateUserInput!) {\n    updateUser(userId: $userId, input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...AdminUserFields\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...AdminUserFields\n    }\n  }\n": types.ReactivateUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedAnswerFields on SavedAnswer {\n    slot\n    clientSeq\n    savedAt\n    optionIds\n    text\n    number\n    boolean\n    matches {\n      prompt\n      answer\n    }\n  }\n"): (typeof documents)["\n  fragment SavedAnswerFields on SavedAnswer {\n    slot\n    clientSeq\n    savedAt\n    optionIds\n    text\n    number\n    boolean\n    matches {\n      prompt\n      answer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttemptFields on ExamAttempt {\n    id\n    number\n    state\n    startedAt\n    deadline\n    acceptsUntil\n    serverNow\n    submittedAt\n    autoSubmitted\n    scorePercent\n    scorePoints\n    maxPoints\n    passed\n    exam {\n      id\n      title\n      timeLimitSeconds\n      passPercent\n    }\n    questions {\n      slot\n      type\n      prompt\n      points\n      options {\n        id\n        text\n      }\n      matchPrompts\n      matchPromptsHtml\n      matchChoices\n    }\n    answers {\n      ...SavedAnswerFields\n    }\n  }\n"): (typeof documents)["\n  fragment AttemptFields on ExamAttempt {\n    id\n    number\n    state\n    startedAt\n    deadline\n    acceptsUntil\n    serverNow\n    submittedAt\n    autoSubmitted\n    scorePercent\n    scorePoints\n    maxPoints\n    passed\n    exam {\n      id\n      title\n      timeLimitSeconds\n      passPercent\n    }\n    questions {\n      slot\n      type\n      prompt\n      points\n      options {\n        id\n        text\n      }\n      matchPrompts\n      matchPromptsHtml\n      matchChoices\n    }\n    answers {\n      ...SavedAnswerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAttempt($examId: ID!) {\n    startAttempt(examId: $examId) {\n      ...AttemptFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartAttempt($examId: ID!) {\n    startAttempt(examId: $examId) {\n      ...AttemptFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Attempt($id: ID!) {\n    attempt(id: $id) {\n      ...AttemptFields\n    }\n  }\n"): (typeof documents)["\n  query Attempt($id: ID!) {\n    attempt(id: $id) {\n      ...AttemptFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAnswer($input: SaveAnswerInput!) {\n    saveAnswer(input: $input) {\n      ...SavedAnswerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAnswer($input: SaveAnswerInput!) {\n    saveAnswer(input: $input) {\n      ...SavedAnswerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAttempt($attemptId: ID!) {\n    submitAttempt(attemptId: $attemptId) {\n      id\n      state\n      submittedAt\n      autoSubmitted\n      scorePercent\n      passed\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitAttempt($attemptId: ID!) {\n    submitAttempt(attemptId: $attemptId) {\n      id\n      state\n      submittedAt\n      autoSubmitted\n      scorePercent\n      passed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttemptReview($attemptId: ID!) {\n    attemptReview(attemptId: $attemptId) {\n      attemptId\n      scorePercent\n      scorePoints\n      maxPoints\n      passed\n      moreVisibleAt\n      visibility {\n        score\n        correctness\n        feedback\n        rightAnswers\n      }\n      attempt {\n        ...AttemptFields\n      }\n      questions {\n        slot\n        type\n        prompt\n        maxPoints\n        outcome\n        points\n        feedback\n        comment\n        rightAnswer\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttemptReview($attemptId: ID!) {\n    attemptReview(attemptId: $attemptId) {\n      attemptId\n      scorePercent\n      scorePoints\n      maxPoints\n      passed\n      moreVisibleAt\n      visibility {\n        score\n        correctness\n        feedback\n        rightAnswers\n      }\n      attempt {\n        ...AttemptFields\n      }\n      questions {\n        slot\n        type\n        prompt\n        maxPoints\n        outcome\n        points\n        feedback\n        comment\n        rightAnswer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    fullName\n    email\n    phone\n    position\n    audience\n    roles\n    emailVerified\n    createdAt\n    orgUnit {\n      id\n      code\n      name\n    }\n    roleGrants {\n      role\n      orgUnit {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    fullName\n    email\n    phone\n    position\n    audience\n    roles\n    emailVerified\n    createdAt\n    orgUnit {\n      id\n      code\n      name\n    }\n    roleGrants {\n      role\n      orgUnit {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPasswordWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPasswordWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token)\n  }\n"): (typeof documents)["\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendEmailConfirmation {\n    resendEmailConfirmation\n  }\n"): (typeof documents)["\n  mutation ResendEmailConfirmation {\n    resendEmailConfirmation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCertificates {\n    myCertificates {\n      id\n      serial\n      holderName\n      courseTitle\n      hours\n      issuedAt\n      status\n      revokedReason\n      verifyUrl\n      pdfUrl\n      pdfReady\n      course {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCertificates {\n    myCertificates {\n      id\n      serial\n      holderName\n      courseTitle\n      hours\n      issuedAt\n      status\n      revokedReason\n      verifyUrl\n      pdfUrl\n      pdfReady\n      course {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCertificate($serial: String!) {\n    verifyCertificate(serial: $serial) {\n      serial\n      valid\n      status\n      holderName\n      courseTitle\n      courseVersion\n      hours\n      completedAt\n      issuedAt\n      issuerName\n      revokedReason\n      revokedAt\n      replacedBySerial\n      replacesSerial\n      pdfUrl\n    }\n  }\n"): (typeof documents)["\n  query VerifyCertificate($serial: String!) {\n    verifyCertificate(serial: $serial) {\n      serial\n      valid\n      status\n      holderName\n      courseTitle\n      courseVersion\n      hours\n      completedAt\n      issuedAt\n      issuerName\n      revokedReason\n      revokedAt\n      replacedBySerial\n      replacesSerial\n      pdfUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CertificateBatchFields on CertificateBatch {\n    id\n    kind\n    state\n    total\n    done\n    failed\n    reason\n    startedByName\n    createdAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment CertificateBatchFields on CertificateBatch {\n    id\n    kind\n    state\n    total\n    done\n    failed\n    reason\n    startedByName\n    createdAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseCertificates($courseId: ID!, $first: Int, $after: String) {\n    course(id: $courseId) {\n      id\n      title\n    }\n    courseCertificates(courseId: $courseId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          serial\n          holderName\n          issuedAt\n          status\n          revokedReason\n          pdfUrl\n          pdfReady\n        }\n      }\n    }\n    courseCertificateBatches(courseId: $courseId) {\n      ...CertificateBatchFields\n    }\n  }\n"): (typeof documents)["\n  query CourseCertificates($courseId: ID!, $first: Int, $after: String) {\n    course(id: $courseId) {\n      id\n      title\n    }\n    courseCertificates(courseId: $courseId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          serial\n          holderName\n          issuedAt\n          status\n          revokedReason\n          pdfUrl\n          pdfReady\n        }\n      }\n    }\n    courseCertificateBatches(courseId: $courseId) {\n      ...CertificateBatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificateBatch($id: ID!) {\n    certificateBatch(id: $id) {\n      ...CertificateBatchFields\n    }\n  }\n"): (typeof documents)["\n  query CertificateBatch($id: ID!) {\n    certificateBatch(id: $id) {\n      ...CertificateBatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCourseCertificates($courseId: ID!) {\n    issueCourseCertificates(courseId: $courseId) {\n      ...CertificateBatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation IssueCourseCertificates($courseId: ID!) {\n    issueCourseCertificates(courseId: $courseId) {\n      ...CertificateBatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueCourseCertificates($courseId: ID!, $reason: String!) {\n    reissueCourseCertificates(courseId: $courseId, reason: $reason) {\n      ...CertificateBatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReissueCourseCertificates($courseId: ID!, $reason: String!) {\n    reissueCourseCertificates(courseId: $courseId, reason: $reason) {\n      ...CertificateBatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortSummaryFields on Cohort {\n    id\n    name\n    startsOn\n    memberCount\n    orgUnit {\n      id\n      name\n    }\n    course {\n      id\n      title\n    }\n    track {\n      code\n      title\n    }\n    progress {\n      members\n      completed\n      averageProgress\n    }\n  }\n"): (typeof documents)["\n  fragment CohortSummaryFields on Cohort {\n    id\n    name\n    startsOn\n    memberCount\n    orgUnit {\n      id\n      name\n    }\n    course {\n      id\n      title\n    }\n    track {\n      code\n      title\n    }\n    progress {\n      members\n      completed\n      averageProgress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cohorts($first: Int, $after: String) {\n    cohorts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CohortSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cohorts($first: Int, $after: String) {\n    cohorts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CohortSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cohort($id: ID!, $first: Int, $after: String) {\n    cohort(id: $id) {\n      ...CohortSummaryFields\n      allowedActions\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            userId\n            fullName\n            progress\n            completed\n            lastActivityAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cohort($id: ID!, $first: Int, $after: String) {\n    cohort(id: $id) {\n      ...CohortSummaryFields\n      allowedActions\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            userId\n            fullName\n            progress\n            completed\n            lastActivityAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      ...CohortSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      ...CohortSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCohortMembers($cohortId: ID!, $input: AddCohortMembersInput!) {\n    addCohortMembers(cohortId: $cohortId, input: $input) {\n      added\n      enrolled\n      cohort {\n        ...CohortSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddCohortMembers($cohortId: ID!, $input: AddCohortMembersInput!) {\n    addCohortMembers(cohortId: $cohortId, input: $input) {\n      added\n      enrolled\n      cohort {\n        ...CohortSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortCandidates($cohortId: ID!, $search: String!) {\n    cohortCandidates(cohortId: $cohortId, search: $search) {\n      userId\n      fullName\n      orgUnitName\n      audience\n      member\n    }\n  }\n"): (typeof documents)["\n  query CohortCandidates($cohortId: ID!, $search: String!) {\n    cohortCandidates(cohortId: $cohortId, search: $search) {\n      userId\n      fullName\n      orgUnitName\n      audience\n      member\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceLevelReport($requirementId: ID, $orgUnitId: ID) {\n    complianceLevelReport(requirementId: $requirementId, orgUnitId: $orgUnitId) {\n      total {\n        required\n        completed\n        rate\n      }\n      rows {\n        levelCode\n        levelName\n        required\n        completed\n        rate\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComplianceLevelReport($requirementId: ID, $orgUnitId: ID) {\n    complianceLevelReport(requirementId: $requirementId, orgUnitId: $orgUnitId) {\n      total {\n        required\n        completed\n        rate\n      }\n      rows {\n        levelCode\n        levelName\n        required\n        completed\n        rate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceTrend($orgUnitId: ID, $days: Int) {\n    complianceTrend(orgUnitId: $orgUnitId, days: $days) {\n      day\n      required\n      completed\n      rate\n    }\n  }\n"): (typeof documents)["\n  query ComplianceTrend($orgUnitId: ID, $days: Int) {\n    complianceTrend(orgUnitId: $orgUnitId, days: $days) {\n      day\n      required\n      completed\n      rate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitExperts($kind: String) {\n    unitExperts(kind: $kind) {\n      orgUnit {\n        id\n        name\n      }\n      experts {\n        id\n        fullName\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitExperts($kind: String) {\n    unitExperts(kind: $kind) {\n      orgUnit {\n        id\n        name\n      }\n      experts {\n        id\n        fullName\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendComplianceReminder($orgUnitId: ID!, $requirementId: ID!) {\n    sendComplianceReminder(orgUnitId: $orgUnitId, requirementId: $requirementId) {\n      remindedCount\n    }\n  }\n"): (typeof documents)["\n  mutation SendComplianceReminder($orgUnitId: ID!, $requirementId: ID!) {\n    sendComplianceReminder(orgUnitId: $orgUnitId, requirementId: $requirementId) {\n      remindedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceReport($requirementId: ID, $orgUnitId: ID) {\n    complianceReport(requirementId: $requirementId, orgUnitId: $orgUnitId) {\n      total {\n        orgUnit {\n          id\n          name\n          parent {\n            id\n          }\n        }\n        required\n        completed\n        overdue\n        rate\n      }\n      rows {\n        orgUnit {\n          id\n          name\n          childCount\n        }\n        required\n        completed\n        overdue\n        rate\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComplianceReport($requirementId: ID, $orgUnitId: ID) {\n    complianceReport(requirementId: $requirementId, orgUnitId: $orgUnitId) {\n      total {\n        orgUnit {\n          id\n          name\n          parent {\n            id\n          }\n        }\n        required\n        completed\n        overdue\n        rate\n      }\n      rows {\n        orgUnit {\n          id\n          name\n          childCount\n        }\n        required\n        completed\n        overdue\n        rate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingRequirements {\n    trainingRequirements {\n      id\n      title\n      audiences\n      hours\n      dueAt\n      recurrenceMonths\n      renewalWindowDays\n      assignedCount\n      orgUnit {\n        id\n        name\n      }\n      course {\n        id\n        title\n      }\n      track {\n        code\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingRequirements {\n    trainingRequirements {\n      id\n      title\n      audiences\n      hours\n      dueAt\n      recurrenceMonths\n      renewalWindowDays\n      assignedCount\n      orgUnit {\n        id\n        name\n      }\n      course {\n        id\n        title\n      }\n      track {\n        code\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrainingRequirement($input: TrainingRequirementInput!) {\n    createTrainingRequirement(input: $input) {\n      id\n      title\n      assignedCount\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTrainingRequirement($input: TrainingRequirementInput!) {\n    createTrainingRequirement(input: $input) {\n      id\n      title\n      assignedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompliancePeople($orgUnitId: ID!, $requirementId: ID, $first: Int, $offset: Int) {\n    compliancePeople(orgUnitId: $orgUnitId, requirementId: $requirementId, first: $first, offset: $offset) {\n      totalCount\n      items {\n        requirementId\n        userId\n        fullName\n        state\n        dueAt\n        extended\n        completedAt\n        exemptionReason\n        extensionReason\n        allowedActions\n        orgUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompliancePeople($orgUnitId: ID!, $requirementId: ID, $first: Int, $offset: Int) {\n    compliancePeople(orgUnitId: $orgUnitId, requirementId: $requirementId, first: $first, offset: $offset) {\n      totalCount\n      items {\n        requirementId\n        userId\n        fullName\n        state\n        dueAt\n        extended\n        completedAt\n        exemptionReason\n        extensionReason\n        allowedActions\n        orgUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExemptFromRequirement($input: RequirementExemptionInput!) {\n    exemptFromRequirement(input: $input) {\n      requirementId\n      userId\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ExemptFromRequirement($input: RequirementExemptionInput!) {\n    exemptFromRequirement(input: $input) {\n      requirementId\n      userId\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendRequirementDueDate($input: RequirementExtensionInput!) {\n    extendRequirementDueDate(input: $input) {\n      requirementId\n      userId\n      state\n      dueAt\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendRequirementDueDate($input: RequirementExtensionInput!) {\n    extendRequirementDueDate(input: $input) {\n      requirementId\n      userId\n      state\n      dueAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRequirementExemption($requirementId: ID!, $userId: ID!) {\n    removeRequirementExemption(requirementId: $requirementId, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RemoveRequirementExemption($requirementId: ID!, $userId: ID!) {\n    removeRequirementExemption(requirementId: $requirementId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRequirementExtension($requirementId: ID!, $userId: ID!) {\n    removeRequirementExtension(requirementId: $requirementId, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RemoveRequirementExtension($requirementId: ID!, $userId: ID!) {\n    removeRequirementExtension(requirementId: $requirementId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTrainingRequirements {\n    myTrainingRequirements {\n      requirementId\n      title\n      state\n      dueAt\n      extended\n      completedAt\n      expiresAt\n      renewalOpensAt\n      dueForRenewal\n      hours\n      audience\n      coveredThrough {\n        id\n        name\n      }\n      course {\n        id\n        title\n      }\n      track {\n        code\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTrainingRequirements {\n    myTrainingRequirements {\n      requirementId\n      title\n      state\n      dueAt\n      extended\n      completedAt\n      expiresAt\n      renewalOpensAt\n      dueForRenewal\n      hours\n      audience\n      coveredThrough {\n        id\n        name\n      }\n      course {\n        id\n        title\n      }\n      track {\n        code\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReminderPreferences {\n    myReminderPreferences {\n      muteOptional\n    }\n  }\n"): (typeof documents)["\n  query MyReminderPreferences {\n    myReminderPreferences {\n      muteOptional\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReminderPreferences($muteOptional: Boolean!) {\n    setReminderPreferences(muteOptional: $muteOptional) {\n      muteOptional\n    }\n  }\n"): (typeof documents)["\n  mutation SetReminderPreferences($muteOptional: Boolean!) {\n    setReminderPreferences(muteOptional: $muteOptional) {\n      muteOptional\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditorLessonFields on Lesson {\n    id\n    title\n    kind\n    position\n    required\n    body\n    bodyHtml\n    videoUrl\n    transcript\n    file {\n      id\n      name\n      size\n      mimeType\n      url\n    }\n    exam {\n      id\n      title\n      bankId\n    }\n  }\n"): (typeof documents)["\n  fragment EditorLessonFields on Lesson {\n    id\n    title\n    kind\n    position\n    required\n    body\n    bodyHtml\n    videoUrl\n    transcript\n    file {\n      id\n      name\n      size\n      mimeType\n      url\n    }\n    exam {\n      id\n      title\n      bankId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditorModuleFields on CourseModule {\n    id\n    title\n    position\n    lessons {\n      ...EditorLessonFields\n    }\n  }\n"): (typeof documents)["\n  fragment EditorModuleFields on CourseModule {\n    id\n    title\n    position\n    lessons {\n      ...EditorLessonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditorCourseFields on Course {\n    id\n    code\n    title\n    summary\n    hours\n    coverImageUrl\n    prerequisiteCodes\n    status\n    revisionStatus\n    reviewComment\n    submittedAt\n    submittedBy\n    canEdit\n    allowedActions\n    publishedAt\n    updatedAt\n    version\n    trackPlacements {\n      position\n      mandatory\n      track {\n        id\n        code\n        title\n        titleEn\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EditorCourseFields on Course {\n    id\n    code\n    title\n    summary\n    hours\n    coverImageUrl\n    prerequisiteCodes\n    status\n    revisionStatus\n    reviewComment\n    submittedAt\n    submittedBy\n    canEdit\n    allowedActions\n    publishedAt\n    updatedAt\n    version\n    trackPlacements {\n      position\n      mandatory\n      track {\n        id\n        code\n        title\n        titleEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseEditor($id: ID!) {\n    course(id: $id) {\n      ...EditorCourseFields\n      versions {\n        version\n        publishedAt\n        learnerCount\n      }\n      modules {\n        ...EditorModuleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CourseEditor($id: ID!) {\n    course(id: $id) {\n      ...EditorCourseFields\n      versions {\n        version\n        publishedAt\n        learnerCount\n      }\n      modules {\n        ...EditorModuleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeachCourses($status: CourseStatus, $first: Int, $after: String) {\n    courses(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EditorCourseFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeachCourses($status: CourseStatus, $first: Int, $after: String) {\n    courses(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EditorCourseFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseTracks {\n    tracks {\n      id\n      code\n      title\n      titleEn\n    }\n  }\n"): (typeof documents)["\n  query CourseTracks {\n    tracks {\n      id\n      code\n      title\n      titleEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      ...EditorCourseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      ...EditorCourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCourse($courseId: ID!, $input: UpdateCourseInput!) {\n    updateCourse(courseId: $courseId, input: $input) {\n      ...EditorCourseFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCourse($courseId: ID!, $input: UpdateCourseInput!) {\n    updateCourse(courseId: $courseId, input: $input) {\n      ...EditorCourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddModule($input: AddModuleInput!) {\n    addModule(input: $input) {\n      ...EditorModuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddModule($input: AddModuleInput!) {\n    addModule(input: $input) {\n      ...EditorModuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateModule($moduleId: ID!, $title: String!) {\n    updateModule(moduleId: $moduleId, title: $title) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateModule($moduleId: ID!, $title: String!) {\n    updateModule(moduleId: $moduleId, title: $title) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveModule($moduleId: ID!, $position: Int!) {\n    moveModule(moduleId: $moduleId, position: $position) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation MoveModule($moduleId: ID!, $position: Int!) {\n    moveModule(moduleId: $moduleId, position: $position) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteModule($moduleId: ID!) {\n    deleteModule(moduleId: $moduleId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteModule($moduleId: ID!) {\n    deleteModule(moduleId: $moduleId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLesson($input: AddLessonInput!) {\n    addLesson(input: $input) {\n      ...EditorLessonFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddLesson($input: AddLessonInput!) {\n    addLesson(input: $input) {\n      ...EditorLessonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLesson($lessonId: ID!, $input: UpdateLessonInput!) {\n    updateLesson(lessonId: $lessonId, input: $input) {\n      ...EditorLessonFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLesson($lessonId: ID!, $input: UpdateLessonInput!) {\n    updateLesson(lessonId: $lessonId, input: $input) {\n      ...EditorLessonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveLesson($lessonId: ID!, $moduleId: ID, $position: Int!) {\n    moveLesson(lessonId: $lessonId, moduleId: $moduleId, position: $position) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation MoveLesson($lessonId: ID!, $moduleId: ID, $position: Int!) {\n    moveLesson(lessonId: $lessonId, moduleId: $moduleId, position: $position) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLesson($lessonId: ID!) {\n    deleteLesson(lessonId: $lessonId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteLesson($lessonId: ID!) {\n    deleteLesson(lessonId: $lessonId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCourseForReview($courseId: ID!) {\n    submitCourseForReview(courseId: $courseId) {\n      ...EditorCourseFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCourseForReview($courseId: ID!) {\n    submitCourseForReview(courseId: $courseId) {\n      ...EditorCourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCourse($courseId: ID!) {\n    publishCourse(courseId: $courseId) {\n      ...EditorCourseFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishCourse($courseId: ID!) {\n    publishCourse(courseId: $courseId) {\n      ...EditorCourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnCourseToDraft($courseId: ID!, $comment: String!) {\n    returnCourseToDraft(courseId: $courseId, comment: $comment) {\n      ...EditorCourseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnCourseToDraft($courseId: ID!, $comment: String!) {\n    returnCourseToDraft(courseId: $courseId, comment: $comment) {\n      ...EditorCourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCourse($courseId: ID!) {\n    archiveCourse(courseId: $courseId) {\n      ...EditorCourseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveCourse($courseId: ID!) {\n    archiveCourse(courseId: $courseId) {\n      ...EditorCourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCourseAuthor($courseId: ID!, $email: String!) {\n    addCourseAuthor(courseId: $courseId, email: $email) {\n      id\n      allowedActions\n      authors {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddCourseAuthor($courseId: ID!, $email: String!) {\n    addCourseAuthor(courseId: $courseId, email: $email) {\n      id\n      allowedActions\n      authors {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCourseAuthor($courseId: ID!, $email: String!) {\n    removeCourseAuthor(courseId: $courseId, email: $email) {\n      id\n      canEdit\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCourseAuthor($courseId: ID!, $email: String!) {\n    removeCourseAuthor(courseId: $courseId, email: $email) {\n      id\n      canEdit\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseAuthors($id: ID!) {\n    course(id: $id) {\n      id\n      allowedActions\n      authors {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query CourseAuthors($id: ID!) {\n    course(id: $id) {\n      id\n      allowedActions\n      authors {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseReviewContent($id: ID!) {\n    course(id: $id) {\n      id\n      modules {\n        ...EditorModuleFields\n      }\n      versions(live: true) {\n        version\n        live\n        modules {\n          ...EditorModuleFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CourseReviewContent($id: ID!) {\n    course(id: $id) {\n      id\n      modules {\n        ...EditorModuleFields\n      }\n      versions(live: true) {\n        version\n        live\n        modules {\n          ...EditorModuleFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LessonMarkdownPreview($markdown: String!) {\n    lessonMarkdownPreview(markdown: $markdown)\n  }\n"): (typeof documents)["\n  query LessonMarkdownPreview($markdown: String!) {\n    lessonMarkdownPreview(markdown: $markdown)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrerequisiteChoices($search: String!) {\n    prerequisiteChoices(search: $search) {\n      id\n      code\n      title\n    }\n  }\n"): (typeof documents)["\n  query PrerequisiteChoices($search: String!) {\n    prerequisiteChoices(search: $search) {\n      id\n      code\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseCardFields on Course {\n    id\n    code\n    title\n    summary\n    hours\n    coverImageUrl\n    status\n    trackPlacements {\n      position\n      mandatory\n      track {\n        id\n        code\n        title\n        titleEn\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CourseCardFields on Course {\n    id\n    code\n    title\n    summary\n    hours\n    coverImageUrl\n    status\n    trackPlacements {\n      position\n      mandatory\n      track {\n        id\n        code\n        title\n        titleEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueCourses($search: String, $trackCode: String, $first: Int, $after: String) {\n    courses(search: $search, trackCode: $trackCode, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CourseCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogueCourses($search: String, $trackCode: String, $first: Int, $after: String) {\n    courses(search: $search, trackCode: $trackCode, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CourseCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackWithCourses($code: String!) {\n    track(code: $code) {\n      id\n      code\n      title\n      titleEn\n      description\n      descriptionEn\n      audiences\n      courseEntries {\n        position\n        mandatory\n        course {\n          ...CourseCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrackWithCourses($code: String!) {\n    track(code: $code) {\n      id\n      code\n      title\n      titleEn\n      description\n      descriptionEn\n      audiences\n      courseEntries {\n        position\n        mandatory\n        course {\n          ...CourseCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseEnrollmentFields on Enrollment {\n    id\n    status\n    progress\n    completedLessonIds\n    enrolledAt\n    completedAt\n    retakeStartedAt\n    dueAt\n    source\n    version\n    certificate {\n      id\n      serial\n      status\n      pdfUrl\n      verifyUrl\n      pdfReady\n    }\n  }\n"): (typeof documents)["\n  fragment CourseEnrollmentFields on Enrollment {\n    id\n    status\n    progress\n    completedLessonIds\n    enrolledAt\n    completedAt\n    retakeStartedAt\n    dueAt\n    source\n    version\n    certificate {\n      id\n      serial\n      status\n      pdfUrl\n      verifyUrl\n      pdfReady\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseDetail($id: ID!) {\n    course(id: $id) {\n      ...CourseCardFields\n      prerequisiteCodes\n      publishedAt\n      updatedAt\n      authorNames\n      learnerCount\n      version\n      revisionStatus\n      canEdit\n      modules {\n        id\n        title\n        position\n        lessons {\n          id\n          title\n          kind\n          position\n          required\n        }\n      }\n      myEnrollment {\n        ...CourseEnrollmentFields\n        completions {\n          number\n          completedAt\n          version\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CourseDetail($id: ID!) {\n    course(id: $id) {\n      ...CourseCardFields\n      prerequisiteCodes\n      publishedAt\n      updatedAt\n      authorNames\n      learnerCount\n      version\n      revisionStatus\n      canEdit\n      modules {\n        id\n        title\n        position\n        lessons {\n          id\n          title\n          kind\n          position\n          required\n        }\n      }\n      myEnrollment {\n        ...CourseEnrollmentFields\n        completions {\n          number\n          completedAt\n          version\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LessonPlayerFields on Lesson {\n    id\n    title\n    kind\n    position\n    required\n    bodyHtml\n    videoUrl\n    transcript\n    file {\n      id\n      name\n      size\n      mimeType\n      url\n    }\n    exam {\n      id\n      title\n      questionCount\n      timeLimitSeconds\n      passPercent\n    }\n  }\n"): (typeof documents)["\n  fragment LessonPlayerFields on Lesson {\n    id\n    title\n    kind\n    position\n    required\n    bodyHtml\n    videoUrl\n    transcript\n    file {\n      id\n      name\n      size\n      mimeType\n      url\n    }\n    exam {\n      id\n      title\n      questionCount\n      timeLimitSeconds\n      passPercent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoursePlayer($id: ID!) {\n    course(id: $id) {\n      id\n      code\n      title\n      version\n      canEdit\n      modules {\n        id\n        title\n        position\n        lessons {\n          ...LessonPlayerFields\n        }\n      }\n      myEnrollment {\n        ...CourseEnrollmentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoursePlayer($id: ID!) {\n    course(id: $id) {\n      id\n      code\n      title\n      version\n      canEdit\n      modules {\n        id\n        title\n        position\n        lessons {\n          ...LessonPlayerFields\n        }\n      }\n      myEnrollment {\n        ...CourseEnrollmentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Enroll($courseId: ID!) {\n    enroll(courseId: $courseId) {\n      ...CourseEnrollmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation Enroll($courseId: ID!) {\n    enroll(courseId: $courseId) {\n      ...CourseEnrollmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Withdraw($courseId: ID!) {\n    withdraw(courseId: $courseId) {\n      ...CourseEnrollmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation Withdraw($courseId: ID!) {\n    withdraw(courseId: $courseId) {\n      ...CourseEnrollmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetakeCourse($courseId: ID!) {\n    retakeCourse(courseId: $courseId) {\n      ...CourseEnrollmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetakeCourse($courseId: ID!) {\n    retakeCourse(courseId: $courseId) {\n      ...CourseEnrollmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteLesson($lessonId: ID!) {\n    completeLesson(lessonId: $lessonId) {\n      ...CourseEnrollmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteLesson($lessonId: ID!) {\n    completeLesson(lessonId: $lessonId) {\n      ...CourseEnrollmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEnrollments {\n    myEnrollments {\n      ...CourseEnrollmentFields\n      course {\n        id\n        code\n        title\n        hours\n        modules {\n          id\n          lessons {\n            id\n            title\n            required\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyEnrollments {\n    myEnrollments {\n      ...CourseEnrollmentFields\n      course {\n        id\n        code\n        title\n        hours\n        modules {\n          id\n          lessons {\n            id\n            title\n            required\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckCredential($json: String!) {\n    checkCredential(json: $json) {\n      state\n      warnings\n      signatureVerified\n      message\n      revoked\n      trustedIssuerName\n      trustedIssuerLogoUrl\n      issuerId\n      issuerName\n      credentialName\n      holderName\n      achievementName\n      validFrom\n      validUntil\n    }\n  }\n"): (typeof documents)["\n  query CheckCredential($json: String!) {\n    checkCredential(json: $json) {\n      state\n      warnings\n      signatureVerified\n      message\n      revoked\n      trustedIssuerName\n      trustedIssuerLogoUrl\n      issuerId\n      issuerName\n      credentialName\n      holderName\n      achievementName\n      validFrom\n      validUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustedIssuers {\n    trustedIssuers {\n      id\n      did\n      name\n      logoUrl\n    }\n  }\n"): (typeof documents)["\n  query TrustedIssuers {\n    trustedIssuers {\n      id\n      did\n      name\n      logoUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTrustedIssuer($input: AddTrustedIssuerInput!) {\n    addTrustedIssuer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddTrustedIssuer($input: AddTrustedIssuerInput!) {\n    addTrustedIssuer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTrustedIssuer($id: ID!) {\n    removeTrustedIssuer(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveTrustedIssuer($id: ID!) {\n    removeTrustedIssuer(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExamAttemptRowFields on ExamAttempt {\n    id\n    number\n    state\n    startedAt\n    deadline\n    submittedAt\n    autoSubmitted\n    scorePercent\n    scorePoints\n    maxPoints\n    passed\n    user {\n      id\n      fullName\n      email\n    }\n    orgUnit {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ExamAttemptRowFields on ExamAttempt {\n    id\n    number\n    state\n    startedAt\n    deadline\n    submittedAt\n    autoSubmitted\n    scorePercent\n    scorePoints\n    maxPoints\n    passed\n    user {\n      id\n      fullName\n      email\n    }\n    orgUnit {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamAttempts($examId: ID!, $orgUnitId: ID, $state: AttemptState) {\n    exam(id: $examId) {\n      id\n      title\n      allowedActions\n    }\n    examAttempts(examId: $examId, orgUnitId: $orgUnitId, state: $state) {\n      ...ExamAttemptRowFields\n    }\n  }\n"): (typeof documents)["\n  query ExamAttempts($examId: ID!, $orgUnitId: ID, $state: AttemptState) {\n    exam(id: $examId) {\n      id\n      title\n      allowedActions\n    }\n    examAttempts(examId: $examId, orgUnitId: $orgUnitId, state: $state) {\n      ...ExamAttemptRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EssaysToGrade($examId: ID!) {\n    exam(id: $examId) {\n      id\n      title\n      allowedActions\n    }\n    essaysToGrade(examId: $examId) {\n      attemptId\n      slot\n      prompt\n      text\n      maxPoints\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  query EssaysToGrade($examId: ID!) {\n    exam(id: $examId) {\n      id\n      title\n      allowedActions\n    }\n    essaysToGrade(examId: $examId) {\n      attemptId\n      slot\n      prompt\n      text\n      maxPoints\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GradeAnswer($attemptId: ID!, $slot: Int!, $points: Float!, $comment: String) {\n    gradeAnswer(attemptId: $attemptId, slot: $slot, points: $points, comment: $comment) {\n      id\n      state\n      scorePercent\n      passed\n    }\n  }\n"): (typeof documents)["\n  mutation GradeAnswer($attemptId: ID!, $slot: Int!, $points: Float!, $comment: String) {\n    gradeAnswer(attemptId: $attemptId, slot: $slot, points: $points, comment: $comment) {\n      id\n      state\n      scorePercent\n      passed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegradeExam($examId: ID!, $questionId: ID!) {\n    regradeExam(examId: $examId, questionId: $questionId) {\n      changedCount\n      unchanged\n      inProgress\n      changed {\n        attemptId\n        beforePercent\n        afterPercent\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegradeExam($examId: ID!, $questionId: ID!) {\n    regradeExam(examId: $examId, questionId: $questionId) {\n      changedCount\n      unchanged\n      inProgress\n      changed {\n        attemptId\n        beforePercent\n        afterPercent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamStatistics($examId: ID!) {\n    exam(id: $examId) {\n      id\n      title\n      passPercent\n      allowedActions\n    }\n    examStatistics(examId: $examId) {\n      attemptCount\n      meanPercent\n      medianPercent\n      standardDeviation\n      cronbachAlpha\n      histogram {\n        fromPercent\n        toPercent\n        count\n      }\n      questions {\n        slot\n        questionId\n        type\n        promptExcerpt\n        attempts\n        facility\n        discrimination\n        flags\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExamStatistics($examId: ID!) {\n    exam(id: $examId) {\n      id\n      title\n      passPercent\n      allowedActions\n    }\n    examStatistics(examId: $examId) {\n      attemptCount\n      meanPercent\n      medianPercent\n      standardDeviation\n      cronbachAlpha\n      histogram {\n        fromPercent\n        toPercent\n        count\n      }\n      questions {\n        slot\n        questionId\n        type\n        promptExcerpt\n        attempts\n        facility\n        discrimination\n        flags\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamDay($examId: ID!, $orgUnitId: ID) {\n    exam(id: $examId) {\n      id\n      title\n      allowedActions\n      closesAt\n    }\n    examDay(examId: $examId, orgUnitId: $orgUnitId) {\n      serverNow\n      takerCount\n      units {\n        notStarted\n        inProgress\n        submitted\n        overdue\n        orgUnit {\n          id\n          name\n        }\n      }\n      takers {\n        attemptId\n        state\n        lastSavedAt\n        deadline\n        user {\n          id\n          fullName\n        }\n        orgUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExamDay($examId: ID!, $orgUnitId: ID) {\n    exam(id: $examId) {\n      id\n      title\n      allowedActions\n      closesAt\n    }\n    examDay(examId: $examId, orgUnitId: $orgUnitId) {\n      serverNow\n      takerCount\n      units {\n        notStarted\n        inProgress\n        submitted\n        overdue\n        orgUnit {\n          id\n          name\n        }\n      }\n      takers {\n        attemptId\n        state\n        lastSavedAt\n        deadline\n        user {\n          id\n          fullName\n        }\n        orgUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendExamDeadlines($examId: ID!, $orgUnitId: ID!, $minutes: Int!) {\n    extendExamDeadlines(examId: $examId, orgUnitId: $orgUnitId, minutes: $minutes)\n  }\n"): (typeof documents)["\n  mutation ExtendExamDeadlines($examId: ID!, $orgUnitId: ID!, $minutes: Int!) {\n    extendExamDeadlines(examId: $examId, orgUnitId: $orgUnitId, minutes: $minutes)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExamSummaryFields on Exam {\n    id\n    title\n    questionCount\n    timeLimitSeconds\n    maxAttempts\n    passPercent\n    gradingMethod\n    opensAt\n    closesAt\n    openToAll\n    allowedActions\n  }\n"): (typeof documents)["\n  fragment ExamSummaryFields on Exam {\n    id\n    title\n    questionCount\n    timeLimitSeconds\n    maxAttempts\n    passPercent\n    gradingMethod\n    opensAt\n    closesAt\n    openToAll\n    allowedActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExamLearnerFields on Exam {\n    ...ExamSummaryFields\n    instructions\n    attemptDelaySeconds\n    graceSeconds\n    myAttemptsLeft\n    myNextAttemptAt\n    myBestPercent\n    myPassed\n  }\n"): (typeof documents)["\n  fragment ExamLearnerFields on Exam {\n    ...ExamSummaryFields\n    instructions\n    attemptDelaySeconds\n    graceSeconds\n    myAttemptsLeft\n    myNextAttemptAt\n    myBestPercent\n    myPassed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExamEditorFields on Exam {\n    ...ExamSummaryFields\n    bankId\n    attemptCount\n    instructions\n    attemptDelaySeconds\n    graceSeconds\n    shuffleQuestions\n    shuffleOptions\n    rules {\n      category\n      count\n      points\n    }\n    reviewPolicy {\n      score\n      correctness\n      feedback\n      rightAnswers\n    }\n  }\n"): (typeof documents)["\n  fragment ExamEditorFields on Exam {\n    ...ExamSummaryFields\n    bankId\n    attemptCount\n    instructions\n    attemptDelaySeconds\n    graceSeconds\n    shuffleQuestions\n    shuffleOptions\n    rules {\n      category\n      count\n      points\n    }\n    reviewPolicy {\n      score\n      correctness\n      feedback\n      rightAnswers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExamOverrideFields on ExamOverride {\n    id\n    userId\n    orgUnitId\n    timeMultiplier\n    extraAttempts\n    opensAt\n    closesAt\n  }\n"): (typeof documents)["\n  fragment ExamOverrideFields on ExamOverride {\n    id\n    userId\n    orgUnitId\n    timeMultiplier\n    extraAttempts\n    opensAt\n    closesAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamLanding($id: ID!) {\n    exam(id: $id) {\n      ...ExamLearnerFields\n    }\n    myAttempts(examId: $id) {\n      id\n      number\n      state\n      startedAt\n      submittedAt\n      autoSubmitted\n      deadline\n      scorePercent\n      passed\n    }\n  }\n"): (typeof documents)["\n  query ExamLanding($id: ID!) {\n    exam(id: $id) {\n      ...ExamLearnerFields\n    }\n    myAttempts(examId: $id) {\n      id\n      number\n      state\n      startedAt\n      submittedAt\n      autoSubmitted\n      deadline\n      scorePercent\n      passed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenExams {\n    openExams {\n      ...ExamSummaryFields\n      instructions\n      myAttemptsLeft\n      myBestPercent\n      myPassed\n    }\n  }\n"): (typeof documents)["\n  query OpenExams {\n    openExams {\n      ...ExamSummaryFields\n      instructions\n      myAttemptsLeft\n      myBestPercent\n      myPassed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamsOfBank($bankId: ID!) {\n    examsOfBank(bankId: $bankId) {\n      ...ExamSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query ExamsOfBank($bankId: ID!) {\n    examsOfBank(bankId: $bankId) {\n      ...ExamSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamEditor($id: ID!) {\n    exam(id: $id) {\n      ...ExamEditorFields\n    }\n  }\n"): (typeof documents)["\n  query ExamEditor($id: ID!) {\n    exam(id: $id) {\n      ...ExamEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamRuleCounts($bankId: ID!, $rules: [ExamRuleInput!]!) {\n    examRuleCounts(bankId: $bankId, rules: $rules)\n  }\n"): (typeof documents)["\n  query ExamRuleCounts($bankId: ID!, $rules: [ExamRuleInput!]!) {\n    examRuleCounts(bankId: $bankId, rules: $rules)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateExam($input: CreateExamInput!) {\n    createExam(input: $input) {\n      ...ExamEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateExam($input: CreateExamInput!) {\n    createExam(input: $input) {\n      ...ExamEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateExam($id: ID!, $input: CreateExamInput!) {\n    updateExam(id: $id, input: $input) {\n      ...ExamEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateExam($id: ID!, $input: CreateExamInput!) {\n    updateExam(id: $id, input: $input) {\n      ...ExamEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamOverrides($id: ID!) {\n    exam(id: $id) {\n      id\n      title\n      allowedActions\n      overrides {\n        ...ExamOverrideFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExamOverrides($id: ID!) {\n    exam(id: $id) {\n      id\n      title\n      allowedActions\n      overrides {\n        ...ExamOverrideFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetExamOverride($input: ExamOverrideInput!) {\n    setExamOverride(input: $input) {\n      ...ExamOverrideFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetExamOverride($input: ExamOverrideInput!) {\n    setExamOverride(input: $input) {\n      ...ExamOverrideFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveExamOverride($id: ID!) {\n    removeExamOverride(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveExamOverride($id: ID!) {\n    removeExamOverride(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLearnerAccommodation($userId: ID!, $timeMultiplier: Float!, $note: String) {\n    setLearnerAccommodation(userId: $userId, timeMultiplier: $timeMultiplier, note: $note)\n  }\n"): (typeof documents)["\n  mutation SetLearnerAccommodation($userId: ID!, $timeMultiplier: Float!, $note: String) {\n    setLearnerAccommodation(userId: $userId, timeMultiplier: $timeMultiplier, note: $note)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamManage($id: ID!) {\n    exam(id: $id) {\n      id\n      title\n      bankId\n      questionCount\n      openToAll\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  query ExamManage($id: ID!) {\n    exam(id: $id) {\n      id\n      title\n      bankId\n      questionCount\n      openToAll\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyExternalCertificates {\n    myExternalCertificates {\n      id\n      title\n      issuerName\n      hours\n      issuedOn\n      status\n      signatureVerified\n      reviewReason\n      evidenceUrl\n      evidenceFile {\n        id\n        name\n        mimeType\n        url\n      }\n      hasCredential\n      verificationState\n      verificationMessage\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  query MyExternalCertificates {\n    myExternalCertificates {\n      id\n      title\n      issuerName\n      hours\n      issuedOn\n      status\n      signatureVerified\n      reviewReason\n      evidenceUrl\n      evidenceFile {\n        id\n        name\n        mimeType\n        url\n      }\n      hasCredential\n      verificationState\n      verificationMessage\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingExternalCertificates {\n    pendingExternalCertificates {\n      id\n      title\n      issuerName\n      hours\n      issuedOn\n      status\n      signatureVerified\n      reviewReason\n      evidenceUrl\n      evidenceFile {\n        id\n        name\n        mimeType\n        url\n      }\n      hasCredential\n      verificationState\n      verificationMessage\n      submittedAt\n      holder {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingExternalCertificates {\n    pendingExternalCertificates {\n      id\n      title\n      issuerName\n      hours\n      issuedOn\n      status\n      signatureVerified\n      reviewReason\n      evidenceUrl\n      evidenceFile {\n        id\n        name\n        mimeType\n        url\n      }\n      hasCredential\n      verificationState\n      verificationMessage\n      submittedAt\n      holder {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitExternalCertificate($input: SubmitExternalCertificateInput!) {\n    submitExternalCertificate(input: $input) {\n      id\n      title\n      issuerName\n      hours\n      issuedOn\n      status\n      signatureVerified\n      reviewReason\n      evidenceUrl\n      evidenceFile {\n        id\n        name\n        mimeType\n        url\n      }\n      hasCredential\n      verificationState\n      verificationMessage\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitExternalCertificate($input: SubmitExternalCertificateInput!) {\n    submitExternalCertificate(input: $input) {\n      id\n      title\n      issuerName\n      hours\n      issuedOn\n      status\n      signatureVerified\n      reviewReason\n      evidenceUrl\n      evidenceFile {\n        id\n        name\n        mimeType\n        url\n      }\n      hasCredential\n      verificationState\n      verificationMessage\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewExternalCertificate($id: ID!, $approve: Boolean!, $reason: String) {\n    reviewExternalCertificate(id: $id, approve: $approve, reason: $reason) {\n      id\n      title\n      issuerName\n      hours\n      issuedOn\n      status\n      signatureVerified\n      reviewReason\n      evidenceUrl\n      evidenceFile {\n        id\n        name\n        mimeType\n        url\n      }\n      hasCredential\n      verificationState\n      verificationMessage\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewExternalCertificate($id: ID!, $approve: Boolean!, $reason: String) {\n    reviewExternalCertificate(id: $id, approve: $approve, reason: $reason) {\n      id\n      title\n      issuerName\n      hours\n      issuedOn\n      status\n      signatureVerified\n      reviewReason\n      evidenceUrl\n      evidenceFile {\n        id\n        name\n        mimeType\n        url\n      }\n      hasCredential\n      verificationState\n      verificationMessage\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HomeCourseFields on Course {\n    id\n    code\n    title\n    summary\n    hours\n    coverImageUrl\n    learnerCount\n  }\n"): (typeof documents)["\n  fragment HomeCourseFields on Course {\n    id\n    code\n    title\n    summary\n    hours\n    coverImageUrl\n    learnerCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeCourses($first: Int) {\n    courseHighlights(first: $first) {\n      mostEnrolled {\n        ...HomeCourseFields\n      }\n      newest {\n        ...HomeCourseFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeCourses($first: Int) {\n    courseHighlights(first: $first) {\n      mostEnrolled {\n        ...HomeCourseFields\n      }\n      newest {\n        ...HomeCourseFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeLearning {\n    myEnrollments {\n      id\n      status\n      progress\n      lastActiveAt\n      retakeStartedAt\n      completedLessonIds\n      course {\n        id\n        title\n        coverImageUrl\n        modules {\n          id\n          lessons {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeLearning {\n    myEnrollments {\n      id\n      status\n      progress\n      lastActiveAt\n      retakeStartedAt\n      completedLessonIds\n      course {\n        id\n        title\n        coverImageUrl\n        modules {\n          id\n          lessons {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeTrack($code: String!) {\n    track(code: $code) {\n      id\n      code\n      title\n      titleEn\n      courseEntries {\n        position\n        mandatory\n        course {\n          id\n          code\n          title\n          hours\n          myEnrollment {\n            id\n            status\n            progress\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeTrack($code: String!) {\n    track(code: $code) {\n      id\n      code\n      title\n      titleEn\n      courseEntries {\n        position\n        mandatory\n        course {\n          id\n          code\n          title\n          hours\n          myEnrollment {\n            id\n            status\n            progress\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveSessionCardFields on LiveSession {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    capacity\n    seatsLeft\n    registered\n    attended\n    creditedHours\n    cancelledAt\n  }\n"): (typeof documents)["\n  fragment LiveSessionCardFields on LiveSession {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    capacity\n    seatsLeft\n    registered\n    attended\n    creditedHours\n    cancelledAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpcomingLiveSessions($first: Int, $after: String) {\n    liveSessions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...LiveSessionCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UpcomingLiveSessions($first: Int, $after: String) {\n    liveSessions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...LiveSessionCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveSession($id: ID!) {\n    liveSession(id: $id) {\n      ...LiveSessionCardFields\n      description\n      registeredCount\n      attendedCount\n      allowWalkIn\n      calendarPath\n      cancelReason\n      allowedActions\n      cohort {\n        id\n        name\n      }\n      course {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveSession($id: ID!) {\n    liveSession(id: $id) {\n      ...LiveSessionCardFields\n      description\n      registeredCount\n      attendedCount\n      allowWalkIn\n      calendarPath\n      cancelReason\n      allowedActions\n      cohort {\n        id\n        name\n      }\n      course {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForLiveSession($id: ID!) {\n    registerForLiveSession(sessionId: $id) {\n      ...LiveSessionCardFields\n      registeredCount\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterForLiveSession($id: ID!) {\n    registerForLiveSession(sessionId: $id) {\n      ...LiveSessionCardFields\n      registeredCount\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelLiveSessionRegistration($id: ID!) {\n    cancelLiveSessionRegistration(sessionId: $id) {\n      ...LiveSessionCardFields\n      registeredCount\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation CancelLiveSessionRegistration($id: ID!) {\n    cancelLiveSessionRegistration(sessionId: $id) {\n      ...LiveSessionCardFields\n      registeredCount\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInToLiveSession($id: ID!, $code: String!) {\n    checkInToLiveSession(sessionId: $id, code: $code) {\n      ...LiveSessionCardFields\n      attendedCount\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInToLiveSession($id: ID!, $code: String!) {\n    checkInToLiveSession(sessionId: $id, code: $code) {\n      ...LiveSessionCardFields\n      attendedCount\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveSessionCheckInCode($id: ID!) {\n    liveSessionCheckInCode(sessionId: $id) {\n      code\n      refreshAt\n      stepSeconds\n    }\n    liveSession(id: $id) {\n      id\n      title\n      kind\n      attendedCount\n      registeredCount\n    }\n  }\n"): (typeof documents)["\n  query LiveSessionCheckInCode($id: ID!) {\n    liveSessionCheckInCode(sessionId: $id) {\n      code\n      refreshAt\n      stepSeconds\n    }\n    liveSession(id: $id) {\n      id\n      title\n      kind\n      attendedCount\n      registeredCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganiserActions {\n    organiserActions\n    myExpertUnits {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query OrganiserActions {\n    organiserActions\n    myExpertUnits {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLiveSession($input: CreateLiveSessionInput!) {\n    createLiveSession(input: $input) {\n      ...LiveSessionCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLiveSession($input: CreateLiveSessionInput!) {\n    createLiveSession(input: $input) {\n      ...LiveSessionCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelLiveSession($id: ID!, $reason: String!) {\n    cancelLiveSession(sessionId: $id, reason: $reason) {\n      ...LiveSessionCardFields\n      cancelReason\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation CancelLiveSession($id: ID!, $reason: String!) {\n    cancelLiveSession(sessionId: $id, reason: $reason) {\n      ...LiveSessionCardFields\n      cancelReason\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleLiveSession($id: ID!, $input: RescheduleLiveSessionInput!) {\n    rescheduleLiveSession(sessionId: $id, input: $input) {\n      ...LiveSessionCardFields\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleLiveSession($id: ID!, $input: RescheduleLiveSessionInput!) {\n    rescheduleLiveSession(sessionId: $id, input: $input) {\n      ...LiveSessionCardFields\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveSessionAttendees($id: ID!, $first: Int, $offset: Int) {\n    liveSessionAttendees(sessionId: $id, first: $first, offset: $offset) {\n      totalCount\n      items {\n        userId\n        fullName\n        registration\n        registeredAt\n        checkedInAt\n        hours\n        walkIn\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveSessionAttendees($id: ID!, $first: Int, $offset: Int) {\n    liveSessionAttendees(sessionId: $id, first: $first, offset: $offset) {\n      totalCount\n      items {\n        userId\n        fullName\n        registration\n        registeredAt\n        checkedInAt\n        hours\n        walkIn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications {\n    unreadNotificationCount\n    myNotifications(first: 20) {\n      id\n      kind\n      params\n      title\n      body\n      createdAt\n      read\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications {\n    unreadNotificationCount\n    myNotifications(first: 20) {\n      id\n      kind\n      params\n      title\n      body\n      createdAt\n      read\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficialImportFields on OfficialImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    createdCount\n    updatedCount\n    rejectedCount\n    percent\n    error\n    createdAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment OfficialImportFields on OfficialImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    createdCount\n    updatedCount\n    rejectedCount\n    percent\n    error\n    createdAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RejectedRowFields on RejectedRow {\n    row\n    field\n    message\n    reason\n  }\n"): (typeof documents)["\n  fragment RejectedRowFields on RejectedRow {\n    row\n    field\n    message\n    reason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficialImport($id: ID!) {\n    officialImport(id: $id) {\n      ...OfficialImportFields\n      rejectedRows {\n        ...RejectedRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficialImport($id: ID!) {\n    officialImport(id: $id) {\n      ...OfficialImportFields\n      rejectedRows {\n        ...RejectedRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficialImportRejectedRows($id: ID!, $first: Int, $after: Int) {\n    officialImport(id: $id) {\n      id\n      rejectedRows(first: $first, after: $after) {\n        ...RejectedRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficialImportRejectedRows($id: ID!, $first: Int, $after: Int) {\n    officialImport(id: $id) {\n      id\n      rejectedRows(first: $first, after: $after) {\n        ...RejectedRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficialImports($first: Int) {\n    officialImports(first: $first) {\n      ...OfficialImportFields\n    }\n  }\n"): (typeof documents)["\n  query OfficialImports($first: Int) {\n    officialImports(first: $first) {\n      ...OfficialImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartOfficialImport($input: StartOfficialImportInput!) {\n    startOfficialImport(input: $input) {\n      ...OfficialImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartOfficialImport($input: StartOfficialImportInput!) {\n    startOfficialImport(input: $input) {\n      ...OfficialImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficialImportPreview($input: StartOfficialImportInput!) {\n    officialImportPreview(input: $input) {\n      totalRows\n      createCount\n      updateCount\n      rejectedCount\n      changes {\n        row\n        outcome\n        fullName\n        email\n        phone\n        orgUnitCode\n      }\n      rejectedRows {\n        ...RejectedRowFields\n      }\n      rejectedRowsCsv\n    }\n  }\n"): (typeof documents)["\n  query OfficialImportPreview($input: StartOfficialImportInput!) {\n    officialImportPreview(input: $input) {\n      totalRows\n      createCount\n      updateCount\n      rejectedCount\n      changes {\n        row\n        outcome\n        fullName\n        email\n        phone\n        orgUnitCode\n      }\n      rejectedRows {\n        ...RejectedRowFields\n      }\n      rejectedRowsCsv\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficialImportRejectedRowsCsv($id: ID!) {\n    officialImportRejectedRowsCsv(id: $id)\n  }\n"): (typeof documents)["\n  query OfficialImportRejectedRowsCsv($id: ID!) {\n    officialImportRejectedRowsCsv(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    code\n    name\n    kind\n    childCount\n    memberCount\n    allowedActions\n  }\n"): (typeof documents)["\n  fragment OrgUnitFields on OrgUnit {\n    id\n    code\n    name\n    kind\n    childCount\n    memberCount\n    allowedActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgTreeActions {\n    orgTreeActions\n  }\n"): (typeof documents)["\n  query OrgTreeActions {\n    orgTreeActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnits($parentId: ID) {\n    orgUnits(parentId: $parentId) {\n      ...OrgUnitFields\n    }\n  }\n"): (typeof documents)["\n  query OrgUnits($parentId: ID) {\n    orgUnits(parentId: $parentId) {\n      ...OrgUnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnit($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitFields\n      parent {\n        id\n      }\n      path {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnit($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitFields\n      parent {\n        id\n      }\n      path {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameOrgUnit($id: ID!, $name: String!) {\n    renameOrgUnit(id: $id, name: $name) {\n      ...OrgUnitFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenameOrgUnit($id: ID!, $name: String!) {\n    renameOrgUnit(id: $id, name: $name) {\n      ...OrgUnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOrgUnit($id: ID!, $parentId: ID) {\n    moveOrgUnit(id: $id, parentId: $parentId) {\n      ...OrgUnitFields\n      parent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveOrgUnit($id: ID!, $parentId: ID) {\n    moveOrgUnit(id: $id, parentId: $parentId) {\n      ...OrgUnitFields\n      parent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: PasswordResetRequestInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: PasswordResetRequestInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPasswordWithCode($input: CodePasswordInput!) {\n    resetPasswordWithCode(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPasswordWithCode($input: CodePasswordInput!) {\n    resetPasswordWithCode(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateAccount($input: CodePasswordInput!) {\n    activateAccount(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateAccount($input: CodePasswordInput!) {\n    activateAccount(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendPasswordReset($userId: ID!) {\n    sendPasswordReset(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation SendPasswordReset($userId: ID!) {\n    sendPasswordReset(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionBankSummaryFields on QuestionBank {\n    id\n    title\n    ownerId\n    updatedAt\n    categories {\n      id\n      path\n      questionCount\n    }\n  }\n"): (typeof documents)["\n  fragment QuestionBankSummaryFields on QuestionBank {\n    id\n    title\n    ownerId\n    updatedAt\n    categories {\n      id\n      path\n      questionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionCategoryFields on QuestionCategory {\n    id\n    path\n    name\n    parentPath\n    depth\n    questionCount\n  }\n"): (typeof documents)["\n  fragment QuestionCategoryFields on QuestionCategory {\n    id\n    path\n    name\n    parentPath\n    depth\n    questionCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionBankDetailFields on QuestionBank {\n    id\n    title\n    ownerId\n    updatedAt\n    allowedActions\n    categories {\n      ...QuestionCategoryFields\n    }\n    collaborators {\n      userId\n      fullName\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  fragment QuestionBankDetailFields on QuestionBank {\n    id\n    title\n    ownerId\n    updatedAt\n    allowedActions\n    categories {\n      ...QuestionCategoryFields\n    }\n    collaborators {\n      userId\n      fullName\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionSummaryFields on Question {\n    id\n    type\n    name\n    prompt\n    promptFormat\n    category\n    tags\n    version\n    defaultPoints\n  }\n"): (typeof documents)["\n  fragment QuestionSummaryFields on Question {\n    id\n    type\n    name\n    prompt\n    promptFormat\n    category\n    tags\n    version\n    defaultPoints\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionFields on Question {\n    id\n    versionId\n    version\n    isCurrentVersion\n    type\n    name\n    idNumber\n    prompt\n    promptFormat\n    category\n    tags\n    defaultPoints\n    generalFeedback\n    options {\n      id\n      text\n      fraction\n      feedback\n    }\n    correctBoolean\n    trueFeedback\n    falseFeedback\n    caseSensitive\n    numericAnswers {\n      value\n      tolerance\n      fraction\n      feedback\n    }\n    matchPairs {\n      prompt\n      answer\n    }\n    shuffleAnswers\n    penalty\n    correctFeedback\n    partiallyCorrectFeedback\n    incorrectFeedback\n    graderInfo\n    attachments {\n      id\n      name\n      mimeType\n      url\n    }\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment QuestionFields on Question {\n    id\n    versionId\n    version\n    isCurrentVersion\n    type\n    name\n    idNumber\n    prompt\n    promptFormat\n    category\n    tags\n    defaultPoints\n    generalFeedback\n    options {\n      id\n      text\n      fraction\n      feedback\n    }\n    correctBoolean\n    trueFeedback\n    falseFeedback\n    caseSensitive\n    numericAnswers {\n      value\n      tolerance\n      fraction\n      feedback\n    }\n    matchPairs {\n      prompt\n      answer\n    }\n    shuffleAnswers\n    penalty\n    correctFeedback\n    partiallyCorrectFeedback\n    incorrectFeedback\n    graderInfo\n    attachments {\n      id\n      name\n      mimeType\n      url\n    }\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyQuestionBanks {\n    myQuestionBanks {\n      ...QuestionBankSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query MyQuestionBanks {\n    myQuestionBanks {\n      ...QuestionBankSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionBank($id: ID!) {\n    questionBank(id: $id) {\n      ...QuestionBankDetailFields\n    }\n  }\n"): (typeof documents)["\n  query QuestionBank($id: ID!) {\n    questionBank(id: $id) {\n      ...QuestionBankDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionBankQuestionPage($id: ID!, $category: String, $search: String, $first: Int, $after: String) {\n    questionBank(id: $id) {\n      id\n      questionPage(category: $category, search: $search, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...QuestionSummaryFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionBankQuestionPage($id: ID!, $category: String, $search: String, $first: Int, $after: String) {\n    questionBank(id: $id) {\n      id\n      questionPage(category: $category, search: $search, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...QuestionSummaryFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Question($id: ID!) {\n    question(id: $id) {\n      ...QuestionFields\n    }\n  }\n"): (typeof documents)["\n  query Question($id: ID!) {\n    question(id: $id) {\n      ...QuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionExport($bankId: ID!, $format: QuestionFormat!, $category: String, $questionIds: [ID!]) {\n    questionExport(bankId: $bankId, format: $format, category: $category, questionIds: $questionIds) {\n      text\n      questionCount\n      skipped {\n        questionId\n        name\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionExport($bankId: ID!, $format: QuestionFormat!, $category: String, $questionIds: [ID!]) {\n    questionExport(bankId: $bankId, format: $format, category: $category, questionIds: $questionIds) {\n      text\n      questionCount\n      skipped {\n        questionId\n        name\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuestionBank($input: CreateQuestionBankInput!) {\n    createQuestionBank(input: $input) {\n      ...QuestionBankSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuestionBank($input: CreateQuestionBankInput!) {\n    createQuestionBank(input: $input) {\n      ...QuestionBankSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameQuestionBank($bankId: ID!, $title: String!) {\n    renameQuestionBank(bankId: $bankId, title: $title) {\n      id\n      title\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RenameQuestionBank($bankId: ID!, $title: String!) {\n    renameQuestionBank(bankId: $bankId, title: $title) {\n      id\n      title\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareQuestionBank($bankId: ID!, $userEmail: String!) {\n    shareQuestionBank(bankId: $bankId, userEmail: $userEmail) {\n      ...QuestionBankDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ShareQuestionBank($bankId: ID!, $userEmail: String!) {\n    shareQuestionBank(bankId: $bankId, userEmail: $userEmail) {\n      ...QuestionBankDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnshareQuestionBank($bankId: ID!, $userEmail: String!) {\n    unshareQuestionBank(bankId: $bankId, userEmail: $userEmail) {\n      ...QuestionBankDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnshareQuestionBank($bankId: ID!, $userEmail: String!) {\n    unshareQuestionBank(bankId: $bankId, userEmail: $userEmail) {\n      ...QuestionBankDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportQuestions($input: ImportQuestionsInput!) {\n    importQuestions(input: $input) {\n      imported\n      errors {\n        line\n        message\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportQuestions($input: ImportQuestionsInput!) {\n    importQuestions(input: $input) {\n      imported\n      errors {\n        line\n        message\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuestion($bankId: ID!, $input: QuestionInput!) {\n    createQuestion(bankId: $bankId, input: $input) {\n      ...QuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuestion($bankId: ID!, $input: QuestionInput!) {\n    createQuestion(bankId: $bankId, input: $input) {\n      ...QuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuestion($id: ID!, $input: QuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      ...QuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateQuestion($id: ID!, $input: QuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      ...QuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuestionCategory($bankId: ID!, $path: String!) {\n    createQuestionCategory(bankId: $bankId, path: $path) {\n      ...QuestionCategoryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuestionCategory($bankId: ID!, $path: String!) {\n    createQuestionCategory(bankId: $bankId, path: $path) {\n      ...QuestionCategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tracks {\n    tracks {\n      id\n      code\n      title\n      titleEn\n      description\n      descriptionEn\n      audiences\n    }\n  }\n"): (typeof documents)["\n  query Tracks {\n    tracks {\n      id\n      code\n      title\n      titleEn\n      description\n      descriptionEn\n      audiences\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUserFields on User {\n    id\n    fullName\n    email\n    phone\n    position\n    audience\n    roles\n    emailVerified\n    deactivatedAt\n    allowedActions\n    grantableRoles\n    orgUnit {\n      id\n      code\n      name\n    }\n    roleGrants {\n      role\n      revocable\n      orgUnit {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AdminUserFields on User {\n    id\n    fullName\n    email\n    phone\n    position\n    audience\n    roles\n    emailVerified\n    deactivatedAt\n    allowedActions\n    grantableRoles\n    orgUnit {\n      id\n      code\n      name\n    }\n    roleGrants {\n      role\n      revocable\n      orgUnit {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($search: String, $orgUnitId: ID, $role: Role, $deactivated: Boolean, $first: Int, $after: String) {\n    peopleListActions\n    users(search: $search, orgUnitId: $orgUnitId, role: $role, deactivated: $deactivated, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AdminUserFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($search: String, $orgUnitId: ID, $role: Role, $deactivated: Boolean, $first: Int, $after: String) {\n    peopleListActions\n    users(search: $search, orgUnitId: $orgUnitId, role: $role, deactivated: $deactivated, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AdminUserFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($userId: ID!, $role: Role!, $orgUnitId: ID) {\n    grantRole(userId: $userId, role: $role, orgUnitId: $orgUnitId) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation GrantRole($userId: ID!, $role: Role!, $orgUnitId: ID) {\n    grantRole(userId: $userId, role: $role, orgUnitId: $orgUnitId) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($userId: ID!, $role: Role!, $orgUnitId: ID) {\n    revokeRole(userId: $userId, role: $role, orgUnitId: $orgUnitId) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeRole($userId: ID!, $role: Role!, $orgUnitId: ID) {\n    revokeRole(userId: $userId, role: $role, orgUnitId: $orgUnitId) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUserMembership($userId: ID!, $input: UpdateMembershipInput!) {\n    updateUserMembership(userId: $userId, input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUserMembership($userId: ID!, $input: UpdateMembershipInput!) {\n    updateUserMembership(userId: $userId, input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($userId: ID!, $input: UpdateUserInput!) {\n    updateUser(userId: $userId, input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($userId: ID!, $input: UpdateUserInput!) {\n    updateUser(userId: $userId, input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...AdminUserFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;