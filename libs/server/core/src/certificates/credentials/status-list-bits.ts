import { gunzipSync, gzipSync } from 'node:zlib';

/** 131,072 bits: the 16 KB the Bitstring Status List specification asks for, so one entry cannot be told from its neighbours. */
export const STATUS_LIST_LENGTH = 16 * 1024 * 8;

/** Longest decompressed list accepted from a credential someone else issued (guards against a gzip bomb). */
const MAX_DECODED_BYTES = 16 * 1024 * 1024;

export function emptyStatusBits(length = STATUS_LIST_LENGTH): Buffer {
  return Buffer.alloc(Math.ceil(length / 8));
}

/** Bit 0 is the most significant bit of the first byte. */
export function isStatusBitSet(bits: Buffer, index: number): boolean {
  const byte = bits[index >> 3];
  if (byte === undefined) throw new RangeError(`status index ${index} is outside a list of ${bits.length * 8} bits`);
  return (byte & (0x80 >> (index & 7))) !== 0;
}

export function setStatusBit(bits: Buffer, index: number): void {
  if (index < 0 || index >= bits.length * 8) throw new RangeError(`status index ${index} is outside a list of ${bits.length * 8} bits`);
  bits[index >> 3] = (bits[index >> 3] ?? 0) | (0x80 >> (index & 7));
}

/** `encodedList`: multibase base64url (`u`) of the GZIP-compressed bits. */
export function encodeStatusBits(bits: Buffer): string {
  return `u${gzipSync(bits).toString('base64url')}`;
}

export function decodeStatusBits(encodedList: string): Buffer {
  if (!encodedList.startsWith('u')) throw new Error('encodedList is not multibase base64url');
  return gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'), { maxOutputLength: MAX_DECODED_BYTES });
}
