/** Whom an access token speaks for: a user, in one of their sessions. */
export interface AccessTokenSubject {
  userId: string;
  sessionId: string;
}
