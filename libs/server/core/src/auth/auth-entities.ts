import { AuthSessionEntity } from './auth-session.entity';
import { PasswordTokenEntity } from './password-token.entity';
import { RefreshTokenEntity } from './refresh-token.entity';

/** Sign-in: sessions, their refresh tokens and one-time password links. */
export const AUTH_ENTITIES = [AuthSessionEntity, RefreshTokenEntity, PasswordTokenEntity];
