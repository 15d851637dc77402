import { DomainError } from '../errors/domain.error';
import { domainErrorOf } from '../test-support/domain-error-of';
import { createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import type { Actor } from '../access/actor';
import { parseQuestions } from './formats/parse-questions';
import { QuestionBankModule } from './question-bank.module';
import { QuestionBankService } from './question-bank.service';
import { draftFromContent } from './question-content';
import type { QuestionDraft } from './question-draft';
import { QuestionExportService } from './question-export.service';
import { QuestionFileService } from './question-file.service';
import { QuestionImportService } from './question-import.service';
import { QuestionService } from './question.service';

const GIFT_ALL_TYPES = `$CATEGORY: $course$/top/Kỹ năng số/An toàn thông tin

// [id:sc-1] [tag:an-toàn] [tag:mật-khẩu]
::Mật khẩu::[html]<p>Mật khẩu nào <b>mạnh</b> nhất?</p><script>alert(1)</script>{
\t=Tr0ng#Ph@i#Đúng\\, vì dài
\t~123456#Quá dễ đoán
\t~%-50%matkhau
\t####<p>Xem lại bài 2.</p>
}

::Nhiều đáp án::Chọn các dịch vụ công trực tuyến {~%50%Cấp đổi CCCD ~%50%Đăng ký khai sinh ~%-100%Đi chợ}

::Đúng sai::Chữ ký số có giá trị pháp lý.{TRUE#Sai rồi.#Chính xác!}

$CATEGORY: $course$/top/Kỹ năng số/An toàn thông tin/Mật khẩu

::Trả lời ngắn::Viết tắt của Ủy ban nhân dân?{=UBND#Đúng =%50%ubnd* =%0%*#Sai}

::Số::Năm thành lập?{#\n=1945:0#Đúng\n=%50%1940..1950\n}

$CATEGORY: $course$/top/Kỹ năng số/Dịch vụ công

::Ghép::Ghép cơ quan với chức năng{
\t=UBND -> Quản lý
\t=Sở TT&TT -> Thông tin
}

::Tự luận::Trình bày ý kiến.{####Chấm theo thang 10.}

::Mô tả::Phần II\\: Kỹ năng số nâng cao.
`;

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001', 'hex');

const XML_WITH_IMAGE = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Hình ảnh</text></category></question>
  <question type="truefalse">
    <name><text>Cờ</text></name>
    <questiontext format="html">
      <text><![CDATA[<p>Đây là cờ Việt Nam? <img src="@@PLUGINFILE@@/c%E1%BB%9D%20vn.png" alt="cờ"></p>]]></text>
      <file name="cờ vn.png" path="/" encoding="base64">${PNG.toString('base64')}</file>
    </questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
</quiz>
`;

function comparable(questions: readonly QuestionDraft[]): unknown[] {
  return JSON.parse(JSON.stringify(questions.map(({ line: _line, ...rest }) => rest))) as unknown[];
}

async function expectDomainError(promise: Promise<unknown>, code: string, field?: string): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  if (field) expect((error as DomainError).field).toBe(field);
  return error as DomainError;
}

describe('question bank (service, real PostgreSQL)', () => {
  let context: TestingContext;
  let banks: QuestionBankService;
  let questions: QuestionService;
  let importer: QuestionImportService;
  let exporter: QuestionExportService;
  let files: QuestionFileService;
  let owner: { id: string; email: string; actor: Actor };
  let coAuthor: { id: string; email: string; actor: Actor };
  let stranger: { id: string; email: string; actor: Actor };
  let learner: { id: string; email: string; actor: Actor };

  beforeAll(async () => {
    context = await createTestingContext([QuestionBankModule]);
    banks = context.get(QuestionBankService);
    questions = context.get(QuestionService);
    importer = context.get(QuestionImportService);
    exporter = context.get(QuestionExportService);
    files = context.get(QuestionFileService);
    owner = await createTestUser(context.dataSource, { roles: [{ role: 'TRAINER' }], withPassword: false });
    coAuthor = await createTestUser(context.dataSource, { roles: [{ role: 'TRAINER' }], withPassword: false });
    stranger = await createTestUser(context.dataSource, { roles: [{ role: 'TRAINER' }], withPassword: false });
    learner = await createTestUser(context.dataSource, { withPassword: false });
  });

  afterAll(async () => {
    await context.close();
  });

  async function countRows(bankId: string): Promise<{ questions: number; versions: number; categories: number; files: number }> {
    const [row] = await context.dataSource.query(
      `SELECT (SELECT count(*)::int FROM question WHERE bank_id = $1) AS questions,
              (SELECT count(*)::int FROM question_version v JOIN question q ON q.id = v.question_id WHERE q.bank_id = $1) AS versions,
              (SELECT count(*)::int FROM question_category WHERE bank_id = $1) AS categories,
              (SELECT count(*)::int FROM question_file WHERE bank_id = $1) AS files`,
      [bankId],
    );
    return row;
  }

  it('lets trainers create banks and refuses learners', async () => {
    const { bank } = await banks.create(owner.actor, { title: '  Ngân hàng   An toàn thông tin ' });
    expect(bank.title).toBe('Ngân hàng An toàn thông tin');
    expect(bank.ownerId).toBe(owner.id);
    await expectDomainError(banks.create(learner.actor, { title: 'X' }), 'FORBIDDEN');
    await expectDomainError(banks.create(owner.actor, { title: '   ' }), 'BAD_USER_INPUT', 'title');
  });

  it('imports the readable questions of a file and reports each unreadable one with its line', async () => {
    const { bank } = await banks.create(owner.actor, { title: 'Nhập GIFT' });
    const broken = `${GIFT_ALL_TYPES}\n::Hỏng::Câu này không có đáp án đúng {~a ~b}\n\n::Tốt::Sau lỗi vẫn nhập {=đúng ~sai}\n`;
    const brokenLine = broken.split('\n').findIndex((line) => line.startsWith('::Hỏng::')) + 1;
    const outcome = await importer.import(owner.actor, { bankId: bank.id, format: 'GIFT', content: broken });
    expect(outcome.errors).toEqual([
      {
        line: brokenLine,
        reason: 'questionImport.gift.inQuestion',
        params: { problem: { reason: 'questionImport.positiveGradesBelowFull', params: { total: '0' } }, excerpt: expect.stringContaining('Hỏng') },
        message: expect.stringContaining('100%'),
      },
    ]);
    expect(outcome.questions).toHaveLength(9);
    const stored = await questions.list(owner.actor, bank.id);
    expect(stored.map((question) => question.content.name)).toEqual(
      expect.arrayContaining(['Mật khẩu', 'Nhiều đáp án', 'Đúng sai', 'Trả lời ngắn', 'Số', 'Ghép', 'Tự luận', 'Mô tả', 'Tốt']),
    );
    const choice = stored.find((question) => question.content.name === 'Mật khẩu')!;
    expect(choice.type).toBe('SINGLE_CHOICE');
    expect(choice.content.prompt).not.toContain('script');
    expect(choice.category).toBe('top/Kỹ năng số/An toàn thông tin');
    expect(choice.tags).toEqual(['an-toàn', 'mật-khẩu']);
    expect(choice.idNumber).toBe('sc-1');
    expect(choice.content.options.map((option) => [option.text, option.fraction])).toEqual([
      ['Tr0ng', 1],
      ['123456', 0],
      ['matkhau', -0.5],
    ]);
    expect(new Set(choice.content.options.map((option) => option.id)).size).toBe(3);
    const numeric = stored.find((question) => question.type === 'NUMERIC')!;
    expect(numeric.content.numericAnswers).toEqual([
      { value: 1945, tolerance: 0, fraction: 1, feedback: 'Đúng' },
      { value: 1945, tolerance: 5, fraction: 0.5 },
    ]);
    const categories = await questions.categories(owner.actor, bank.id);
    expect(categories.map((category) => [category.path, category.questionCount])).toEqual([
      ['top', 0],
      ['top/Kỹ năng số', 0],
      ['top/Kỹ năng số/An toàn thông tin', 3],
      ['top/Kỹ năng số/An toàn thông tin/Mật khẩu', 2],
      ['top/Kỹ năng số/Dịch vụ công', 4],
    ]);
  });

  it('commits all the valid questions of an import or none of them', async () => {
    const { bank } = await banks.create(owner.actor, { title: 'Tất cả hoặc không' });
    const content = Array.from({ length: 1500 }, (_, index) => `::${index === 1400 ? 'BOOM' : `Câu ${index}`}::Câu hỏi ${index}?{=đúng ~sai}`).join('\n\n');
    // A failure after the first thousand rows are written, as a lost connection or a full disk would cause.
    await context.dataSource.query(`
      CREATE OR REPLACE FUNCTION test_fail_on_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.content->>'name' = 'BOOM' THEN RAISE EXCEPTION 'simulated failure'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER test_fail_on_boom BEFORE INSERT ON question_version FOR EACH ROW EXECUTE FUNCTION test_fail_on_boom();
    `);
    try {
      await expect(importer.import(owner.actor, { bankId: bank.id, format: 'GIFT', content })).rejects.toThrow('simulated failure');
    } finally {
      await context.dataSource.query('DROP TRIGGER test_fail_on_boom ON question_version; DROP FUNCTION test_fail_on_boom()');
    }
    expect(await countRows(bank.id)).toEqual({ questions: 0, versions: 0, categories: 0, files: 0 });
    const again = await importer.import(owner.actor, { bankId: bank.id, format: 'GIFT', content });
    expect(again.questions).toHaveLength(1500);
    expect(await countRows(bank.id)).toEqual({ questions: 1500, versions: 1500, categories: 1, files: 0 });
  });

  it('refuses a whole file over the limits with BAD_USER_INPUT on content, naming the limit', async () => {
    const { bank } = await banks.create(owner.actor, { title: 'Giới hạn' });
    importer.limits = { maxQuestions: 2 };
    try {
      const error = await expectDomainError(
        importer.import(owner.actor, { bankId: bank.id, format: 'GIFT', content: '::a::A?{T}\n\n::b::B?{T}\n\n::c::C?{T}' }),
        'BAD_USER_INPUT',
        'content',
      );
      expect(error).toMatchObject({ reason: 'questionImport.tooManyQuestions', params: { max: 2 } });
    } finally {
      importer.limits = {};
    }
    await expectDomainError(
      importer.import(owner.actor, { bankId: bank.id, format: 'MOODLE_XML', content: '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY x "y">]><quiz></quiz>' }),
      'BAD_USER_INPUT',
      'content',
    );
    expect(await countRows(bank.id)).toEqual({ questions: 0, versions: 0, categories: 0, files: 0 });
  });

  it('keeps every version: an edit adds one and leaves what earlier attempts drew untouched', async () => {
    const { bank } = await banks.create(owner.actor, { title: 'Phiên bản' });
    const created = await questions.create(owner.actor, bank.id, {
      type: 'SINGLE_CHOICE',
      prompt: '<p>Thủ đô của Việt Nam?</p><img src="x" onerror="alert(1)">',
      category: 'Địa lý',
      options: [
        { text: 'Hà Nội', fraction: 1 },
        { text: 'Huế', fraction: 0 },
      ],
    });
    expect(created.version).toBe(1);
    expect(created.category).toBe('top/Địa lý');
    expect(created.content.prompt).not.toContain('onerror');
    expect(created.content.name).toBe('Thủ đô của Việt Nam?');

    const edited = await questions.update(owner.actor, created.id, {
      prompt: 'Thủ đô của nước CHXHCN Việt Nam?',
      options: [
        { text: 'Hà Nội', fraction: 1 },
        { text: 'TP Hồ Chí Minh', fraction: 0 },
      ],
    });
    expect(edited.id).toBe(created.id);
    expect(edited.version).toBe(2);
    expect(edited.versionId).not.toBe(created.versionId);
    expect(edited.content.options[0]?.id).toBe(created.content.options[0]?.id);

    const drawn = await questions.findVersions([created.versionId]);
    expect(drawn.get(created.versionId)?.content).toEqual(created.content);
    expect(drawn.get(created.versionId)?.isCurrent).toBe(false);
    expect((await questions.versions(owner.actor, created.id)).map((version) => version.version)).toEqual([2, 1]);

    const moved = await questions.update(owner.actor, created.id, { category: 'top/Địa lý/Thủ đô', tags: ['địa-lý'] });
    expect(moved.version).toBe(2);
    expect(moved.category).toBe('top/Địa lý/Thủ đô');
    expect(moved.tags).toEqual(['địa-lý']);

    await expect(context.dataSource.query(`UPDATE question_version SET content = '{}' WHERE id = $1`, [created.versionId])).rejects.toThrow(/immutable/);
    await expectDomainError(questions.update(owner.actor, created.id, { options: [{ text: 'Hà Nội', fraction: 0.5 }, { text: 'Huế', fraction: 0 }] }), 'BAD_USER_INPUT', 'options');

    await questions.delete(owner.actor, created.id);
    expect(await questions.list(owner.actor, bank.id)).toEqual([]);
    await expectDomainError(questions.get(owner.actor, created.id), 'NOT_FOUND');
    expect((await questions.findVersions([edited.versionId])).get(edited.versionId)?.content.prompt).toBe('Thủ đô của nước CHXHCN Việt Nam?');
  });

  it('lets the owner share a bank with co-authors and keeps everyone else out', async () => {
    const { bank } = await banks.create(owner.actor, { title: 'Chia sẻ' });
    await importer.import(owner.actor, { bankId: bank.id, format: 'AIKEN', content: 'Câu hỏi?\nA. Một\nB. Hai\nANSWER: A\n' });

    await expectDomainError(questions.list(stranger.actor, bank.id), 'FORBIDDEN');
    await expectDomainError(importer.import(stranger.actor, { bankId: bank.id, format: 'GIFT', content: '::x::X?{T}' }), 'FORBIDDEN');
    await expectDomainError(exporter.export(stranger.actor, bank.id, 'GIFT'), 'FORBIDDEN');
    await expectDomainError(questions.list(owner.actor, '00000000-0000-4000-8000-000000000000'), 'NOT_FOUND');
    await expectDomainError(questions.list(owner.actor, 'not-a-uuid'), 'NOT_FOUND');

    await banks.share(owner.actor, bank.id, coAuthor.email.toUpperCase());
    await banks.share(owner.actor, bank.id, coAuthor.email);
    expect((await banks.collaboratorsOf([bank.id])).get(bank.id)?.map((person) => [person.userId, person.role])).toEqual([
      [owner.id, 'OWNER'],
      [coAuthor.id, 'CO_AUTHOR'],
    ]);
    await importer.import(coAuthor.actor, { bankId: bank.id, format: 'GIFT', content: '::Đồng tác giả::Câu của đồng tác giả{T}' });
    expect(await questions.list(coAuthor.actor, bank.id)).toHaveLength(2);
    expect((await banks.listMine(coAuthor.actor)).map((found) => found.bank.id)).toContain(bank.id);
    const [first] = await questions.list(coAuthor.actor, bank.id);
    await questions.update(coAuthor.actor, first!.id, { name: 'Đổi tên' });

    await expectDomainError(banks.share(coAuthor.actor, bank.id, stranger.email), 'FORBIDDEN');
    // Whether the address has an account (not a trainer's) or none, the refusal is the same.
    const notATrainer = await domainErrorOf(banks.share(owner.actor, bank.id, learner.email));
    const unknown = await domainErrorOf(banks.share(owner.actor, bank.id, 'nobody@example.invalid'));
    expect([notATrainer.code, notATrainer.field, notATrainer.reason]).toEqual(['BAD_USER_INPUT', 'userEmail', 'account.noTrainerWithEmail']);
    expect([unknown.code, unknown.field, unknown.reason]).toEqual([notATrainer.code, notATrainer.field, notATrainer.reason]);
    // Removing someone who is not a co-author changes nothing, whether or not an account uses the address.
    await banks.unshare(owner.actor, bank.id, learner.email);
    await banks.unshare(owner.actor, bank.id, 'nobody@example.invalid');
    await expectDomainError(banks.unshare(coAuthor.actor, bank.id, learner.email), 'FORBIDDEN');
    await expectDomainError(banks.unshare(coAuthor.actor, bank.id, 'nobody@example.invalid'), 'FORBIDDEN');

    await banks.unshare(owner.actor, bank.id, coAuthor.email);
    await expectDomainError(questions.list(coAuthor.actor, bank.id), 'FORBIDDEN');
    expect((await banks.listMine(coAuthor.actor)).map((found) => found.bank.id)).not.toContain(bank.id);
  });

  it('filters by category, a category including its subcategories and nothing that merely shares a prefix', async () => {
    const { bank } = await banks.create(owner.actor, { title: 'Danh mục' });
    await importer.import(owner.actor, {
      bankId: bank.id,
      format: 'GIFT',
      content: [
        '$CATEGORY: $course$/top/A',
        '::a::A?{T}',
        '$CATEGORY: $course$/top/A/B',
        '::ab::AB?{T}',
        '$CATEGORY: $course$/top/A/B/C',
        '::abc::ABC?{T}',
        '$CATEGORY: $course$/top/A B',
        '::a space b::A B?{T}',
        '$CATEGORY: $course$/top/A//B',
        '::a slash b::A/B?{T}',
      ].join('\n\n'),
    });
    const names = async (category?: string): Promise<string[]> =>
      (await questions.list(owner.actor, bank.id, category)).map((question) => question.content.name as string).sort();
    expect(await names('top/A')).toEqual(['a', 'ab', 'abc']);
    expect(await names('A/B')).toEqual(['ab', 'abc']);
    expect(await names('$course$/top/A//B')).toEqual(['a slash b']);
    expect(await names('top')).toHaveLength(5);
    expect(await names()).toHaveLength(5);
    expect(await names('top/Không có')).toEqual([]);
  });

  it('stores embedded files in PostgreSQL, links them from the text and serves them to the bank\'s members only', async () => {
    const { bank } = await banks.create(owner.actor, { title: 'Tệp' });
    const outcome = await importer.import(owner.actor, { bankId: bank.id, format: 'MOODLE_XML', content: XML_WITH_IMAGE });
    expect(outcome.errors).toEqual([]);
    const [question] = outcome.questions;
    const [attachment] = question!.content.attachments!;
    expect(attachment).toEqual({ fileId: expect.any(String), name: 'cờ vn.png', mimeType: 'image/png' });
    expect(question!.content.prompt).toContain(`src="/files/questions/${attachment!.fileId}/c%E1%BB%9D%20vn.png"`);
    expect(question!.content.prompt).not.toContain('@@PLUGINFILE@@');
    const [row] = await context.dataSource.query('SELECT sha256, size_bytes, mime_type FROM question_file WHERE id = $1', [attachment!.fileId]);
    expect(row).toEqual({ sha256: require('node:crypto').createHash('sha256').update(PNG).digest('hex'), size_bytes: PNG.length, mime_type: 'image/png' });
    const served = await files.getFor(owner.actor, attachment!.fileId, 'cờ vn.png');
    expect(served.data.equals(PNG)).toBe(true);
    await expectDomainError(files.getFor(owner.actor, attachment!.fileId, 'khác.png'), 'NOT_FOUND');
    await expectDomainError(files.getFor(owner.actor, 'nope', 'cờ vn.png'), 'NOT_FOUND');
    // A private bank's images: not for another trainer, a learner or an anonymous caller, who cannot tell them from unknown ids.
    for (const outsider of [stranger.actor, learner.actor, undefined]) {
      await expectDomainError(files.getFor(outsider, attachment!.fileId, 'cờ vn.png'), 'NOT_FOUND');
    }
    await banks.share(owner.actor, bank.id, coAuthor.email);
    expect((await files.getFor(coAuthor.actor, attachment!.fileId, 'cờ vn.png')).data.equals(PNG)).toBe(true);
    const admin = await createTestUser(context.dataSource, { roles: [{ role: 'ADMIN' }], withPassword: false });
    expect((await files.getFor(admin.actor, attachment!.fileId, 'cờ vn.png')).data.equals(PNG)).toBe(true);

    const xml = (await exporter.export(owner.actor, bank.id, 'MOODLE_XML')).text;
    expect(xml).toContain('@@PLUGINFILE@@/c%E1%BB%9D%20vn.png');
    expect(xml).toContain(PNG.toString('base64'));
    expect(comparable(parseQuestions('MOODLE_XML', xml).questions)).toEqual(comparable(parseQuestions('MOODLE_XML', XML_WITH_IMAGE).questions));
  });

  it('exports GIFT and Moodle XML that import back as the same questions', async () => {
    const { bank: source } = await banks.create(owner.actor, { title: 'Nguồn' });
    await importer.import(owner.actor, { bankId: source.id, format: 'GIFT', content: GIFT_ALL_TYPES });
    await importer.import(owner.actor, { bankId: source.id, format: 'MOODLE_XML', content: XML_WITH_IMAGE });
    const original = await questions.list(owner.actor, source.id);
    expect(original).toHaveLength(9);

    for (const format of ['GIFT', 'MOODLE_XML'] as const) {
      const exported = await exporter.export(owner.actor, source.id, format);
      expect(exported.questionCount).toBe(9);
      const { bank: copy } = await banks.create(owner.actor, { title: `Bản sao ${format}` });
      const outcome = await importer.import(owner.actor, { bankId: copy.id, format, content: exported.text });
      expect(outcome.errors).toEqual([]);
      const copied = await questions.list(owner.actor, copy.id);
      const asDrafts = (records: typeof original) =>
        comparable(
          records.map((record) => {
            const draft = draftFromContent(record.content, record);
            // Links differ by file id. GIFT cannot carry files, penalties (the XML question's 0.33 becomes GIFT's
            // default) nor the general feedback of a description: FORMAT-DIFFERENCES.md.
            draft.prompt = draft.prompt.replace(/\/files\/questions\/[0-9a-f-]+\//g, '/files/questions/ID/');
            if (format === 'GIFT') delete draft.penalty;
            if (format === 'GIFT' && draft.type === 'DESCRIPTION') delete draft.generalFeedback;
            return draft;
          }),
        );
      expect(asDrafts(copied)).toEqual(asDrafts(original));
      if (format === 'MOODLE_XML') {
        const image = copied.find((record) => record.content.attachments)!;
        const [file] = image.content.attachments!;
        expect((await files.getFor(owner.actor, file!.fileId, file!.name)).data.equals(PNG)).toBe(true);
      }
    }

    const onlyPasswords = await exporter.export(owner.actor, source.id, 'GIFT', { category: 'top/Kỹ năng số/An toàn thông tin/Mật khẩu' });
    expect(parseQuestions('GIFT', onlyPasswords.text).questions.map((question) => question.name)).toEqual(['Trả lời ngắn', 'Số']);
  });

  it('exports the single-choice questions as Aiken, names the others with their reason, and imports back the same', async () => {
    const { bank: source } = await banks.create(owner.actor, { title: 'Aiken' });
    await importer.import(owner.actor, { bankId: source.id, format: 'GIFT', content: GIFT_ALL_TYPES });
    await importer.import(owner.actor, { bankId: source.id, format: 'AIKEN', content: 'Chữ ký số là gì?\nA) Chữ ký điện tử an toàn\nB) Ảnh chữ ký\nANSWER: A\n' });
    const original = await questions.list(owner.actor, source.id);
    const aikenReadable = original.filter((record) => record.type === 'SINGLE_CHOICE' && record.content.options.every((o) => o.fraction === 0 || o.fraction === 1));
    expect(aikenReadable.length).toBeGreaterThan(0);

    const exported = await exporter.export(owner.actor, source.id, 'AIKEN');
    expect(exported.fileName).toBe('Aiken.aiken.txt');
    expect(exported.questionCount).toBe(aikenReadable.length);
    expect(exported.skipped.map((skip) => skip.questionId).sort()).toEqual(
      original.filter((record) => !aikenReadable.includes(record)).map((record) => record.id).sort(),
    );
    expect(new Set(exported.skipped.map((skip) => skip.reason))).toContain('questionBank.aikenSkip.notSingleChoice');
    expect(exported.skipped.every((skip) => skip.name.length > 0)).toBe(true);

    const { bank: copy } = await banks.create(owner.actor, { title: 'Bản sao Aiken' });
    const outcome = await importer.import(owner.actor, { bankId: copy.id, format: 'AIKEN', content: exported.text });
    expect(outcome.errors).toEqual([]);
    const again = await exporter.export(owner.actor, copy.id, 'AIKEN');
    expect(again.text).toBe(exported.text);

    const aikenOnly = original.find((record) => record.content.prompt.startsWith('Chữ ký số'))!;
    const selection = await exporter.export(owner.actor, source.id, 'AIKEN', { questionIds: [aikenOnly.id] });
    expect(selection.text).toBe('Chữ ký số là gì?\nA) Chữ ký điện tử an toàn\nB) Ảnh chữ ký\nANSWER: A\n');
    const foreign = (await questions.list(owner.actor, copy.id))[0]!;
    await expectDomainError(exporter.export(owner.actor, source.id, 'AIKEN', { questionIds: [aikenOnly.id, foreign.id] }), 'BAD_USER_INPUT', 'questionIds');
    await expectDomainError(exporter.export(stranger.actor, source.id, 'AIKEN'), 'FORBIDDEN');
  });
});
