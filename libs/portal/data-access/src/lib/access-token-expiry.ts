/** Refresh this long before an access token expires, so that a request never leaves with a dying token. */
export const ACCESS_TOKEN_EXPIRY_MARGIN_MS = 30_000;

/**
 * Whether the access token (a JWT) expires within the margin, by its `exp` claim. A token this code cannot
 * read is left for the server to judge.
 */
export function expiresSoon(accessToken: string, now = Date.now(), marginMs = ACCESS_TOKEN_EXPIRY_MARGIN_MS): boolean {
  const payload = accessToken.split('.')[1];
  if (!payload) return false;
  try {
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof claims.exp === 'number' && claims.exp * 1000 - now < marginMs;
  } catch {
    return false;
  }
}
