import type { OrgUnitAction } from '@hocso/server-core';
import { actionEnum } from '../common/graphql-enums';

export const OrgUnitActionEnum = actionEnum<OrgUnitAction>(
  'OrgUnitAction',
  'What one can do to an org unit; OrgUnit.allowedActions and Query.orgTreeActions list those the caller may do',
  {
    CREATE_CHILD: 'createOrgUnit under this unit (in orgTreeActions: a top-level unit)',
    RENAME: 'renameOrgUnit',
    MOVE: 'moveOrgUnit',
    DELETE: 'deleteOrgUnit',
  },
);
