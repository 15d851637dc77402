/**
 * Demo organisation tree for Bến Tre province (administrative boundaries before the July 2025
 * reorganisation, as in the 2020–2025 digital-transformation plan).
 *
 * Province → city / 8 districts → 3–4 communes, wards or towns each → 2 hamlets (ấp) or
 * neighbourhoods (khu phố) each; plus the main provincial departments and one enterprise example.
 *
 * Codes are uppercase ASCII, unique and hierarchical (a child's code starts with its parent's code
 * followed by `-`). Names are NFC-normalised Vietnamese. Hamlet names are plausible demo data.
 *
 * Pure data: imports nothing.
 */
export interface OrgUnitSeed {
  code: string;
  name: string;
  kind: string;
  children?: OrgUnitSeed[];
}

/** Two hamlets (`Ấp …`) of a rural commune, coded `<commune>-A1`, `<commune>-A2`. */
function ap(communeCode: string, first: string, second: string): OrgUnitSeed[] {
  return [
    { code: `${communeCode}-A1`, name: `Ấp ${first}`, kind: 'HAMLET' },
    { code: `${communeCode}-A2`, name: `Ấp ${second}`, kind: 'HAMLET' },
  ];
}

/** Two neighbourhoods (`Khu phố …`) of a town or ward, coded `<commune>-KP1`, `<commune>-KP2`. */
function khuPho(communeCode: string, first: string, second: string): OrgUnitSeed[] {
  return [
    { code: `${communeCode}-KP1`, name: `Khu phố ${first}`, kind: 'HAMLET' },
    { code: `${communeCode}-KP2`, name: `Khu phố ${second}`, kind: 'HAMLET' },
  ];
}

function commune(code: string, name: string, children: OrgUnitSeed[]): OrgUnitSeed {
  return { code, name, kind: 'COMMUNE', children };
}

const CITY: OrgUnitSeed = {
  code: 'BT-TPBENTRE',
  name: 'Thành phố Bến Tre',
  kind: 'CITY',
  children: [
    commune('BT-TPBENTRE-ANHOI', 'Phường An Hội', khuPho('BT-TPBENTRE-ANHOI', '1', '2')),
    commune('BT-TPBENTRE-PHUKHUONG', 'Phường Phú Khương', khuPho('BT-TPBENTRE-PHUKHUONG', '1', '2')),
    commune('BT-TPBENTRE-P7', 'Phường 7', khuPho('BT-TPBENTRE-P7', '1', '2')),
    commune('BT-TPBENTRE-BINHPHU', 'Xã Bình Phú', ap('BT-TPBENTRE-BINHPHU', 'Bình Thành', 'Bình Công')),
  ],
};

