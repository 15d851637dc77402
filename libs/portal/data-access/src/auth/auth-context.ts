import { createContext } from 'react';
import type { CurrentUserFieldsFragment, LoginInput, RegisterInput, Role } from '../generated/graphql';

export type CurrentUser = CurrentUserFieldsFragment;

export interface AuthContextValue {
  me: CurrentUser | null;
  loading: boolean;
  isAuthenticated: boolean;
  hasAnyRole(...roles: Role[]): boolean;
  signIn(input: LoginInput): Promise<CurrentUser>;
  signUp(input: RegisterInput): Promise<CurrentUser>;
  signInWithPasswordToken(token: string, password: string): Promise<CurrentUser>;
  signOut(): Promise<void>;
  refetchMe(): Promise<void>;
  /** The current access token, for the few plain HTTP calls (uploads); null without a session. */
  getAccessToken(): string | null;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
