import { registerEnumType } from '@nestjs/graphql';
import { AUDIENCES, OFFICIAL_IMPORT_STATUSES, ROLES } from '@hocso/contracts';

/** A GraphQL enum of a list of values, each named by itself. */
export function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
}

/**
 * The GraphQL enum of what one can do to a kind of object (its `allowedActions`), each action described by
 * the operations it stands for.
 */
export function actionEnum<T extends string>(name: string, description: string, operations: Record<T, string>): Record<T, T> {
  const actions = Object.keys(operations) as T[];
  const values = enumOf(actions);
  registerEnumType(values, {
    name,
    description,
    valuesMap: Object.fromEntries(actions.map((action) => [action, { description: operations[action] }])) as Partial<Record<T, { description: string }>>,
  });
  return values;
}

export const RoleEnum = enumOf(ROLES);
export const AudienceEnum = enumOf(AUDIENCES);
export const OfficialImportStatusEnum = enumOf(OFFICIAL_IMPORT_STATUSES);
export const PasswordResetChannelEnum = enumOf(['EMAIL', 'SMS'] as const);

registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(AudienceEnum, { name: 'Audience' });
registerEnumType(OfficialImportStatusEnum, { name: 'OfficialImportStatus' });
registerEnumType(PasswordResetChannelEnum, { name: 'PasswordResetChannel', description: 'How a password reset reached the person: a link by mail, or a code by SMS' });
