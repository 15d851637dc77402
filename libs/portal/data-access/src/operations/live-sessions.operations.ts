import { graphql } from '../generated/gql';

/** What a session's card and summary show, and where the reader stands. */
export const liveSessionCardFieldsFragment = graphql(`
  fragment LiveSessionCardFields on LiveSession {
    id
    kind
    title
    startsAt
    endsAt
    place
    onlineUrl
    capacity
    seatsLeft
    registered
    attended
    creditedHours
  }
`);

export const upcomingLiveSessionsQuery = graphql(`
  query UpcomingLiveSessions($first: Int, $after: String) {
    liveSessions(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...LiveSessionCardFields
        }
      }
    }
  }
`);

export const liveSessionQuery = graphql(`
  query LiveSession($id: ID!) {
    liveSession(id: $id) {
      ...LiveSessionCardFields
      description
      registeredCount
      attendedCount
      allowWalkIn
      calendarPath
      allowedActions
      cohort {
        id
        name
      }
      course {
        id
        title
      }
    }
  }
`);

export const registerForLiveSessionMutation = graphql(`
  mutation RegisterForLiveSession($id: ID!) {
    registerForLiveSession(sessionId: $id) {
      ...LiveSessionCardFields
      registeredCount
      allowedActions
    }
  }
`);

export const cancelLiveSessionRegistrationMutation = graphql(`
  mutation CancelLiveSessionRegistration($id: ID!) {
    cancelLiveSessionRegistration(sessionId: $id) {
      ...LiveSessionCardFields
      registeredCount
      allowedActions
    }
  }
`);

export const checkInToLiveSessionMutation = graphql(`
  mutation CheckInToLiveSession($id: ID!, $code: String!) {
    checkInToLiveSession(sessionId: $id, code: $code) {
      ...LiveSessionCardFields
      attendedCount
      allowedActions
    }
  }
`);

export const liveSessionCheckInCodeQuery = graphql(`
  query LiveSessionCheckInCode($id: ID!) {
    liveSessionCheckInCode(sessionId: $id) {
      code
      refreshAt
      stepSeconds
    }
    liveSession(id: $id) {
      id
      title
      kind
      attendedCount
      registeredCount
    }
  }
`);
