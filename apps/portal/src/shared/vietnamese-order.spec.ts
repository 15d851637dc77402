import { describe, expect, it } from '@jest/globals';
import { compareVietnamese } from './vietnamese-order';

describe('compareVietnamese', () => {
  it('sorts as the server does: Kế before Khoa, Đ after D and before E', () => {
    expect(['Sở Khoa học', 'Em', 'Đông', 'Sở Kế hoạch', 'Dương'].sort(compareVietnamese)).toEqual(['Dương', 'Đông', 'Em', 'Sở Kế hoạch', 'Sở Khoa học']);
  });
});
