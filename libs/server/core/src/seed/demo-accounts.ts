import type { Audience, Role } from '@hocso/contracts';
import { DEMO_CODES } from './demo-org-tree';

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
    orgUnitCode: DEMO_CODES.itDepartment,
    position: 'Chuyên viên quản trị hệ thống',
    roles: [{ role: 'LEARNER' }, { role: 'ADMIN' }],
    description: 'administrator of the whole province',
  },
  {
    email: 'manager@demo.hocso.vn',
    fullName: 'Trần Thị Quản Lý',
    audience: 'LEADER',
    orgUnitCode: DEMO_CODES.managedDistrict,
    position: 'Trưởng phòng Nội vụ huyện',
    roles: [{ role: 'LEARNER' }, { role: 'UNIT_MANAGER', orgUnitCode: DEMO_CODES.managedDistrict }],
    description: 'unit manager of Huyện Châu Thành',
  },
  {
    email: 'trainer@demo.hocso.vn',
    fullName: 'Lê Minh Giảng Viên',
    audience: 'OFFICIAL',
    orgUnitCode: DEMO_CODES.itDepartment,
    position: 'Chuyên gia chuyển đổi số',
    roles: [{ role: 'LEARNER' }, { role: 'TRAINER' }],
    description: 'trainer who authors courses and question banks',
  },
  {
    email: 'learner@demo.hocso.vn',
    fullName: 'Phạm Văn Học',
    audience: 'OFFICIAL',
    orgUnitCode: DEMO_CODES.learnerCommune,
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
