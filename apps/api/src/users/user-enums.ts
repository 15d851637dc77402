import type { UserAction } from '@hocso/server-core';
import { actionEnum } from '../common/graphql-enums';

export const UserActionEnum = actionEnum<UserAction>('UserAction', "What one can do to another person's account; User.allowedActions lists those the caller may do", {
  EDIT_MEMBERSHIP: 'updateUserMembership',
  MANAGE_ROLES: 'grantRole, revokeRole',
  SEND_PASSWORD_RESET: 'sendPasswordReset',
});
