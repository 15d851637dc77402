import type { PeopleListAction, UserAction } from '@hocso/server-core';
import { actionEnum } from '../common/graphql-enums';

export const UserActionEnum = actionEnum<UserAction>('UserAction', "What one can do to another person's account; User.allowedActions lists those the caller may do", {
  EDIT_DETAILS: 'updateUser',
  EDIT_MEMBERSHIP: 'updateUserMembership',
  MANAGE_ROLES: 'grantRole, revokeRole (User.grantableRoles and RoleGrant.revocable say which)',
  DEACTIVATE: 'deactivateUser',
  REACTIVATE: 'reactivateUser',
  SEND_PASSWORD_RESET: 'sendPasswordReset',
});

export const PeopleListActionEnum = actionEnum<PeopleListAction>('PeopleListAction', 'What one can do on the list of people; Query.peopleListActions lists those the caller may do', {
  CREATE: 'createUser',
  EXPORT: 'GET /users/export.csv',
});
