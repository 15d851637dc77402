import { PasswordTokenEntity } from '../auth/password-token.entity';
import { RefreshTokenEntity } from '../auth/refresh-token.entity';
import { OfficialImportEntity } from '../official-imports/official-import.entity';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { TrackEntity } from '../tracks/track.entity';
import { RoleGrantEntity } from '../users/role-grant.entity';
import { UserEntity } from '../users/user.entity';

export const ENTITIES = [
  OrgUnitEntity,
  UserEntity,
  RoleGrantEntity,
  RefreshTokenEntity,
  PasswordTokenEntity,
  TrackEntity,
  OfficialImportEntity,
];
