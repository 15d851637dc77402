import { certificateZipEntryName } from './certificate-zip-name';

describe('certificateZipEntryName', () => {
  it('names a PDF by serial and holder, accents kept (NFC)', () => {
    expect(certificateZipEntryName('BT-2026-000123', 'Nguye\u0302\u0303n Thi\u0323 Ánh')).toBe('BT-2026-000123 - Nguyễn Thị Ánh.pdf');
  });

  it('replaces what Windows or Unix refuse, and never leaves a path', () => {
    expect(certificateZipEntryName('BT-2026-000001', '../..\\etc/passwd: "a" <b>|c?*')).toBe('BT-2026-000001 - .._.._etc_passwd_ _a_ _b__c__.pdf');
    expect(certificateZipEntryName('BT-2026-000002', 'Lê\u0000Văn\tTám\n')).toBe('BT-2026-000002 - Lê_Văn Tám.pdf');
  });

  it('drops trailing dots and spaces, reserved device names and empty names', () => {
    expect(certificateZipEntryName('BT-2026-000003', 'Trần B. ')).toBe('BT-2026-000003 - Trần B.pdf');
    expect(certificateZipEntryName('BT-2026-000004', 'CON')).toBe('BT-2026-000004.pdf');
    expect(certificateZipEntryName('BT-2026-000005', '   ')).toBe('BT-2026-000005.pdf');
  });

  it('bounds the length', () => {
    expect(certificateZipEntryName('BT-2026-000006', 'a'.repeat(500))).toHaveLength('BT-2026-000006 - '.length + 120 + '.pdf'.length);
  });
});
