import { graphql } from '../generated/gql';

export const currentUserFieldsFragment = graphql(`
  fragment CurrentUserFields on User {
    id
    fullName
    email
    phone
    position
    audience
    roles
    emailVerified
    createdAt
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

export const meQuery = graphql(`
  query Me {
    me {
      ...CurrentUserFields
    }
  }
`);

export const loginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      user {
        ...CurrentUserFields
      }
    }
  }
`);

export const registerMutation = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      refreshToken
      user {
        ...CurrentUserFields
      }
    }
  }
`);

export const refreshTokenMutation = graphql(`
  mutation RefreshToken($refreshToken: String!) {
    refreshToken(refreshToken: $refreshToken) {
      accessToken
      refreshToken
    }
  }
`);

export const logoutMutation = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

export const setPasswordWithTokenMutation = graphql(`
  mutation SetPasswordWithToken($token: String!, $password: String!) {
    setPasswordWithToken(token: $token, password: $password) {
      accessToken
      refreshToken
      user {
        ...CurrentUserFields
      }
    }
  }
`);

export const confirmEmailMutation = graphql(`
  mutation ConfirmEmail($token: String!) {
    confirmEmail(token: $token)
  }
`);

export const resendEmailConfirmationMutation = graphql(`
  mutation ResendEmailConfirmation {
    resendEmailConfirmation
  }
`);
