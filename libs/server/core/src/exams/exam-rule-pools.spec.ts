import { poolContains, ruleAvailability, ruleDrawOrder } from './exam-rule-pools';

const skills = ['top', 'Kỹ năng số'];
const security = ['top', 'Kỹ năng số', 'An toàn thông tin'];
const services = ['top', 'Dịch vụ công'];

describe('exam rule pools', () => {
  it('knows which pools hold which: the whole bank holds all, a category its subcategories', () => {
    expect(poolContains(null, security)).toBe(true);
    expect(poolContains(skills, security)).toBe(true);
    expect(poolContains(security, skills)).toBe(false);
    expect(poolContains(skills, services)).toBe(false);
    expect(poolContains(skills, null)).toBe(false);
  });

  it('draws the deepest category first and the whole bank last, ties in rule order', () => {
    expect(ruleDrawOrder([{ segments: null }, { segments: skills }, { segments: security }, { segments: skills }])).toEqual([2, 1, 3, 0]);
  });

  it('gives apart rules their whole pools', () => {
    expect(ruleAvailability([{ segments: skills, count: 3, usable: 5 }, { segments: services, count: 2, usable: 2 }])).toEqual([
      { available: 5, taken: 0 },
      { available: 2, taken: 0 },
    ]);
  });

  it('takes a subcategory rule out of its parent rule, whatever order they are written in', () => {
    // 10 questions under "Kỹ năng số", 4 of them in "An toàn thông tin": 4 + 7 cannot be drawn without repeats.
    const rules = [
      { segments: skills, count: 7, usable: 10 },
      { segments: security, count: 4, usable: 4 },
    ];
    expect(ruleAvailability(rules)).toEqual([
      { available: 6, taken: 4 },
      { available: 4, taken: 0 },
    ]);
    expect(ruleAvailability([...rules].reverse())).toEqual([
      { available: 4, taken: 0 },
      { available: 6, taken: 4 },
    ]);
  });

  it('counts a rule that cannot be filled only by what it can take, and splits one category between two rules', () => {
    const result = ruleAvailability([
      { segments: security, count: 9, usable: 4 },
      { segments: skills, count: 2, usable: 10 },
      { segments: skills, count: 5, usable: 10 },
      { segments: null, count: 3, usable: 12 },
    ]);
    expect(result).toEqual([
      { available: 4, taken: 0 },
      { available: 6, taken: 4 },
      { available: 4, taken: 6 },
      { available: 2, taken: 10 },
    ]);
  });
});
