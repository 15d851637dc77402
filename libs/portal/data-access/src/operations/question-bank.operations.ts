import { graphql } from '../generated/gql';

export const questionBankSummaryFieldsFragment = graphql(`
  fragment QuestionBankSummaryFields on QuestionBank {
    id
    title
    ownerId
    updatedAt
    categories {
      id
      path
      questionCount
    }
  }
`);

export const questionCategoryFieldsFragment = graphql(`
  fragment QuestionCategoryFields on QuestionCategory {
    id
    path
    name
    parentPath
    depth
    questionCount
  }
`);

export const questionBankDetailFieldsFragment = graphql(`
  fragment QuestionBankDetailFields on QuestionBank {
    id
    title
    ownerId
    updatedAt
    allowedActions
    categories {
      ...QuestionCategoryFields
    }
    collaborators {
      userId
      fullName
      email
      role
    }
  }
`);

export const questionSummaryFieldsFragment = graphql(`
  fragment QuestionSummaryFields on Question {
    id
    type
    name
    prompt
    promptFormat
    category
    tags
    version
    defaultPoints
  }
`);

export const questionFieldsFragment = graphql(`
  fragment QuestionFields on Question {
    id
    versionId
    version
    isCurrentVersion
    type
    name
    idNumber
    prompt
    promptFormat
    category
    tags
    defaultPoints
    generalFeedback
    options {
      id
      text
      fraction
      feedback
    }
    correctBoolean
    trueFeedback
    falseFeedback
    caseSensitive
    numericAnswers {
      value
      tolerance
      fraction
      feedback
    }
    matchPairs {
      prompt
      answer
    }
    shuffleAnswers
    penalty
    correctFeedback
    partiallyCorrectFeedback
    incorrectFeedback
    graderInfo
    attachments {
      id
      name
      mimeType
      url
    }
    updatedAt
  }
`);

export const myQuestionBanksQuery = graphql(`
  query MyQuestionBanks {
    myQuestionBanks {
      ...QuestionBankSummaryFields
    }
  }
`);

export const questionBankQuery = graphql(`
  query QuestionBank($id: ID!) {
    questionBank(id: $id) {
      ...QuestionBankDetailFields
    }
  }
`);

export const questionBankQuestionPageQuery = graphql(`
  query QuestionBankQuestionPage($id: ID!, $category: String, $search: String, $first: Int, $after: String) {
    questionBank(id: $id) {
      id
      questionPage(category: $category, search: $search, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...QuestionSummaryFields
          }
        }
      }
    }
  }
`);

export const questionQuery = graphql(`
  query Question($id: ID!) {
    question(id: $id) {
      ...QuestionFields
    }
  }
`);

export const questionExportQuery = graphql(`
  query QuestionExport($bankId: ID!, $format: QuestionFormat!, $category: String, $questionIds: [ID!]) {
    questionExport(bankId: $bankId, format: $format, category: $category, questionIds: $questionIds) {
      text
      questionCount
      skipped {
        questionId
        name
        message
      }
    }
  }
`);

export const createQuestionBankMutation = graphql(`
  mutation CreateQuestionBank($input: CreateQuestionBankInput!) {
    createQuestionBank(input: $input) {
      ...QuestionBankSummaryFields
    }
  }
`);

export const renameQuestionBankMutation = graphql(`
  mutation RenameQuestionBank($bankId: ID!, $title: String!) {
    renameQuestionBank(bankId: $bankId, title: $title) {
      id
      title
      updatedAt
    }
  }
`);

export const shareQuestionBankMutation = graphql(`
  mutation ShareQuestionBank($bankId: ID!, $userEmail: String!) {
    shareQuestionBank(bankId: $bankId, userEmail: $userEmail) {
      ...QuestionBankDetailFields
    }
  }
`);

export const unshareQuestionBankMutation = graphql(`
  mutation UnshareQuestionBank($bankId: ID!, $userEmail: String!) {
    unshareQuestionBank(bankId: $bankId, userEmail: $userEmail) {
      ...QuestionBankDetailFields
    }
  }
`);

export const importQuestionsMutation = graphql(`
  mutation ImportQuestions($input: ImportQuestionsInput!) {
    importQuestions(input: $input) {
      imported
      errors {
        line
        message
        reason
      }
    }
  }
`);

export const createQuestionMutation = graphql(`
  mutation CreateQuestion($bankId: ID!, $input: QuestionInput!) {
    createQuestion(bankId: $bankId, input: $input) {
      ...QuestionFields
    }
  }
`);

export const updateQuestionMutation = graphql(`
  mutation UpdateQuestion($id: ID!, $input: QuestionInput!) {
    updateQuestion(id: $id, input: $input) {
      ...QuestionFields
    }
  }
`);

export const deleteQuestionMutation = graphql(`
  mutation DeleteQuestion($id: ID!) {
    deleteQuestion(id: $id)
  }
`);

export const createQuestionCategoryMutation = graphql(`
  mutation CreateQuestionCategory($bankId: ID!, $path: String!) {
    createQuestionCategory(bankId: $bankId, path: $path) {
      ...QuestionCategoryFields
    }
  }
`);
