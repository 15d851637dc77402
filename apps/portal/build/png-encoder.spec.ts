import { inflateSync } from 'node:zlib';
import { drawAppIcon } from './app-icon';
import { encodeIcoWithPng, encodePng } from './png-encoder';

describe('the app icons drawn at build time', () => {
  it('encodes RGBA pixels as a PNG of that size whose rows read back as the same pixels', () => {
    const pixels = drawAppIcon(48);
    const png = encodePng(48, 48, pixels);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([48, 48, 8, 6]);
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('ascii')).toBe('IDAT');
    const rows = inflateSync(png.subarray(41, 41 + idatLength));
    expect(rows.length).toBe(48 * (48 * 4 + 1));
    expect(rows.subarray(1 + 20 * (48 * 4 + 1), (20 + 1) * (48 * 4 + 1))).toEqual(Buffer.from(pixels.subarray(20 * 48 * 4, 21 * 48 * 4)));
    expect(png.subarray(-8, -4).toString('ascii')).toBe('IEND');
  });

  it('draws the portal blue with a white book, transparent corners unless maskable', () => {
    const size = 64;
    const at = (pixels: Uint8Array, x: number, y: number) => [...pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
    const icon = drawAppIcon(size);
    expect(at(icon, 0, 0)[3]).toBe(0);
    expect(at(icon, 4, 32)).toEqual([0x0b, 0x5c, 0xad, 255]);
    expect(at(icon, 20, 38)).toEqual([255, 255, 255, 255]);
    expect(at(drawAppIcon(size, true), 0, 0)).toEqual([0x0b, 0x5c, 0xad, 255]);
  });

  it('wraps a PNG in an .ico directory of one image', () => {
    const png = encodePng(32, 32, drawAppIcon(32));
    const ico = encodeIcoWithPng(32, png);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4), ico[6], ico[7], ico.readUInt32LE(14), ico.readUInt32LE(18)]).toEqual([0, 1, 1, 32, 32, png.length, 22]);
    expect(ico.subarray(22)).toEqual(png);
  });
});
