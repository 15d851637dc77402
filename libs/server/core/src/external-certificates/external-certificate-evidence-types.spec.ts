import { evidenceFileMimeType } from './external-certificate-evidence-types';

const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);

describe('evidenceFileMimeType', () => {
  it('accepts a real PDF, JPEG or PNG whose name says so', () => {
    expect(evidenceFileMimeType('chung-chi.pdf', PDF)).toBe('application/pdf');
    expect(evidenceFileMimeType('Ảnh chụp.JPG', JPEG)).toBe('image/jpeg');
    expect(evidenceFileMimeType('scan.jpeg', JPEG)).toBe('image/jpeg');
    expect(evidenceFileMimeType('scan.png', PNG)).toBe('image/png');
  });

  it('refuses a disguised file: a page, a program or another kind under an image or PDF name', () => {
    expect(evidenceFileMimeType('anh.png', Buffer.from('<html><script>alert(1)</script></html>'))).toBeNull();
    expect(evidenceFileMimeType('chung-chi.pdf', Buffer.from('MZ\x90\x00\x03'))).toBeNull();
    expect(evidenceFileMimeType('anh.png', JPEG)).toBeNull();
  });

  it('refuses other kinds, even with the right content', () => {
    expect(evidenceFileMimeType('chung-chi.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toBeNull();
    expect(evidenceFileMimeType('chung-chi.pdf.exe', PDF)).toBeNull();
    expect(evidenceFileMimeType('khong-duoi', PDF)).toBeNull();
  });
});
