import { parseOfficialCsv } from './official-csv';
import { rejectedRow } from './rejected-row';
import { rejectedRowsCsv } from './rejected-rows-csv';

const FILE = [
  'full_name,email,phone,org_unit_code',
  'Lê Sai,not-an-email,+84987654321,BT-X',
  '"Võ, Đúng",dung@bentre.gov.vn,,BT-X',
  '"=HYPERLINK(""http://x"")",cong@bentre.gov.vn,,NOPE',
].join('\r\n');

describe('the file of rejected rows', () => {
  const rejected = [
    rejectedRow(2, 'email', 'users.emailInvalid', { value: 'not-an-email' }),
    rejectedRow(4, 'org_unit_code', 'officialImports.orgUnitCodeUnknown', { code: 'NOPE' }),
  ];

  it('keeps the file’s columns and cells, formula-safe, and adds the reason in the reader’s language', () => {
    const csv = rejectedRowsCsv(FILE, rejected, 'vi');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'full_name,email,phone,org_unit_code,rejection_reason',
      `Lê Sai,not-an-email,'+84987654321,BT-X,"Cột email: ""not-an-email"" không phải là địa chỉ email hợp lệ"`,
      `"'=HYPERLINK(""http://x"")",cong@bentre.gov.vn,,NOPE,"Cột org_unit_code: Không có đơn vị nào mang mã ""NOPE"""`,
      '',
    ]);
    expect(rejectedRowsCsv(FILE, rejected, 'en')).toContain('"Column email: ""not-an-email"" is not a valid email address"');
  });

  it('is read again as the rows it holds once corrected: the reason column and the formula guards are read past', () => {
    const corrected = rejectedRowsCsv(FILE, rejected, 'vi').replace('not-an-email', 'sai@bentre.gov.vn');
    expect(parseOfficialCsv(corrected).map((row) => row.values)).toEqual([
      { full_name: 'Lê Sai', email: 'sai@bentre.gov.vn', phone: '+84987654321', org_unit_code: 'BT-X' },
      { full_name: '=HYPERLINK("http://x")', email: 'cong@bentre.gov.vn', org_unit_code: 'NOPE' },
    ]);
    // A second round replaces the reason column instead of adding another.
    expect(rejectedRowsCsv(corrected, [rejectedRow(2, undefined, 'officialImports.emailRequired')], 'en').slice(1).split('\r\n')[0]).toBe(
      'full_name,email,phone,org_unit_code,rejection_reason',
    );
  });
});
