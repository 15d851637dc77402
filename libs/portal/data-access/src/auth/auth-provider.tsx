import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { loginMutation, logoutMutation, meQuery, registerMutation, setPasswordWithTokenMutation } from '../operations/auth.operations';
import { activateAccountMutation, resetPasswordWithCodeMutation } from '../operations/password-reset.operations';
import type { CodePasswordInput, LoginInput, RegisterInput, Role } from '../generated/graphql';
import { describeApiError } from '../lib/api-error';
import { REFRESH_TOKEN_STORAGE_KEY, type TokenPair, type TokenStore } from '../lib/token-store';
import { AuthContext, type AuthContextValue, type CodePurpose, type CurrentUser } from './auth-context';

const ME_RETRY_MS = 15_000;

export interface AuthProviderProps {
  tokenStore: TokenStore;
  children: ReactNode;
}

interface SessionPayload extends TokenPair {
  user: CurrentUser;
}

export function AuthProvider({ tokenStore, children }: AuthProviderProps) {
  const client = useApolloClient();
  const hasSession = useSyncExternalStore(tokenStore.subscribe, tokenStore.hasSession, () => false);
  const { data, loading, error, refetch } = useQuery(meQuery, { skip: !hasSession, fetchPolicy: 'cache-first' });
  const me = hasSession ? (data?.me ?? null) : null;
  const hadSession = useRef(hasSession);
  // A page opened offline (an exam reloaded in airplane mode) cannot ask who is signed in: that is not known
  // yet, not signed out. Ask again when the network returns, and meanwhile every little while.
  const unreachable = hasSession && me === null && error !== undefined && describeApiError(error).kind === 'network';

  useEffect(() => {
    if (!unreachable) return;
    const retry = () => void refetch().catch(() => undefined);
    window.addEventListener('online', retry);
    const timer = setInterval(retry, ME_RETRY_MS);
    return () => {
      window.removeEventListener('online', retry);
      clearInterval(timer);
    };
  }, [unreachable, refetch]);

  useEffect(() => {
    if (hadSession.current && !hasSession) void client.clearStore();
    hadSession.current = hasSession;
  }, [client, hasSession]);

  useEffect(() => {
    const endSessionSignedOutElsewhere = (event: StorageEvent) => {
      if (event.key === REFRESH_TOKEN_STORAGE_KEY && event.newValue === null) tokenStore.clear();
    };
    window.addEventListener('storage', endSessionSignedOutElsewhere);
    return () => window.removeEventListener('storage', endSessionSignedOutElsewhere);
  }, [tokenStore]);

  const startSession = useCallback(
    (payload: SessionPayload): CurrentUser => {
      tokenStore.setTokens({ accessToken: payload.accessToken, refreshToken: payload.refreshToken });
      client.writeQuery({ query: meQuery, data: { me: payload.user } });
      return payload.user;
    },
    [client, tokenStore],
  );

  const signIn = useCallback(
    async (input: LoginInput) => {
      const result = await client.mutate({ mutation: loginMutation, variables: { input } });
      if (!result.data) throw new Error('Empty login response');
      return startSession(result.data.login);
    },
    [client, startSession],
  );

  const signUp = useCallback(
    async (input: RegisterInput) => {
      const result = await client.mutate({ mutation: registerMutation, variables: { input } });
      if (!result.data) throw new Error('Empty register response');
      return startSession(result.data.register);
    },
    [client, startSession],
  );

  const signInWithPasswordToken = useCallback(
    async (token: string, password: string) => {
      const result = await client.mutate({ mutation: setPasswordWithTokenMutation, variables: { token, password } });
      if (!result.data) throw new Error('Empty set-password response');
      return startSession(result.data.setPasswordWithToken);
    },
    [client, startSession],
  );

  const signInWithCode = useCallback(
    async (purpose: CodePurpose, input: CodePasswordInput) => {
      if (purpose === 'activation') {
        const result = await client.mutate({ mutation: activateAccountMutation, variables: { input } });
        if (!result.data) throw new Error('Empty activation response');
        return startSession(result.data.activateAccount);
      }
      const result = await client.mutate({ mutation: resetPasswordWithCodeMutation, variables: { input } });
      if (!result.data) throw new Error('Empty reset response');
      return startSession(result.data.resetPasswordWithCode);
    },
    [client, startSession],
  );

  const signOut = useCallback(async () => {
    const refreshToken = tokenStore.getRefreshToken();
    if (refreshToken) {
      try {
        await client.mutate({ mutation: logoutMutation, variables: { refreshToken } });
      } catch {
        // The local session ends even when the server cannot be told.
      }
    }
    tokenStore.clear();
    await client.clearStore();
  }, [client, tokenStore]);

  const refetchMe = useCallback(async () => {
    if (tokenStore.hasSession()) await refetch();
  }, [refetch, tokenStore]);

  const value = useMemo<AuthContextValue>(
    () => ({
      me,
      // Loading means "not known yet who is signed in": a refetch of a known user does not blank the page.
      loading: hasSession && (loading || unreachable) && me === null,
      isAuthenticated: me !== null,
      hasAnyRole: (...roles: Role[]) => (me ? roles.some((role) => me.roles.includes(role)) : false),
      signIn,
      signUp,
      signInWithPasswordToken,
      signInWithCode,
      signOut,
      refetchMe,
      getAccessToken: () => tokenStore.getAccessToken(),
    }),
    [me, hasSession, loading, unreachable, signIn, signUp, signInWithPasswordToken, signInWithCode, signOut, refetchMe, tokenStore],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
