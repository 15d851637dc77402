import { graphql } from '../generated/gql';

export const requestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: PasswordResetRequestInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const resetPasswordWithCodeMutation = graphql(`
  mutation ResetPasswordWithCode($input: CodePasswordInput!) {
    resetPasswordWithCode(input: $input) {
      accessToken
      refreshToken
      user {
        ...CurrentUserFields
      }
    }
  }
`);

export const activateAccountMutation = graphql(`
  mutation ActivateAccount($input: CodePasswordInput!) {
    activateAccount(input: $input) {
      accessToken
      refreshToken
      user {
        ...CurrentUserFields
      }
    }
  }
`);

export const sendPasswordResetMutation = graphql(`
  mutation SendPasswordReset($userId: ID!) {
    sendPasswordReset(userId: $userId)
  }
`);
