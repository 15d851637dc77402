import { defineMessages } from '../i18n/translation';

/** Refusals of the access rules every domain shares (roles and the org units a manager acts in). */
export const ACCESS_MESSAGES = defineMessages({
  'access.adminOnly': { vi: 'Chỉ quản trị viên mới làm được việc này', en: 'Only an administrator can do this' },
  'access.adminOrManagerOnly': {
    vi: 'Chỉ quản trị viên hoặc người quản lý đơn vị mới làm được việc này',
    en: 'Only an administrator or a unit manager can do this',
  },
  'access.outsideManagedUnits': { vi: 'Đơn vị này nằm ngoài các đơn vị bạn quản lý', en: 'This org unit is outside the units you manage' },
});
