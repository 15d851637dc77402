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
    deactivatedAt
    allowedActions
    grantableRoles
    orgUnit {
      id
      code
      name
    }
    roleGrants {
      role
      revocable
      orgUnit {
        id
        code
        name
      }
    }
  }
`);

export const usersQuery = graphql(`
  query Users($search: String, $orgUnitId: ID, $role: Role, $deactivated: Boolean, $first: Int, $after: String) {
    peopleListActions
    users(search: $search, orgUnitId: $orgUnitId, role: $role, deactivated: $deactivated, first: $first, after: $after) {
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

export const createUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...AdminUserFields
    }
  }
`);

export const updateUserMutation = graphql(`
  mutation UpdateUser($userId: ID!, $input: UpdateUserInput!) {
    updateUser(userId: $userId, input: $input) {
      ...AdminUserFields
    }
  }
`);

export const deactivateUserMutation = graphql(`
  mutation DeactivateUser($userId: ID!) {
    deactivateUser(userId: $userId) {
      ...AdminUserFields
    }
  }
`);

export const reactivateUserMutation = graphql(`
  mutation ReactivateUser($userId: ID!) {
    reactivateUser(userId: $userId) {
      ...AdminUserFields
    }
  }
`);
