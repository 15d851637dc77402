import { coverSourceKind } from './course-cover-image';

describe('the kind of a cover upload, by its first bytes', () => {
  it('knows JPEG, PNG and WebP', () => {
    expect(coverSourceKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(coverSourceKind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
    expect(coverSourceKind(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('webp');
  });

  it('refuses anything else, whatever its name would say', () => {
    for (const content of ['<svg onload="alert(1)"/>', 'GIF89a', 'RIFF\x10\x00\x00\x00WAVEfmt ', '%PDF-1.7', 'MZ', '']) {
      expect(coverSourceKind(Buffer.from(content, 'latin1'))).toBeNull();
    }
  });
});
