import { graphql } from '../generated/gql';

/** A cohort as its card and its page's summary show it. */
export const cohortSummaryFieldsFragment = graphql(`
  fragment CohortSummaryFields on Cohort {
    id
    name
    startsOn
    memberCount
    orgUnit {
      id
      name
    }
    course {
      id
      title
    }
    track {
      code
      title
    }
    progress {
      members
      completed
      averageProgress
    }
  }
`);

export const cohortsQuery = graphql(`
  query Cohorts($first: Int, $after: String) {
    cohorts(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CohortSummaryFields
        }
      }
    }
  }
`);

export const cohortQuery = graphql(`
  query Cohort($id: ID!, $first: Int, $after: String) {
    cohort(id: $id) {
      ...CohortSummaryFields
      allowedActions
      members(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            userId
            fullName
            progress
            completed
            lastActivityAt
          }
        }
      }
    }
  }
`);

export const createCohortMutation = graphql(`
  mutation CreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      ...CohortSummaryFields
    }
  }
`);

export const addCohortMembersMutation = graphql(`
  mutation AddCohortMembers($cohortId: ID!, $input: AddCohortMembersInput!) {
    addCohortMembers(cohortId: $cohortId, input: $input) {
      added
      enrolled
      cohort {
        ...CohortSummaryFields
      }
    }
  }
`);

export const cohortCandidatesQuery = graphql(`
  query CohortCandidates($cohortId: ID!, $search: String!) {
    cohortCandidates(cohortId: $cohortId, search: $search) {
      userId
      fullName
      orgUnitName
      audience
      member
    }
  }
`);
