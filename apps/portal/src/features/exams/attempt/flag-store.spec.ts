import { describe, expect, it } from '@jest/globals';
import { readFlags, toggleFlag, writeFlags } from './flag-store';

function memoryStorage() {
  const values = new Map<string, string>();
  return { values, getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value), removeItem: (key: string) => void values.delete(key) };
}

describe('flag store', () => {
  it('keeps the flags of each attempt apart, and forgets an attempt with none', () => {
    const storage = memoryStorage();
    writeFlags(storage, 'a', toggleFlag(toggleFlag(new Set(), 3), 1));
    writeFlags(storage, 'b', new Set([7]));
    expect(readFlags(storage, 'a')).toEqual(new Set([1, 3]));
    expect(readFlags(storage, 'b')).toEqual(new Set([7]));
    writeFlags(storage, 'a', toggleFlag(toggleFlag(readFlags(storage, 'a'), 1), 3));
    expect(storage.values.has('hocso.exam.flags.a')).toBe(false);
  });

  it('reads nothing from damaged or missing storage', () => {
    const storage = memoryStorage();
    storage.setItem('hocso.exam.flags.x', '{not json');
    expect(readFlags(storage, 'x')).toEqual(new Set());
    storage.setItem('hocso.exam.flags.y', '[1,"2",3.5,4]');
    expect(readFlags(storage, 'y')).toEqual(new Set([1, 4]));
    expect(readFlags(null, 'z')).toEqual(new Set());
  });
});
