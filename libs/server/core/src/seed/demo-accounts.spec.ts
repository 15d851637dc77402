import { DEMO_ACCOUNTS, ROLES } from '@hocso/contracts';
import { DEMO_ORG_TREE, type OrgUnitSeed } from './demo-org-tree';

function codesOf(unit: OrgUnitSeed): string[] {
  return [unit.code, ...(unit.children ?? []).flatMap(codesOf)];
}

describe('demo accounts', () => {
  const codes = new Set(codesOf(DEMO_ORG_TREE));

  it('has one account per role plus a citizen, with the documented emails', () => {
    expect(DEMO_ACCOUNTS.map((a) => a.email)).toEqual([
      'admin@demo.hocso.vn',
      'manager@demo.hocso.vn',
      'trainer@demo.hocso.vn',
      'learner@demo.hocso.vn',
      'citizen@demo.hocso.vn',
    ]);
    const granted = new Set(DEMO_ACCOUNTS.flatMap((a) => a.roles.map((r) => r.role)));
    expect([...granted].sort()).toEqual([...ROLES].sort());
  });

  it('places every account and scope in an org unit of the seeded tree', () => {
    for (const account of DEMO_ACCOUNTS) {
      if (account.orgUnitCode) expect(codes).toContain(account.orgUnitCode);
      for (const grant of account.roles) if (grant.orgUnitCode) expect(codes).toContain(grant.orgUnitCode);
    }
  });
});
