import { lessonFileMimeType } from './lesson-file-types';

describe('lessonFileMimeType', () => {
  it('accepts a PDF, an Office document and a text file whose content matches the extension', () => {
    expect(lessonFileMimeType('Tài liệu.pdf', Buffer.from('%PDF-1.7\n...'))).toBe('application/pdf');
    expect(lessonFileMimeType('bai-tap.DOCX', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatch(/wordprocessingml/);
    expect(lessonFileMimeType('du-lieu.csv', Buffer.from('a,b\n1,2\n'))).toMatch(/^text\/csv/);
  });

  it('refuses unknown extensions, executables and content that does not match its extension', () => {
    expect(lessonFileMimeType('setup.exe', Buffer.from('MZ...'))).toBeNull();
    expect(lessonFileMimeType('no-extension', Buffer.from('%PDF'))).toBeNull();
    expect(lessonFileMimeType('fake.pdf', Buffer.from('MZ\x90\x00'))).toBeNull();
    expect(lessonFileMimeType('binary.txt', Buffer.from([0x41, 0x00, 0x42]))).toBeNull();
  });
});
