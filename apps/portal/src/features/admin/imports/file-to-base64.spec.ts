import { describe, expect, it } from '@jest/globals';
import { arrayBufferToBase64, readFileAsBase64 } from './file-to-base64';

const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('arrayBufferToBase64', () => {
  it('encodes UTF-8 Vietnamese CSV content byte for byte', () => {
    const csv = 'full_name,email\nNguyễn Văn An,an@example.gov.vn\n';
    const bytes = new TextEncoder().encode(csv);
    expect(arrayBufferToBase64(toArrayBuffer(bytes))).toBe(Buffer.from(csv, 'utf8').toString('base64'));
  });

  it('encodes an empty file as an empty string', () => {
    expect(arrayBufferToBase64(new ArrayBuffer(0))).toBe('');
  });

  it('encodes files larger than one chunk', () => {
    const bytes = new Uint8Array(100_000).map((_, index) => index % 256);
    expect(arrayBufferToBase64(toArrayBuffer(bytes))).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('readFileAsBase64', () => {
  it('reads a Blob as base64', async () => {
    const blob = new Blob(['Học Số']);
    await expect(readFileAsBase64(blob)).resolves.toBe(Buffer.from('Học Số', 'utf8').toString('base64'));
  });
});
