import { graphql } from '../generated/gql';

export const examAttemptRowFieldsFragment = graphql(`
  fragment ExamAttemptRowFields on ExamAttempt {
    id
    number
    state
    startedAt
    deadline
    submittedAt
    autoSubmitted
    scorePercent
    scorePoints
    maxPoints
    passed
    user {
      id
      fullName
      email
    }
    orgUnit {
      id
      name
    }
  }
`);

export const examAttemptsQuery = graphql(`
  query ExamAttempts($examId: ID!, $orgUnitId: ID, $state: AttemptState) {
    exam(id: $examId) {
      id
      title
      allowedActions
    }
    examAttempts(examId: $examId, orgUnitId: $orgUnitId, state: $state) {
      ...ExamAttemptRowFields
    }
  }
`);

export const essaysToGradeQuery = graphql(`
  query EssaysToGrade($examId: ID!) {
    exam(id: $examId) {
      id
      title
      allowedActions
    }
    essaysToGrade(examId: $examId) {
      attemptId
      slot
      prompt
      text
      maxPoints
      submittedAt
    }
  }
`);

export const gradeAnswerMutation = graphql(`
  mutation GradeAnswer($attemptId: ID!, $slot: Int!, $points: Float!, $comment: String) {
    gradeAnswer(attemptId: $attemptId, slot: $slot, points: $points, comment: $comment) {
      id
      state
      scorePercent
      passed
    }
  }
`);

export const regradeExamMutation = graphql(`
  mutation RegradeExam($examId: ID!, $questionId: ID!) {
    regradeExam(examId: $examId, questionId: $questionId) {
      changedCount
      unchanged
      inProgress
      changed {
        attemptId
        beforePercent
        afterPercent
      }
    }
  }
`);

export const examStatisticsQuery = graphql(`
  query ExamStatistics($examId: ID!) {
    exam(id: $examId) {
      id
      title
      passPercent
      allowedActions
    }
    examStatistics(examId: $examId) {
      attemptCount
      meanPercent
      medianPercent
      standardDeviation
      cronbachAlpha
      histogram {
        fromPercent
        toPercent
        count
      }
      questions {
        slot
        questionId
        type
        promptExcerpt
        attempts
        facility
        discrimination
        flags
      }
    }
  }
`);

export const examDayQuery = graphql(`
  query ExamDay($examId: ID!, $orgUnitId: ID) {
    exam(id: $examId) {
      id
      title
      allowedActions
      closesAt
    }
    examDay(examId: $examId, orgUnitId: $orgUnitId) {
      serverNow
      takerCount
      units {
        notStarted
        inProgress
        submitted
        overdue
        orgUnit {
          id
          name
        }
      }
      takers {
        attemptId
        state
        lastSavedAt
        deadline
        user {
          id
          fullName
        }
        orgUnit {
          id
          name
        }
      }
    }
  }
`);

export const extendExamDeadlinesMutation = graphql(`
  mutation ExtendExamDeadlines($examId: ID!, $orgUnitId: ID!, $minutes: Int!) {
    extendExamDeadlines(examId: $examId, orgUnitId: $orgUnitId, minutes: $minutes)
  }
`);