const DISTRICTS: OrgUnitSeed[] = [
  {
    code: 'BT-BATRI',
    name: 'Huyện Ba Tri',
    kind: 'DISTRICT',
    children: [
      commune('BT-BATRI-TT', 'Thị trấn Ba Tri', khuPho('BT-BATRI-TT', '1', '2')),
      commune('BT-BATRI-ANHIEP', 'Xã An Hiệp', ap('BT-BATRI-ANHIEP', 'An Thạnh', 'An Hòa')),
      commune('BT-BATRI-TANXUAN', 'Xã Tân Xuân', ap('BT-BATRI-TANXUAN', 'Tân Hòa', 'Tân Thạnh')),
      commune('BT-BATRI-BAOTHANH', 'Xã Bảo Thạnh', ap('BT-BATRI-BAOTHANH', 'Thạnh Hòa', 'Thạnh Khương')),
    ],
  },
  {
    code: 'BT-BINHDAI',
    name: 'Huyện Bình Đại',
    kind: 'DISTRICT',
    children: [
      commune('BT-BINHDAI-TT', 'Thị trấn Bình Đại', khuPho('BT-BINHDAI-TT', '1', '2')),
      commune('BT-BINHDAI-THOILAI', 'Xã Thới Lai', ap('BT-BINHDAI-THOILAI', 'Thới Hòa', 'Thới Thạnh')),
      commune('BT-BINHDAI-THANHPHUOC', 'Xã Thạnh Phước', ap('BT-BINHDAI-THANHPHUOC', 'Phước Hòa', 'Phước Thới')),
      commune('BT-BINHDAI-LOCTHUAN', 'Xã Lộc Thuận', ap('BT-BINHDAI-LOCTHUAN', 'Lộc Hòa', 'Lộc Thành')),
    ],
  },
  {
    code: 'BT-CHAUTHANH',
    name: 'Huyện Châu Thành',
    kind: 'DISTRICT',
    children: [
      commune('BT-CHAUTHANH-TT', 'Thị trấn Châu Thành', khuPho('BT-CHAUTHANH-TT', '1', '2')),
      commune('BT-CHAUTHANH-TANTHACH', 'Xã Tân Thạch', ap('BT-CHAUTHANH-TANTHACH', 'Tân Thành', 'Tân Lợi')),
      commune('BT-CHAUTHANH-TAMPHUOC', 'Xã Tam Phước', ap('BT-CHAUTHANH-TAMPHUOC', 'Phước Thới', 'Phước Xuân')),
      commune('BT-CHAUTHANH-ANKHANH', 'Xã An Khánh', ap('BT-CHAUTHANH-ANKHANH', 'An Thạnh', 'An Phú')),
    ],
  },
  {
    code: 'BT-CHOLACH',
    name: 'Huyện Chợ Lách',
    kind: 'DISTRICT',
    children: [
      commune('BT-CHOLACH-TT', 'Thị trấn Chợ Lách', khuPho('BT-CHOLACH-TT', '1', '2')),
      commune('BT-CHOLACH-VINHTHANH', 'Xã Vĩnh Thành', ap('BT-CHOLACH-VINHTHANH', 'Vĩnh Hòa', 'Vĩnh Bình')),
      commune('BT-CHOLACH-LONGTHOI', 'Xã Long Thới', ap('BT-CHOLACH-LONGTHOI', 'Long Hiệp', 'Long Thạnh')),
      commune('BT-CHOLACH-SONDINH', 'Xã Sơn Định', ap('BT-CHOLACH-SONDINH', 'Sơn Qui', 'Sơn Lợi')),
    ],
  },
  {
    code: 'BT-GIONGTROM',
    name: 'Huyện Giồng Trôm',
    kind: 'DISTRICT',
    children: [
      commune('BT-GIONGTROM-TT', 'Thị trấn Giồng Trôm', khuPho('BT-GIONGTROM-TT', '1', '2')),
      commune('BT-GIONGTROM-CHAUHOA', 'Xã Châu Hòa', ap('BT-GIONGTROM-CHAUHOA', 'Châu Thạnh', 'Châu Bình')),
      commune('BT-GIONGTROM-LUONGHOA', 'Xã Lương Hòa', ap('BT-GIONGTROM-LUONGHOA', 'Lương Thạnh', 'Lương Phú')),
      commune('BT-GIONGTROM-PHONGNAM', 'Xã Phong Nẫm', ap('BT-GIONGTROM-PHONGNAM', 'Phong Điền', 'Phong Hòa')),
    ],
  },
  {
    code: 'BT-MOCAYBAC',
    name: 'Huyện Mỏ Cày Bắc',
    kind: 'DISTRICT',
    children: [
      commune('BT-MOCAYBAC-TANTHANHBINH', 'Xã Tân Thành Bình', ap('BT-MOCAYBAC-TANTHANHBINH', 'Tân Thành', 'Tân Bình')),
      commune('BT-MOCAYBAC-THANHTAN', 'Xã Thanh Tân', ap('BT-MOCAYBAC-THANHTAN', 'Thanh Sơn', 'Thanh Hòa')),
      commune('BT-MOCAYBAC-HOALOC', 'Xã Hòa Lộc', ap('BT-MOCAYBAC-HOALOC', 'Hòa Phú', 'Hòa Thạnh')),
      commune(
        'BT-MOCAYBAC-KHANHTHANHTAN',
        'Xã Khánh Thạnh Tân',
        ap('BT-MOCAYBAC-KHANHTHANHTAN', 'Khánh Hòa', 'Khánh Thạnh'),
      ),
    ],
  },
  {
    code: 'BT-MOCAYNAM',
    name: 'Huyện Mỏ Cày Nam',
    kind: 'DISTRICT',
    children: [
      commune('BT-MOCAYNAM-TT', 'Thị trấn Mỏ Cày', khuPho('BT-MOCAYNAM-TT', '1', '2')),
      commune('BT-MOCAYNAM-DINHTHUY', 'Xã Định Thủy', ap('BT-MOCAYNAM-DINHTHUY', 'Định Bình', 'Định Hòa')),
      commune('BT-MOCAYNAM-ANTHANH', 'Xã An Thạnh', ap('BT-MOCAYNAM-ANTHANH', 'An Hòa', 'An Bình')),
      commune('BT-MOCAYNAM-HUONGMY', 'Xã Hương Mỹ', ap('BT-MOCAYNAM-HUONGMY', 'Mỹ Trạch', 'Mỹ Hòa')),
    ],
  },
  {
    code: 'BT-THANHPHU',
    name: 'Huyện Thạnh Phú',
    kind: 'DISTRICT',
    children: [
      commune('BT-THANHPHU-TT', 'Thị trấn Thạnh Phú', khuPho('BT-THANHPHU-TT', '1', '2')),
      commune('BT-THANHPHU-THANHPHONG', 'Xã Thạnh Phong', ap('BT-THANHPHU-THANHPHONG', 'Thạnh Hải', 'Thạnh Bình')),
      commune('BT-THANHPHU-GIAOTHANH', 'Xã Giao Thạnh', ap('BT-THANHPHU-GIAOTHANH', 'Giao Hòa', 'Giao Lợi')),
      commune('BT-THANHPHU-ANTHUAN', 'Xã An Thuận', ap('BT-THANHPHU-ANTHUAN', 'An Lợi', 'An Hòa')),
    ],
  },
];

