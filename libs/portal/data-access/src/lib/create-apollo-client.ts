import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, mergeMap, throwError } from 'rxjs';
import { expiresSoon } from './access-token-expiry';
import { hasErrorCode } from './api-error';
import { createLanguageLink, type CurrentLanguage, vietnamese } from './language-link';
import { browserRefreshLock, type RefreshLock } from './refresh-lock';
import { createSessionRefresher, type SessionRefresher } from './session-refresher';
import type { TokenStore } from './token-store';

const OPERATIONS_WITHOUT_SESSION = new Set(['Login', 'Register', 'RefreshToken', 'Logout', 'SetPasswordWithToken']);
const OPERATIONS_SENT_ANONYMOUSLY = new Set(['Login', 'Register', 'RefreshToken', 'SetPasswordWithToken']);

export interface PortalApollo {
  client: ApolloClient;
  tokenStore: TokenStore;
  refresher: SessionRefresher;
}

/** `currentLanguage` is the screen's language: the server writes its messages in it. */
export function createApolloClient(
  tokenStore: TokenStore,
  uri = '/graphql',
  currentLanguage: CurrentLanguage = vietnamese,
  lock: RefreshLock = browserRefreshLock(),
): PortalApollo {
  const refresher = createSessionRefresher(uri, tokenStore, { lock, currentLanguage });

  const authLink = new SetContextLink(async (previousContext, operation) => {
    const needsSession = !OPERATIONS_WITHOUT_SESSION.has(operation.operationName ?? '');
    const current = tokenStore.getAccessToken();
    if (needsSession && (!current || expiresSoon(current)) && tokenStore.getRefreshToken()) {
      await refresher.refresh(current);
    }
    const accessToken = OPERATIONS_SENT_ANONYMOUSLY.has(operation.operationName ?? '') ? null : tokenStore.getAccessToken();
    if (!accessToken) return {};
    return {
      sentAccessToken: accessToken,
      headers: { ...(previousContext['headers'] as Record<string, string> | undefined), authorization: `Bearer ${accessToken}` },
    };
  });

  const refreshOnUnauthenticated = new ErrorLink(({ error, operation, forward }) => {
    if (!hasErrorCode(error, 'UNAUTHENTICATED')) return;
    if (OPERATIONS_WITHOUT_SESSION.has(operation.operationName ?? '')) return;
    if (operation.getContext()['retriedAfterRefresh'] === true) {
      tokenStore.clear();
      return;
    }
    if (!tokenStore.getRefreshToken()) {
      tokenStore.clear();
      return;
    }
    const sent = operation.getContext()['sentAccessToken'];
    return from(refresher.refresh(typeof sent === 'string' ? sent : null)).pipe(
      mergeMap((outcome) => {
        if (outcome !== 'refreshed') return throwError(() => error);
        operation.setContext({ retriedAfterRefresh: true });
        return forward(operation);
      }),
    );
  });

  const client = new ApolloClient({
    link: ApolloLink.from([refreshOnUnauthenticated, createLanguageLink(currentLanguage), authLink, new HttpLink({ uri })]),
    cache: new InMemoryCache({
      typePolicies: {
        RoleGrant: { keyFields: false },
        RejectedRow: { keyFields: false },
        Query: {
          fields: {
            users: { keyArgs: ['search', 'orgUnitId', 'role'], merge: mergeUserPages },
          },
        },
      },
    }),
  });

  return { client, tokenStore, refresher };
}

interface UserPage {
  edges: readonly unknown[];
}

function mergeUserPages(existing: UserPage | undefined, incoming: UserPage, options: { args: Record<string, unknown> | null }): UserPage {
  if (!existing || !options.args?.['after']) return incoming;
  return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
}
