import { parseQuestions } from './parse-questions';
import { CATEGORY_LIMITS, categoryPathProblem, QUESTION_LIMITS } from './question-limits';

describe('question and category limits in imports', () => {
  it('refuses a GIFT $CATEGORY of thousands of levels at its line, with the questions filed under it, quickly', () => {
    const deep = `$CATEGORY: ${Array.from({ length: 6000 }, (_, index) => `c${index}`).join('/')}`;
    const gift = [deep, 'Câu một?{T}', 'Câu hai?{F}', '$CATEGORY: top/Kỹ năng số', 'Câu ba?{T}'].join('\n\n');
    const started = performance.now();
    const result = parseQuestions('GIFT', gift);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.questions.map((question) => question.prompt)).toEqual(['Câu ba?']);
    expect(result.categories.map((category) => category.path)).toEqual(['top/Kỹ năng số']);
    expect(result.errors.map((error) => error.line)).toEqual([1, 3, 5]);
    expect(result.errors[0]?.message).toBe(`Categories nest at most ${CATEGORY_LIMITS.depth} levels below "top" (this one has 6,000)`);
  });

  it('refuses a category path that is too long or has a name that is too long', () => {
    expect(categoryPathProblem(`top/${Array.from({ length: 10 }, () => 'a'.repeat(100)).join('/')}`)?.reason).toBe('questionCategory.tooLong');
    expect(categoryPathProblem(`top/${'a'.repeat(CATEGORY_LIMITS.nameLength + 1)}`)?.reason).toBe('questionCategory.nameTooLong');
    expect(categoryPathProblem(`top/${Array.from({ length: CATEGORY_LIMITS.depth }, () => 'a').join('/')}`)).toBeNull();
    const xml = `<quiz><question type="category"><category><text>$course$/top/${'b/'.repeat(30)}x</text></category></question>
      <question type="essay"><questiontext><text>Viết</text></questiontext></question></quiz>`;
    const result = parseQuestions('MOODLE_XML', xml);
    expect(result.questions).toEqual([]);
    expect(result.errors).toHaveLength(2);
  });

  it('refuses, at its line, a question with a text, a list or a tag past its bound, and keeps the others', () => {
    const gift = [
      `// [tag:${'t'.repeat(QUESTION_LIMITS.tagLength + 1)}]\nCâu có nhãn quá dài?{T}`,
      `::Tự luận::Viết một đoạn văn {}`,
      `Câu nhiều lựa chọn?{${Array.from({ length: QUESTION_LIMITS.options + 1 }, (_, index) => `${index === 0 ? '=' : '~'}đáp án ${index}`).join(' ')}}`,
    ].join('\n\n');
    const result = parseQuestions('GIFT', gift);
    expect(result.questions.map((question) => question.name)).toEqual(['Tự luận']);
    expect(result.errors.map((error) => [error.line, error.message])).toEqual([
      [2, `tags.0 has at most ${QUESTION_LIMITS.tagLength} characters (it has ${QUESTION_LIMITS.tagLength + 1})`],
      [6, `options: at most ${QUESTION_LIMITS.options} items in one question (it has ${QUESTION_LIMITS.options + 1})`],
    ]);
  });

  it('refuses a Moodle XML essay whose grader information is larger than any question text may be', () => {
    const grader = 'g'.repeat(QUESTION_LIMITS.textLength + 1);
    const xml = `<quiz><question type="essay"><name><text>E</text></name><questiontext format="html"><text>Viết</text></questiontext>
      <graderinfo format="html"><text>${grader}</text></graderinfo></question></quiz>`;
    const result = parseQuestions('MOODLE_XML', xml);
    expect(result.questions).toEqual([]);
    expect(result.errors[0]?.message).toMatch(/^graderInfo has at most 100,000 characters/);
  });
});
