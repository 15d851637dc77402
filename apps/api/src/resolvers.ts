import { AuthResolver } from './auth/auth.resolver';
import { OfficialImportsResolver } from './official-imports/official-imports.resolver';
import { OrgUnitsResolver } from './org-units/org-units.resolver';
import { TracksResolver } from './tracks/tracks.resolver';
import { UsersResolver } from './users/users.resolver';

/** Every resolver of the API: the app module provides them and the schema emitter reads them. */
export const RESOLVERS = [AuthResolver, UsersResolver, OrgUnitsResolver, TracksResolver, OfficialImportsResolver];