const DEPARTMENTS: OrgUnitSeed[] = [
  { code: 'BT-SO-TTTT', name: 'Sở Thông tin và Truyền thông', kind: 'DEPARTMENT' },
  { code: 'BT-SO-NV', name: 'Sở Nội vụ', kind: 'DEPARTMENT' },
  { code: 'BT-SO-KHCN', name: 'Sở Khoa học và Công nghệ', kind: 'DEPARTMENT' },
  { code: 'BT-SO-GDDT', name: 'Sở Giáo dục và Đào tạo', kind: 'DEPARTMENT' },
  { code: 'BT-SO-TC', name: 'Sở Tài chính', kind: 'DEPARTMENT' },
  { code: 'BT-SO-KHDT', name: 'Sở Kế hoạch và Đầu tư', kind: 'DEPARTMENT' },
  { code: 'BT-SO-YT', name: 'Sở Y tế', kind: 'DEPARTMENT' },
  { code: 'BT-SO-NNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn', kind: 'DEPARTMENT' },
  { code: 'BT-SO-CT', name: 'Sở Công Thương', kind: 'DEPARTMENT' },
  { code: 'BT-VP-UBND', name: 'Văn phòng UBND tỉnh', kind: 'DEPARTMENT' },
];

const ENTERPRISES: OrgUnitSeed[] = [
  { code: 'BT-DN-HHDN', name: 'Hiệp hội Doanh nghiệp tỉnh Bến Tre', kind: 'ENTERPRISE' },
];

export const DEMO_ORG_TREE: OrgUnitSeed = {
  code: 'BT',
  name: 'Tỉnh Bến Tre',
  kind: 'PROVINCE',
  children: [CITY, ...DISTRICTS, ...DEPARTMENTS, ...ENTERPRISES],
};

/** Codes the demo seed relies on (accounts, requirements). */
export const DEMO_CODES = {
  province: 'BT',
  managedDistrict: 'BT-CHAUTHANH',
  learnerCommune: 'BT-CHAUTHANH-TANTHACH',
  itDepartment: 'BT-SO-TTTT',
} as const;
