import { domainErrorOf } from '../test-support/domain-error-of';
import { createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import type { Actor } from '../access/actor';
import { CATEGORY_LIMITS } from './formats/question-limits';
import { QuestionBankModule } from './question-bank.module';
import { QuestionBankService } from './question-bank.service';
import { QuestionImportService } from './question-import.service';
import { QuestionService } from './question.service';

/** CJK ideographs that do not repeat (3 UTF-8 bytes each): a text PostgreSQL cannot compress into an index row. */
function ideographs(count: number, seed: number): string[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return String.fromCodePoint(0x4e00 + (state % 20_000));
  });
}

/** `top/` and the characters, in names of at most 250 UTF-16 units (under the bound of a name). */
function pathOf(characters: string[]): string {
  const names = [''];
  for (const character of characters) {
    if ((names.at(-1) as string).length + character.length > 250) names.push('');
    names[names.length - 1] += character;
  }
  return ['top', ...names].join('/');
}

describe('category paths fit the unique index on (bank, path)', () => {
  let context: TestingContext;
  let questions: QuestionService;
  let importer: QuestionImportService;
  let trainer: Actor;
  let bankId: string;

  beforeAll(async () => {
    context = await createTestingContext([QuestionBankModule]);
    questions = context.get(QuestionService);
    importer = context.get(QuestionImportService);
    trainer = (await createTestUser(context.dataSource, { roles: [{ role: 'TRAINER' }] })).actor;
    bankId = (await context.get(QuestionBankService).create(trainer, { title: 'Danh mục dài' })).bank.id;
  });
  afterAll(() => context.close());

  it('stores the longest path the bounds allow, in the characters that take the most bytes, from the editor and from a file', async () => {
    const longest = pathOf(ideographs(CATEGORY_LIMITS.pathLength - 8, 1));
    expect(longest.length).toBeLessThanOrEqual(CATEGORY_LIMITS.pathLength);
    expect(Buffer.byteLength(longest)).toBeLessThanOrEqual(CATEGORY_LIMITS.pathBytes);
    await expect(questions.createCategory(trainer, bankId, longest)).resolves.toMatchObject({ path: longest });
    const other = pathOf(ideographs(CATEGORY_LIMITS.pathLength - 8, 2));
    const outcome = await importer.import(trainer, { bankId, format: 'GIFT', content: `$CATEGORY: ${other}\n\nCâu hỏi?{T}` });
    expect(outcome.errors).toEqual([]);
    expect(outcome.questions.map((question) => question.category)).toEqual([other]);
  });

  it('refuses, at its line, a path that NFC spells longer than it was typed, instead of failing in the index', async () => {
    // U+1D160 is two UTF-16 units as typed and three astral characters (12 bytes) once NFC-normalised.
    const typed = ideographs(680, 3);
    for (let index = 0; index < 55; index++) typed.splice((index * 13) % typed.length, 0, '\u{1D160}');
    const path = pathOf(typed);
    expect(path.length).toBeLessThanOrEqual(CATEGORY_LIMITS.pathLength);
    const outcome = await importer.import(trainer, { bankId, format: 'GIFT', content: `$CATEGORY: ${path}\n\nCâu hỏi?{T}\n\n$CATEGORY: top/Khác\n\nCâu khác?{F}` });
    expect(outcome.questions.map((question) => question.category)).toEqual(['top/Khác']);
    expect(outcome.errors.map((error) => error.line)).toEqual([1, 3]);
    await expect(domainErrorOf(questions.createCategory(trainer, bankId, path))).resolves.toMatchObject({ code: 'BAD_USER_INPUT', field: 'path' });
  });
});
