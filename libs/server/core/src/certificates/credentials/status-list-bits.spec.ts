import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeStatusBits, emptyStatusBits, encodeStatusBits, isStatusBitSet, setStatusBit, STATUS_LIST_LENGTH } from './status-list-bits';

const fixtures = path.resolve(__dirname, '../../../../../..', '../shared/fixtures/open-badges/1edtech-validator');

describe('status list bits', () => {
  it('holds 16 KB and numbers bit 0 as the most significant bit of the first byte', () => {
    const bits = emptyStatusBits();
    expect(bits.length).toBe(16 * 1024);
    setStatusBit(bits, 0);
    setStatusBit(bits, 9);
    expect(bits[0]).toBe(0x80);
    expect(bits[1]).toBe(0x40);
    expect(isStatusBitSet(bits, 0)).toBe(true);
    expect(isStatusBitSet(bits, 1)).toBe(false);
    expect(isStatusBitSet(bits, 9)).toBe(true);
  });

  it('round-trips through encodedList, u + base64url(gzip)', () => {
    const bits = emptyStatusBits();
    setStatusBit(bits, STATUS_LIST_LENGTH - 1);
    const encoded = encodeStatusBits(bits);
    expect(encoded.startsWith('u')).toBe(true);
    expect(encoded).not.toMatch(/[+/=]/);
    expect(isStatusBitSet(decodeStatusBits(encoded), STATUS_LIST_LENGTH - 1)).toBe(true);
  });

  it("reads 1EdTech's test list: bit 23 set, its neighbours not", () => {
    const list = JSON.parse(readFileSync(path.join(fixtures, 'bit-string-list/testlist'), 'utf8')) as { credentialSubject: { encodedList: string } };
    const bits = decodeStatusBits(list.credentialSubject.encodedList);
    expect(isStatusBitSet(bits, 23)).toBe(true);
    expect(isStatusBitSet(bits, 22)).toBe(false);
    expect(isStatusBitSet(bits, 24)).toBe(false);
  });

  it('refuses an index outside the list', () => {
    expect(() => setStatusBit(emptyStatusBits(8), 8)).toThrow(RangeError);
    expect(() => isStatusBitSet(emptyStatusBits(8), -1)).toThrow(RangeError);
  });
});
