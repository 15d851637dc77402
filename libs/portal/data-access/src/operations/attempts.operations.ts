import { graphql } from '../generated/gql';

export const savedAnswerFieldsFragment = graphql(`
  fragment SavedAnswerFields on SavedAnswer {
    slot
    clientSeq
    savedAt
    optionIds
    text
    number
    boolean
    matches {
      prompt
      answer
    }
  }
`);

export const attemptFieldsFragment = graphql(`
  fragment AttemptFields on ExamAttempt {
    id
    number
    state
    startedAt
    deadline
    acceptsUntil
    serverNow
    submittedAt
    autoSubmitted
    scorePercent
    scorePoints
    maxPoints
    passed
    exam {
      id
      title
      timeLimitSeconds
      passPercent
    }
    questions {
      slot
      type
      prompt
      points
      options {
        id
        text
      }
      matchPrompts
      matchPromptsHtml
      matchChoices
    }
    answers {
      ...SavedAnswerFields
    }
  }
`);

export const startAttemptMutation = graphql(`
  mutation StartAttempt($examId: ID!) {
    startAttempt(examId: $examId) {
      ...AttemptFields
    }
  }
`);

export const attemptQuery = graphql(`
  query Attempt($id: ID!) {
    attempt(id: $id) {
      ...AttemptFields
    }
  }
`);

export const saveAnswerMutation = graphql(`
  mutation SaveAnswer($input: SaveAnswerInput!) {
    saveAnswer(input: $input) {
      ...SavedAnswerFields
    }
  }
`);

export const submitAttemptMutation = graphql(`
  mutation SubmitAttempt($attemptId: ID!) {
    submitAttempt(attemptId: $attemptId) {
      id
      state
      submittedAt
      autoSubmitted
      scorePercent
      passed
    }
  }
`);

export const attemptReviewQuery = graphql(`
  query AttemptReview($attemptId: ID!) {
    attemptReview(attemptId: $attemptId) {
      attemptId
      scorePercent
      scorePoints
      maxPoints
      passed
      moreVisibleAt
      visibility {
        score
        correctness
        feedback
        rightAnswers
      }
      attempt {
        ...AttemptFields
      }
      questions {
        slot
        type
        prompt
        maxPoints
        outcome
        points
        feedback
        comment
        rightAnswer
      }
    }
  }
`);
