import type { Audience } from './audiences';
import type { Role } from './roles';

/** Org unit codes the demo accounts live in (they exist in the seeded org tree). */
const CODES = { itDepartment: 'BT-SO-TTTT', managedDistrict: 'BT-CHAUTHANH', learnerCommune: 'BT-CHAUTHANH-TANTHACH' } as const;

/** The accounts `npm start` seeds in demo mode, one per role; their password is DEMO_PASSWORD. */
export interface DemoAccount {
  email: string;
  fullName: string;
  audience: Audience;
  orgUnitCode: string | null;
  position: string | null;
  roles: Array<{ role: Role; orgUnitCode?: string }>;
  description: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'admin@demo.hocso.vn',
    fullName: 'Nguyễn Văn Quản Trị',
    audience: 'OFFICIAL',
    orgUnitCode: CODES.itDepartment,
    position: 'Chuyên viên quản trị hệ thống',
    roles: [{ role: 'LEARNER' }, { role: 'ADMIN' }],
    description: 'administrator of the whole province',
  },
  {
    email: 'manager@demo.hocso.vn',
    fullName: 'Trần Thị Quản Lý',
    audience: 'LEADER',
    orgUnitCode: CODES.managedDistrict,
    position: 'Trưởng phòng Nội vụ huyện',
    roles: [{ role: 'LEARNER' }, { role: 'UNIT_MANAGER', orgUnitCode: CODES.managedDistrict }],
    description: 'unit manager of Huyện Châu Thành',
  },
  {
    email: 'trainer@demo.hocso.vn',
    fullName: 'Lê Minh Giảng Viên',
    audience: 'OFFICIAL',
    orgUnitCode: CODES.itDepartment,
    position: 'Chuyên gia chuyển đổi số',
    roles: [{ role: 'LEARNER' }, { role: 'TRAINER' }],
    description: 'trainer who authors courses and question banks',
  },
  {
    email: 'learner@demo.hocso.vn',
    fullName: 'Phạm Văn Học',
    audience: 'OFFICIAL',
    orgUnitCode: CODES.learnerCommune,
    position: 'Công chức Văn phòng - Thống kê',
    roles: [{ role: 'LEARNER' }],
    description: 'official of Xã Tân Thạch, Châu Thành',
  },
  {
    email: 'citizen@demo.hocso.vn',
    fullName: 'Võ Thị Người Dân',
    audience: 'CITIZEN',
    orgUnitCode: null,
    position: null,
    roles: [{ role: 'LEARNER' }],
    description: 'citizen taking the open courses',
  },
];
