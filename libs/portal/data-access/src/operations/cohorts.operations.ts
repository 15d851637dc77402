import { graphql } from '../generated/gql';

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
      }
    }
  }
`);

export const cohortQuery = graphql(`
  query Cohort($id: ID!, $first: Int, $after: String) {
    cohort(id: $id) {
      id
      name
      startsOn
      memberCount
      allowedActions
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
