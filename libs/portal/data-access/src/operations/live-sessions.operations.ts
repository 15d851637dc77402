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
    cancelledAt
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
      cancelReason
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

/** What the signed-in person may start, and the units they are the digital-transformation expert of. */
export const organiserActionsQuery = graphql(`
  query OrganiserActions {
    organiserActions
    myExpertUnits {
      id
      name
    }
  }
`);

export const createLiveSessionMutation = graphql(`
  mutation CreateLiveSession($input: CreateLiveSessionInput!) {
    createLiveSession(input: $input) {
      ...LiveSessionCardFields
    }
  }
`);

export const cancelLiveSessionMutation = graphql(`
  mutation CancelLiveSession($id: ID!, $reason: String!) {
    cancelLiveSession(sessionId: $id, reason: $reason) {
      ...LiveSessionCardFields
      cancelReason
      allowedActions
    }
  }
`);

export const rescheduleLiveSessionMutation = graphql(`
  mutation RescheduleLiveSession($id: ID!, $input: RescheduleLiveSessionInput!) {
    rescheduleLiveSession(sessionId: $id, input: $input) {
      ...LiveSessionCardFields
      allowedActions
    }
  }
`);

export const liveSessionAttendeesQuery = graphql(`
  query LiveSessionAttendees($id: ID!, $first: Int, $offset: Int) {
    liveSessionAttendees(sessionId: $id, first: $first, offset: $offset) {
      totalCount
      items {
        userId
        fullName
        registration
        registeredAt
        checkedInAt
        hours
        walkIn
      }
    }
  }
`);
