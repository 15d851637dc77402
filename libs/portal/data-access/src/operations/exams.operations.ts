import { graphql } from '../generated/gql';

export const examSummaryFieldsFragment = graphql(`
  fragment ExamSummaryFields on Exam {
    id
    title
    questionCount
    timeLimitSeconds
    maxAttempts
    passPercent
    gradingMethod
    opensAt
    closesAt
    openToAll
    allowedActions
  }
`);

export const examLearnerFieldsFragment = graphql(`
  fragment ExamLearnerFields on Exam {
    ...ExamSummaryFields
    instructions
    attemptDelaySeconds
    graceSeconds
    myAttemptsLeft
    myNextAttemptAt
    myBestPercent
    myPassed
  }
`);

export const examEditorFieldsFragment = graphql(`
  fragment ExamEditorFields on Exam {
    ...ExamSummaryFields
    bankId
    attemptCount
    instructions
    attemptDelaySeconds
    graceSeconds
    shuffleQuestions
    shuffleOptions
    rules {
      category
      count
      points
    }
    reviewPolicy {
      score
      correctness
      feedback
      rightAnswers
    }
  }
`);

export const examOverrideFieldsFragment = graphql(`
  fragment ExamOverrideFields on ExamOverride {
    id
    userId
    orgUnitId
    timeMultiplier
    extraAttempts
    opensAt
    closesAt
  }
`);

export const examLandingQuery = graphql(`
  query ExamLanding($id: ID!) {
    exam(id: $id) {
      ...ExamLearnerFields
    }
    myAttempts(examId: $id) {
      id
      number
      state
      startedAt
      submittedAt
      autoSubmitted
      deadline
      scorePercent
      passed
    }
  }
`);

export const openExamsQuery = graphql(`
  query OpenExams {
    openExams {
      ...ExamSummaryFields
      instructions
      myAttemptsLeft
      myBestPercent
      myPassed
    }
  }
`);

export const examsOfBankQuery = graphql(`
  query ExamsOfBank($bankId: ID!) {
    examsOfBank(bankId: $bankId) {
      ...ExamSummaryFields
    }
  }
`);

export const examEditorQuery = graphql(`
  query ExamEditor($id: ID!) {
    exam(id: $id) {
      ...ExamEditorFields
    }
  }
`);

export const examRuleCountsQuery = graphql(`
  query ExamRuleCounts($bankId: ID!, $rules: [ExamRuleInput!]!) {
    examRuleCounts(bankId: $bankId, rules: $rules)
  }
`);

export const createExamMutation = graphql(`
  mutation CreateExam($input: CreateExamInput!) {
    createExam(input: $input) {
      ...ExamEditorFields
    }
  }
`);

export const updateExamMutation = graphql(`
  mutation UpdateExam($id: ID!, $input: CreateExamInput!) {
    updateExam(id: $id, input: $input) {
      ...ExamEditorFields
    }
  }
`);

export const examOverridesQuery = graphql(`
  query ExamOverrides($id: ID!) {
    exam(id: $id) {
      id
      title
      allowedActions
      overrides {
        ...ExamOverrideFields
      }
    }
  }
`);

export const setExamOverrideMutation = graphql(`
  mutation SetExamOverride($input: ExamOverrideInput!) {
    setExamOverride(input: $input) {
      ...ExamOverrideFields
    }
  }
`);

export const removeExamOverrideMutation = graphql(`
  mutation RemoveExamOverride($id: ID!) {
    removeExamOverride(id: $id)
  }
`);

export const setLearnerAccommodationMutation = graphql(`
  mutation SetLearnerAccommodation($userId: ID!, $timeMultiplier: Float!, $note: String) {
    setLearnerAccommodation(userId: $userId, timeMultiplier: $timeMultiplier, note: $note)
  }
`);

export const examManageQuery = graphql(`
  query ExamManage($id: ID!) {
    exam(id: $id) {
      id
      title
      bankId
      questionCount
      openToAll
      allowedActions
    }
  }
`);
