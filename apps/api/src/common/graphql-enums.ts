import { registerEnumType } from '@nestjs/graphql';
import { AUDIENCES, OFFICIAL_IMPORT_STATUSES, ROLES } from '@hocso/contracts';

/** A GraphQL enum of a list of values, each named by itself. */
export function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
}

export const RoleEnum = enumOf(ROLES);
export const AudienceEnum = enumOf(AUDIENCES);
export const OfficialImportStatusEnum = enumOf(OFFICIAL_IMPORT_STATUSES);

registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(AudienceEnum, { name: 'Audience' });
registerEnumType(OfficialImportStatusEnum, { name: 'OfficialImportStatus' });
