import { PasswordTokenEntity } from './password-token.entity';
import { RefreshTokenEntity } from './refresh-token.entity';

/** Sign-in: refresh tokens and one-time password links. */
export const AUTH_ENTITIES = [RefreshTokenEntity, PasswordTokenEntity];
