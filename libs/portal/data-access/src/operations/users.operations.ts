import { graphql } from '../generated/gql';

export const adminUserFieldsFragment = graphql(`
  fragment AdminUserFields on User {
    id
    fullName
    email
    phone
    position
    audience
    roles
    emailVerified
    allowedActions
    orgUnit {
      id
      code
      name
    }
    roleGrants {
      role
      orgUnit {
        id
        code
        name
      }
    }
  }
`);

export const usersQuery = graphql(`
  query Users($search: String, $orgUnitId: ID, $role: Role, $first: Int, $after: String) {
    users(search: $search, orgUnitId: $orgUnitId, role: $role, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AdminUserFields
        }
      }
    }
  }
`);

export const grantRoleMutation = graphql(`
  mutation GrantRole($userId: ID!, $role: Role!, $orgUnitId: ID) {
    grantRole(userId: $userId, role: $role, orgUnitId: $orgUnitId) {
      ...AdminUserFields
    }
  }
`);

export const revokeRoleMutation = graphql(`
  mutation RevokeRole($userId: ID!, $role: Role!, $orgUnitId: ID) {
    revokeRole(userId: $userId, role: $role, orgUnitId: $orgUnitId) {
      ...AdminUserFields
    }
  }
`);

export const updateUserMembershipMutation = graphql(`
  mutation UpdateUserMembership($userId: ID!, $input: UpdateMembershipInput!) {
    updateUserMembership(userId: $userId, input: $input) {
      ...AdminUserFields
    }
  }
`);
