import { DEMO_CODES, DEMO_ORG_TREE, type OrgUnitSeed } from './demo-org-tree';
import { DEMO_TRACKS } from './demo-tracks';

const ALLOWED_KINDS = ['PROVINCE', 'CITY', 'DISTRICT', 'COMMUNE', 'HAMLET', 'DEPARTMENT', 'ENTERPRISE'];

const DISTRICT_NAMES = [
  'Ba Tri',
  'Bình Đại',
  'Châu Thành',
  'Chợ Lách',
  'Giồng Trôm',
  'Mỏ Cày Bắc',
  'Mỏ Cày Nam',
  'Thạnh Phú',
];

interface Entry {
  node: OrgUnitSeed;
  parent: OrgUnitSeed | null;
}

function flatten(node: OrgUnitSeed, parent: OrgUnitSeed | null = null): Entry[] {
  return [{ node, parent }, ...(node.children ?? []).flatMap((child) => flatten(child, node))];
}

const all = flatten(DEMO_ORG_TREE);
const byCode = new Map(all.map((entry) => [entry.node.code, entry]));
const topLevel = DEMO_ORG_TREE.children ?? [];

describe('DEMO_ORG_TREE', () => {
  it('is rooted at the province of Bến Tre', () => {
    expect(DEMO_ORG_TREE).toMatchObject({ code: 'BT', name: 'Tỉnh Bến Tre', kind: 'PROVINCE' });
  });

  it('has unique codes', () => {
    const codes = all.map((entry) => entry.node.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('has short, uppercase ASCII, hierarchical codes', () => {
    for (const { node, parent } of all) {
      expect(node.code).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)*$/);
      expect(node.code.length).toBeLessThanOrEqual(40);
      if (parent) expect(node.code.startsWith(`${parent.code}-`)).toBe(true);
    }
  });

  it('has NFC-normalised, trimmed, non-empty names', () => {
    for (const { node } of all) {
      expect(node.name).toBe(node.name.normalize('NFC'));
      expect(node.name).toBe(node.name.trim());
      expect(node.name.length).toBeGreaterThan(0);
    }
  });

  it('uses only the known kinds', () => {
    for (const { node } of all) expect(ALLOWED_KINDS).toContain(node.kind);
  });

  it('has the city and the eight districts directly under the province', () => {
    const city = topLevel.filter((unit) => unit.kind === 'CITY');
    expect(city.map((unit) => unit.name)).toEqual(['Thành phố Bến Tre']);

    const districts = topLevel.filter((unit) => unit.kind === 'DISTRICT');
    expect(districts).toHaveLength(8);
    for (const name of DISTRICT_NAMES) {
      expect(districts.some((unit) => unit.name.endsWith(name.normalize('NFC')))).toBe(true);
    }
  });

  it('has the main provincial departments under the province', () => {
    const departments = topLevel.filter((unit) => unit.kind === 'DEPARTMENT').map((unit) => unit.name);
    expect(departments).toEqual(
      expect.arrayContaining([
        'Sở Thông tin và Truyền thông',
        'Sở Nội vụ',
        'Sở Khoa học và Công nghệ',
        'Sở Giáo dục và Đào tạo',
        'Sở Tài chính',
        'Sở Kế hoạch và Đầu tư',
        'Sở Y tế',
        'Sở Nông nghiệp và Phát triển nông thôn',
        'Sở Công Thương',
        'Văn phòng UBND tỉnh',
      ]),
    );
  });

  it('gives every district and the city at least 3 communes, and every commune at least 2 hamlets', () => {
    for (const unit of topLevel.filter((u) => u.kind === 'DISTRICT' || u.kind === 'CITY')) {
      const communes = (unit.children ?? []).filter((child) => child.kind === 'COMMUNE');
      expect(communes.length).toBeGreaterThanOrEqual(3);
      for (const commune of communes) {
        const hamlets = (commune.children ?? []).filter((child) => child.kind === 'HAMLET');
        expect(hamlets.length).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('nests kinds in administrative order', () => {
    for (const { node, parent } of all) {
      if (node.kind === 'COMMUNE') expect(['DISTRICT', 'CITY']).toContain(parent?.kind);
      if (node.kind === 'HAMLET') expect(parent?.kind).toBe('COMMUNE');
      if (['CITY', 'DISTRICT', 'DEPARTMENT'].includes(node.kind)) expect(parent?.kind).toBe('PROVINCE');
    }
  });

  it('contains every DEMO_CODES code with the expected kind and place', () => {
    expect(byCode.get(DEMO_CODES.province)?.node.kind).toBe('PROVINCE');

    const district = byCode.get(DEMO_CODES.managedDistrict);
    expect(district?.node).toMatchObject({ kind: 'DISTRICT', name: 'Huyện Châu Thành' });

    const commune = byCode.get(DEMO_CODES.learnerCommune);
    expect(commune?.node).toMatchObject({ kind: 'COMMUNE', name: 'Xã Tân Thạch' });
    expect(commune?.parent?.code).toBe(DEMO_CODES.managedDistrict);

    expect(byCode.get(DEMO_CODES.itDepartment)?.node).toMatchObject({
      kind: 'DEPARTMENT',
      name: 'Sở Thông tin và Truyền thông',
    });
  });
});

describe('DEMO_TRACKS', () => {
  it('has exactly the four track codes, in position order', () => {
    const sorted = [...DEMO_TRACKS].sort((a, b) => a.position - b.position);
    expect(sorted.map((track) => track.code)).toEqual(['leaders', 'officials', 'sme', 'village-heads']);
    expect(new Set(DEMO_TRACKS.map((track) => track.position)).size).toBe(DEMO_TRACKS.length);
  });

  it('maps each track to its audience', () => {
    const audiences = Object.fromEntries(DEMO_TRACKS.map((track) => [track.code, track.audiences]));
    expect(audiences).toEqual({
      leaders: ['LEADER'],
      officials: ['OFFICIAL'],
      sme: ['SME'],
      'village-heads': ['VILLAGE_HEAD'],
    });
  });

  it('has NFC-normalised, non-empty Vietnamese and English texts', () => {
    for (const track of DEMO_TRACKS) {
      for (const text of [track.title, track.description, track.titleEn, track.descriptionEn]) {
        expect(text.trim().length).toBeGreaterThan(0);
        expect(text).toBe(text.normalize('NFC'));
      }
    }
  });
});
