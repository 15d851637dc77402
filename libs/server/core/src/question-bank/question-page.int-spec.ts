import { DomainError } from '../errors/domain.error';
import { createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import type { Actor } from '../access/actor';
import { QuestionBankModule } from './question-bank.module';
import { QuestionBankService } from './question-bank.service';
import { QuestionImportService } from './question-import.service';
import type { QuestionPageQuery } from './question-page';
import { QuestionService } from './question.service';

async function expectDomainError(promise: Promise<unknown>, code: string, field?: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  if (field) expect((error as DomainError).field).toBe(field);
}

function gift(category: string, from: number, count: number): string {
  const questions = Array.from({ length: count }, (_, index) => `::Câu ${from + index}::Nội dung câu ${from + index}?{T}`);
  return [`$CATEGORY: $course$/top/${category}`, ...questions].join('\n\n');
}

describe('question pages (service, real PostgreSQL)', () => {
  let context: TestingContext;
  let banks: QuestionBankService;
  let questions: QuestionService;
  let importer: QuestionImportService;
  let owner: { id: string; email: string; actor: Actor };
  let coAuthor: { id: string; email: string; actor: Actor };
  let stranger: { id: string; email: string; actor: Actor };
  let admin: { id: string; email: string; actor: Actor };
  let bankId: string;

  beforeAll(async () => {
    context = await createTestingContext([QuestionBankModule]);
    banks = context.get(QuestionBankService);
    questions = context.get(QuestionService);
    importer = context.get(QuestionImportService);
    owner = await createTestUser(context.dataSource, { roles: [{ role: 'TRAINER' }], withPassword: false });
    coAuthor = await createTestUser(context.dataSource, { roles: [{ role: 'TRAINER' }], withPassword: false });
    stranger = await createTestUser(context.dataSource, { roles: [{ role: 'TRAINER' }], withPassword: false });
    admin = await createTestUser(context.dataSource, { roles: [{ role: 'ADMIN' }], withPassword: false });

    // 120 questions over nested categories, from two imports (each sharing one creation time) and single
    // creates, so that the order's tiebreakers are exercised.
    bankId = (await banks.create(owner.actor, { title: 'Ngân hàng lớn' })).bank.id;
    await banks.share(owner.actor, bankId, coAuthor.email);
    await importer.import(owner.actor, {
      bankId,
      format: 'GIFT',
      content: [gift('Kỹ năng số', 1, 30), gift('Kỹ năng số/An toàn', 31, 30)].join('\n\n'),
    });
    await importer.import(owner.actor, {
      bankId,
      format: 'GIFT',
      content: [gift('Kỹ năng số/An toàn/Mật khẩu', 61, 25), gift('Dịch vụ công', 86, 31), gift('Kỹ năng số', 117, 2)].join('\n\n'),
    });
    await questions.create(owner.actor, bankId, { type: 'TRUE_FALSE', name: 'Mật khẩu mạnh', prompt: 'Mật khẩu dài thì an toàn hơn?', correctBoolean: true, category: 'top/Kỹ năng số/An toàn' });
    await questions.create(owner.actor, bankId, { type: 'TRUE_FALSE', name: 'Liên kết', prompt: 'Nên mở đường dẫn lạ trong email?', correctBoolean: false, category: 'top/Dịch vụ công' });
  });

  afterAll(async () => {
    await context.close();
  });

  async function allPages(actor: Actor, query: QuestionPageQuery): Promise<{ ids: string[]; pageSizes: number[]; totals: number[] }> {
    const ids: string[] = [];
    const pageSizes: number[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard += 1) {
      const page = await questions.page(actor, bankId, { ...query, after });
      ids.push(...page.items.map((question) => question.id));
      pageSizes.push(page.items.length);
      totals.push(page.totalCount);
      if (!page.hasNextPage) break;
      after = page.cursors.at(-1) ?? null;
    }
    return { ids, pageSizes, totals };
  }

  it('pages through every question exactly once, in the bank browser order', async () => {
    const expected = (await questions.list(owner.actor, bankId)).map((question) => question.id);
    expect(expected).toHaveLength(120);

    const { ids, pageSizes, totals } = await allPages(owner.actor, { first: 50 });
    expect(pageSizes).toEqual([50, 50, 20]);
    expect(totals).toEqual([120, 120, 120]);
    expect(new Set(ids).size).toBe(120);
    expect(ids).toEqual(expected);

    expect((await questions.page(owner.actor, bankId, {})).items).toHaveLength(50);
    expect((await questions.page(owner.actor, bankId, { first: 1000 })).items).toHaveLength(120);
  });

  it('filters by a category including its subcategories, as `questions(category)` does', async () => {
    const expected = (await questions.list(owner.actor, bankId, 'Kỹ năng số/An toàn')).map((question) => question.id);
    expect(expected).toHaveLength(56);
    const { ids, totals } = await allPages(coAuthor.actor, { category: 'top/Kỹ năng số/An toàn', first: 20 });
    expect(ids).toEqual(expected);
    expect(totals[0]).toBe(56);

    const nested = await questions.page(owner.actor, bankId, { category: 'top/Kỹ năng số/An toàn/Mật khẩu' });
    expect(nested.totalCount).toBe(25);
    expect(new Set(nested.items.map((question) => question.category))).toEqual(new Set(['top/Kỹ năng số/An toàn/Mật khẩu']));
  });

  it('searches names and prompts without caring about accents or case', async () => {
    const names = async (query: QuestionPageQuery): Promise<string[]> =>
      (await questions.page(admin.actor, bankId, query)).items.map((question) => question.content.name as string);
    expect(await names({ search: 'mat khau' })).toEqual(['Mật khẩu mạnh']);
    expect(await names({ search: '  MẬT   KHẨU ' })).toEqual(['Mật khẩu mạnh']);
    expect(await names({ search: 'DUONG DAN' })).toEqual(['Liên kết']);
    expect(await names({ search: 'noi dung cau 11', category: 'top/Kỹ năng số' })).toEqual(['Câu 11', 'Câu 117', 'Câu 118']);
    expect(await names({ search: '100%' })).toEqual([]);
    expect((await questions.page(owner.actor, bankId, { search: 'mat khau', category: 'top/Dịch vụ công' })).totalCount).toBe(0);
  });

  it('refuses a cursor it did not make with BAD_USER_INPUT on after', async () => {
    await expectDomainError(questions.page(owner.actor, bankId, { after: 'not a cursor' }), 'BAD_USER_INPUT', 'after');
    await expectDomainError(questions.page(owner.actor, bankId, { after: Buffer.from('["a",1]').toString('base64url') }), 'BAD_USER_INPUT', 'after');
    await expectDomainError(
      questions.page(owner.actor, bankId, { after: Buffer.from('[["top"],"1 OR 1=1",0,"00000000-0000-4000-8000-000000000000"]').toString('base64url') }),
      'BAD_USER_INPUT',
      'after',
    );
  });

  it('keeps trainers who are not co-authors out', async () => {
    await expectDomainError(questions.page(stranger.actor, bankId, {}), 'FORBIDDEN');
    await expectDomainError(questions.page(owner.actor, 'not-a-uuid', {}), 'NOT_FOUND');
  });
});
