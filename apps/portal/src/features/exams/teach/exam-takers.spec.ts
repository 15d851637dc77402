import { describe, expect, it } from '@jest/globals';
import { distinctTakers } from './exam-takers';

describe('distinctTakers', () => {
  it('lists each taker once, in Vietnamese alphabetical order', () => {
    const attempts = [
      { user: { id: '2', fullName: 'Trần Văn Bình' } },
      { user: { id: '1', fullName: 'Đặng Thị An' } },
      { user: { id: '2', fullName: 'Trần Văn Bình' } },
      { user: { id: '3', fullName: 'Dương Hoa' } },
    ];
    expect(distinctTakers(attempts).map((taker) => taker.id)).toEqual(['3', '1', '2']);
  });
});
