import { RoleGrantEntity } from './role-grant.entity';
import { UserEntity } from './user.entity';

/** People and their role grants. */
export const USER_ENTITIES = [UserEntity, RoleGrantEntity];
