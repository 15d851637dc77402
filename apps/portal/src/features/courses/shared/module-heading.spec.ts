import { describe, expect, it } from '@jest/globals';
import { titleWithoutModuleNumber } from './module-heading';

describe('titleWithoutModuleNumber', () => {
  it('drops a chapter number the author typed', () => {
    expect(titleWithoutModuleNumber('Chương 2: An toàn thông tin')).toBe('An toàn thông tin');
    expect(titleWithoutModuleNumber('CHƯƠNG 10 - Dịch vụ công')).toBe('Dịch vụ công');
    expect(titleWithoutModuleNumber('Phần 1. Giới thiệu')).toBe('Giới thiệu');
    expect(titleWithoutModuleNumber('Module 3 – Safety')).toBe('Safety');
  });

  it('keeps titles that only start with those words, and a bare number title', () => {
    expect(titleWithoutModuleNumber('Chương trình chuyển đổi số')).toBe('Chương trình chuyển đổi số');
    expect(titleWithoutModuleNumber('Phần mềm văn phòng')).toBe('Phần mềm văn phòng');
    expect(titleWithoutModuleNumber('Chương 1')).toBe('Chương 1');
  });
});
