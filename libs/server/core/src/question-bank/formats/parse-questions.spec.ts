import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseQuestions } from './parse-questions';
import { QuestionImportRejected } from './question-import-rejected.error';

const WINDOWS_1252 = path.resolve(
  __dirname,
  '../../../../../..',
  '../shared/fixtures/question-formats/moodle/question/format/gift/tests/fixtures/questions_encoding_windows-1252.gift.txt',
);

describe('parseQuestions', () => {
  it('decodes UTF-8 buffers and strips a BOM', () => {
    const result = parseQuestions('GIFT', Buffer.from('\uFEFF::Tên::Hà Nội?{T}', 'utf8'));
    expect(result.questions[0]?.name).toBe('Tên');
  });

  it('rejects a file that is not UTF-8 as a whole', () => {
    const bytes = fs.readFileSync(WINDOWS_1252);
    expect(() => parseQuestions('GIFT', bytes)).toThrow(QuestionImportRejected);
    expect(() => parseQuestions('GIFT', bytes)).toThrow('GIFT format files must use UTF-8');
    expect(() => parseQuestions('AIKEN', Buffer.from([0x43, 0xe2, 0x28]))).toThrow(/UTF-8/);
  });

  it('rejects input over the byte limit, naming it', () => {
    expect(() => parseQuestions('GIFT', 'Câu?{T}', { maxBytes: 5 })).toThrow(/maxBytes/);
    expect(() => parseQuestions('GIFT', 'x'.repeat(5 * 1024 * 1024 + 1))).toThrow(QuestionImportRejected);
  });

  it('rejects more questions than the limit, naming it', () => {
    const gift = Array.from({ length: 4 }, (_, index) => `Câu ${index}?{T}`).join('\n\n');
    expect(parseQuestions('GIFT', gift, { maxQuestions: 4 }).questions).toHaveLength(4);
    expect(() => parseQuestions('GIFT', gift, { maxQuestions: 3 })).toThrow(/more than 3 questions/);
    const aiken = 'Q1\nA) a\nB) b\nANSWER: A\n\nQ2\nA) a\nB) b\nANSWER: B';
    expect(() => parseQuestions('AIKEN', aiken, { maxQuestions: 1 })).toThrow(QuestionImportRejected);
    const xml = `<quiz>${'<question type="essay"><questiontext><text>x</text></questiontext></question>'.repeat(3)}</quiz>`;
    expect(() => parseQuestions('MOODLE_XML', xml, { maxQuestions: 2 })).toThrow(QuestionImportRejected);
  });
});
