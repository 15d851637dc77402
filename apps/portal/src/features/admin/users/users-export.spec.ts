import { describe, expect, it } from '@jest/globals';
import { usersExportPath } from './users-export';

describe('usersExportPath', () => {
  it('carries the filters of the list, and nothing for those left empty', () => {
    expect(usersExportPath({ search: null, role: null, orgUnitId: null, deactivated: null })).toBe('/users/export.csv');
    expect(usersExportPath({ search: 'Nguyễn & co', role: 'UNIT_MANAGER', orgUnitId: 'u1', deactivated: false })).toBe(
      '/users/export.csv?search=Nguy%E1%BB%85n+%26+co&role=UNIT_MANAGER&orgUnitId=u1&deactivated=false',
    );
  });
});
