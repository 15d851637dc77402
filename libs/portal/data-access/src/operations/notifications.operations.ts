import { graphql } from '../generated/gql';

export const myNotificationsQuery = graphql(`
  query MyNotifications {
    unreadNotificationCount
    myNotifications(first: 20) {
      id
      kind
      params
      title
      body
      createdAt
      read
    }
  }
`);

export const markNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
