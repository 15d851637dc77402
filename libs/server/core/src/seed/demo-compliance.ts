/**
 * The demo of the plan's table ("by level"): the officials of the province-level departments, of the city and the
 * districts, and the heads of public service units, those of them holding the IT qualification (each by a
 * recognised external certificate), and the units' digital-transformation experts — Giồng Trôm and Chợ Lách
 * have none yet. With the demo accounts, the report by level reads 844/947, 776/836 and 441/609 (2,061 of 2,392).
 *
 * Pure data: imports nothing.
 */
export interface DemoLevelPlan {
  /** A level of the default levels (migration ComplianceReports): who is seeded is placed in it. */
  levelCode: 'PROVINCE_OFFICIALS' | 'DISTRICT_OFFICIALS' | 'PUBLIC_SERVICE_HEADS';
  /** The kinds of the units the officials are spread over. */
  unitKinds: string[];
  required: number;
  completed: number;
  positions: string[];
}

export const DEMO_LEVEL_PLANS: DemoLevelPlan[] = [
  { levelCode: 'PROVINCE_OFFICIALS', unitKinds: ['DEPARTMENT'], required: 947, completed: 844, positions: ['Chuyên viên', 'Chuyên viên chính', 'Phó Trưởng phòng', 'Trưởng phòng', 'Cán sự'] },
  { levelCode: 'DISTRICT_OFFICIALS', unitKinds: ['CITY', 'DISTRICT'], required: 836, completed: 776, positions: ['Chuyên viên', 'Phó Trưởng phòng', 'Trưởng phòng', 'Cán sự'] },
  { levelCode: 'PUBLIC_SERVICE_HEADS', unitKinds: ['PUBLIC_SERVICE_UNIT'], required: 609, completed: 441, positions: ['Giám đốc', 'Phó Giám đốc', 'Trưởng phòng', 'Phó Trưởng phòng', 'Hiệu trưởng', 'Phó Hiệu trưởng', 'Tổ trưởng chuyên môn'] },
];

/** Staff of each public service unit who manage nobody: covered by the requirement, placed in no level. */
export const DEMO_STAFF_PER_PUBLIC_SERVICE_UNIT = 2;

export const DEMO_PUBLIC_SERVICE_UNITS: Array<{ code: string; name: string; parentCode: string }> = [
  { code: 'BT-SO-TTTT-TTCNTT', name: 'Trung tâm Công nghệ thông tin và Truyền thông', parentCode: 'BT-SO-TTTT' },
  { code: 'BT-SO-NV-TTLT', name: 'Trung tâm Lưu trữ lịch sử', parentCode: 'BT-SO-NV' },
  { code: 'BT-SO-KHCN-TTUD', name: 'Trung tâm Ứng dụng tiến bộ khoa học và công nghệ', parentCode: 'BT-SO-KHCN' },
  { code: 'BT-SO-GDDT-THPTCHUYEN', name: 'Trường THPT Chuyên Bến Tre', parentCode: 'BT-SO-GDDT' },
  { code: 'BT-SO-GDDT-THPTNDC', name: 'Trường THPT Nguyễn Đình Chiểu', parentCode: 'BT-SO-GDDT' },
  { code: 'BT-SO-GDDT-THPTLLQ', name: 'Trường THPT Lạc Long Quân', parentCode: 'BT-SO-GDDT' },
  { code: 'BT-SO-GDDT-THPTVTT', name: 'Trường THPT Võ Trường Toản', parentCode: 'BT-SO-GDDT' },
  { code: 'BT-SO-GDDT-THPTBATRI', name: 'Trường THPT Phan Thanh Giản', parentCode: 'BT-SO-GDDT' },
  { code: 'BT-SO-YT-BVNDC', name: 'Bệnh viện Nguyễn Đình Chiểu', parentCode: 'BT-SO-YT' },
  { code: 'BT-SO-YT-CDC', name: 'Trung tâm Kiểm soát bệnh tật tỉnh', parentCode: 'BT-SO-YT' },
  { code: 'BT-SO-YT-BVYHCT', name: 'Bệnh viện Y học cổ truyền', parentCode: 'BT-SO-YT' },
  { code: 'BT-SO-NNPTNT-TTKN', name: 'Trung tâm Khuyến nông', parentCode: 'BT-SO-NNPTNT' },
  { code: 'BT-SO-NNPTNT-TTNS', name: 'Trung tâm Nước sạch và Vệ sinh môi trường nông thôn', parentCode: 'BT-SO-NNPTNT' },
  { code: 'BT-SO-KHDT-TTXT', name: 'Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp', parentCode: 'BT-SO-KHDT' },
  { code: 'BT-SO-CT-TTKC', name: 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp', parentCode: 'BT-SO-CT' },
  { code: 'BT-VP-UBND-TTHCC', name: 'Trung tâm Phục vụ hành chính công', parentCode: 'BT-VP-UBND' },
];

export const DEMO_REQUIREMENT = {
  title: 'Bồi dưỡng kỹ năng công nghệ thông tin (Kế hoạch chuyển đổi số tỉnh)',
  orgUnitCode: 'BT',
  audiences: ['OFFICIAL'],
  hours: 8,
  dueAt: '2025-12-31T16:59:59Z',
};

export const DEMO_RECOGNISED_CERTIFICATE = {
  title: 'Chứng chỉ ứng dụng công nghệ thông tin cơ bản',
  issuerName: 'Trung tâm Ngoại ngữ - Tin học Trường Đại học Cần Thơ',
  hours: 8,
  issuedOn: '2024-06-15T00:00:00Z',
};

/** Every unit of these kinds gets an expert (one of its officials), but these. */
export const DEMO_EXPERT_UNIT_KINDS = ['DEPARTMENT', 'CITY', 'DISTRICT'];
export const DEMO_UNITS_WITHOUT_EXPERT = ['BT-GIONGTROM', 'BT-CHOLACH'];

/** The seeded officials' addresses: `<level>-<n>@…`, the key that makes seeding them again a no-op. */
export const DEMO_OFFICIAL_MAIL_DOMAIN = 'canbo.demo.hocso.vn';

export const DEMO_FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Phan', 'Trương', 'Bùi', 'Đặng', 'Đỗ', 'Ngô'];
export const DEMO_MIDDLE_NAMES = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Thanh', 'Hoàng', 'Quốc', 'Thu'];
export const DEMO_GIVEN_NAMES = ['An', 'Bình', 'Châu', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hòa', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam', 'Phúc', 'Quân', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vy'];
