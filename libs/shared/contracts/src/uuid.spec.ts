import { describe, expect, it } from '@jest/globals';
import { isUuid } from './uuid';

describe('isUuid', () => {
  it('accepts a uuid in either case and nothing else', () => {
    expect(isUuid('0b9f6d1e-3c1a-4d2b-9e8f-7a6b5c4d3e2f')).toBe(true);
    expect(isUuid('0B9F6D1E-3C1A-4D2B-9E8F-7A6B5C4D3E2F')).toBe(true);
    for (const value of ['', '123', 'not-a-uuid', '0b9f6d1e3c1a4d2b9e8f7a6b5c4d3e2f', '{0b9f6d1e-3c1a-4d2b-9e8f-7a6b5c4d3e2f}', '0b9f6d1e-3c1a-4d2b-9e8f-7a6b5c4d3e2f\n', 42, null, undefined]) {
      expect(isUuid(value)).toBe(false);
    }
  });
});
