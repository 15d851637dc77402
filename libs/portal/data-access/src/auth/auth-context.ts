import { createContext } from 'react';
import type { CodePasswordInput, CurrentUserFieldsFragment, LoginInput, RegisterInput, Role } from '../generated/graphql';

export type CurrentUser = CurrentUserFieldsFragment;

/** What a one-time code typed with a phone is: a password reset sent by SMS, or an activation code handed out on paper. */
export type CodePurpose = 'reset' | 'activation';

export interface AuthContextValue {
  me: CurrentUser | null;
  loading: boolean;
  isAuthenticated: boolean;
  hasAnyRole(...roles: Role[]): boolean;
  signIn(input: LoginInput): Promise<CurrentUser>;
  signUp(input: RegisterInput): Promise<CurrentUser>;
  signInWithPasswordToken(token: string, password: string): Promise<CurrentUser>;
  /** Sets the password with a one-time code sent or handed to the phone, and signs in. */
  signInWithCode(purpose: CodePurpose, input: CodePasswordInput): Promise<CurrentUser>;
  signOut(): Promise<void>;
  refetchMe(): Promise<void>;
  /** The current access token, for the few plain HTTP calls (uploads); null without a session. */
  getAccessToken(): string | null;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
