/** The operations anyone may call without signing in; every other one answers UNAUTHENTICATED. */
export const PUBLIC_OPERATIONS: readonly string[] = [
  'Query.checkCredential',
  'Query.course',
  'Query.courseHighlights',
  'Query.courses',
  'Query.me',
  'Query.orgTreeActions',
  'Query.orgUnit',
  'Query.orgUnits',
  'Query.track',
  'Query.tracks',
  'Query.verifyCertificate',
  'Mutation.login',
  'Mutation.logout',
  'Mutation.refreshToken',
  'Mutation.register',
  'Mutation.setPasswordWithToken',
];
