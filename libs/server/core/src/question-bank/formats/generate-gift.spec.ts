import { generateGiftBank } from './generate-gift';
import { parseQuestions } from './parse-questions';

describe('generateGiftBank', () => {
  it('is deterministic and parses 5,000 mixed Vietnamese questions with zero errors', () => {
    const gift = generateGiftBank(5000);
    expect(generateGiftBank(5000)).toBe(gift);
    const result = parseQuestions('GIFT', gift);
    expect(result.errors).toEqual([]);
    expect(result.questions).toHaveLength(5000);
    expect(new Set(result.questions.map((question) => question.type)).size).toBe(8);
    expect(result.questions[0]?.category).toBe('top/Kỹ năng số/An toàn thông tin');
  });
});
