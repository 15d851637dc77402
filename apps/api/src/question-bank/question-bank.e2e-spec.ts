import { randomUUID } from 'node:crypto';
import { createTestUser, TEST_PASSWORD } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type GraphqlResponse, startTestApi, type TestApi } from '../test-support/test-api';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`;
const QUESTION_FIELDS = `id type name prompt category generalFeedback defaultPoints correctBoolean version
  options { id text fraction feedback } numericAnswers { value tolerance fraction feedback } matchPairs { prompt answer }`;

const GIFT = `$CATEGORY: $course$/top/Kỹ năng số/An toàn thông tin

::Mật khẩu::Mật khẩu nào mạnh nhất?{=Tr0ng-Ph@i-2026 ~123456 ~%-50%matkhau}

::Hỏng::Không có đáp án đúng {~a ~b}

$CATEGORY: $course$/top/Kỹ năng số/Dịch vụ công

::Đúng sai::Cổng dịch vụ công quốc gia có địa chỉ dichvucong.gov.vn.{TRUE}

::Khoảng::Chọn một số từ 1 đến 3.{#1..3}
`;

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('question bank over HTTP', () => {
  let api: TestApi;
  let db: DataSource;
  let trainerToken: string;
  let otherToken: string;
  let learnerToken: string;
  let adminToken: string;
  let coAuthorEmail: string;
  let adminEmail: string;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    const signIn = async (email: string): Promise<string> => {
      const response = await api.gql<{ login: { accessToken: string } }>(LOGIN, { input: { email, password: TEST_PASSWORD } });
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      return response.data.login.accessToken;
    };
    const trainer = await createTestUser(db, { roles: [{ role: 'TRAINER' }] });
    const other = await createTestUser(db, { roles: [{ role: 'TRAINER' }] });
    const learner = await createTestUser(db);
    const admin = await createTestUser(db, { roles: [{ role: 'ADMIN' }] });
    coAuthorEmail = other.email;
    adminEmail = admin.email;
    adminToken = await signIn(admin.email);
    trainerToken = await signIn(trainer.email);
    otherToken = await signIn(other.email);
    learnerToken = await signIn(learner.email);
  });
  afterAll(() => api.close());

  async function createBank(title: string, token = trainerToken): Promise<string> {
    const created = await api.gql<{ createQuestionBank: { id: string; title: string } }>(
      'mutation ($input: CreateQuestionBankInput!) { createQuestionBank(input: $input) { id title } }',
      { input: { title } },
      token,
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    return created.data.createQuestionBank.id;
  }

  it('creates a bank, imports with a broken question reported by line, reads it back and exports it', async () => {
    const bankId = await createBank('Kỹ năng số cơ bản');
    type Imported = {
      importQuestions: { imported: number; errors: Array<{ line: number; message: string; reason: string }>; questions: Array<{ name: string }> };
    };
    const importGift = (into: string, acceptLanguage?: string) =>
      api.gql<Imported>(
        `mutation ($input: ImportQuestionsInput!) { importQuestions(input: $input) { imported errors { line message reason } questions { name } } }`,
        { input: { bankId: into, format: 'GIFT', content: GIFT } },
        trainerToken,
        acceptLanguage,
      );
    const imported = await importGift(bankId);
    expect(imported.errors).toBeUndefined();
    expect(imported.data?.importQuestions.imported).toBe(3);
    expect(imported.data?.importQuestions.questions.map((question) => question.name)).toEqual(['Mật khẩu', 'Đúng sai', 'Khoảng']);
    expect(imported.data?.importQuestions.errors).toEqual([
      { line: 5, reason: 'questionImport.gift.inQuestion', message: expect.stringMatching(/^Tổng các tỷ lệ điểm dương .* ít nhất 100% .*\(câu hỏi: ::Hỏng::/) },
    ]);
    const inEnglish = await importGift(await createBank('English'), 'en');
    expect(inEnglish.data?.importQuestions.errors).toEqual([
      { line: 5, reason: 'questionImport.gift.inQuestion', message: expect.stringMatching(/^The positive grades .* at least 100% .*: ::Hỏng::/) },
    ]);

    const read = await api.gql<{ questionBank: { title: string; questions: Array<Record<string, unknown>>; subset: Array<{ name: string }> } }>(
      `query ($id: ID!) { questionBank(id: $id) { title questions { ${QUESTION_FIELDS} } subset: questions(category: "top/Kỹ năng số/Dịch vụ công") { name } } }`,
      { id: bankId },
      trainerToken,
    );
    expect(read.errors).toBeUndefined();
    const [choice, trueFalse, numeric] = read.data!.questionBank.questions;
    expect(choice).toMatchObject({
      type: 'SINGLE_CHOICE',
      category: 'top/Kỹ năng số/An toàn thông tin',
      defaultPoints: 1,
      correctBoolean: null,
      version: 1,
      options: [
        { id: expect.any(String), text: 'Tr0ng-Ph@i-2026', fraction: 1, feedback: null },
        { id: expect.any(String), text: '123456', fraction: 0, feedback: null },
        { id: expect.any(String), text: 'matkhau', fraction: -0.5, feedback: null },
      ],
    });
    expect(trueFalse).toMatchObject({ type: 'TRUE_FALSE', correctBoolean: true, options: [] });
    expect(numeric).toMatchObject({ type: 'NUMERIC', numericAnswers: [{ value: 2, tolerance: 1, fraction: 1, feedback: null }] });
    expect(read.data!.questionBank.subset.map((question) => question.name)).toEqual(['Đúng sai', 'Khoảng']);

    const exported = await api.gql<{ exportQuestions: string }>(
      'query ($id: ID!) { exportQuestions(bankId: $id, format: GIFT) }',
      { id: bankId },
      trainerToken,
    );
    expect(exported.data?.exportQuestions).toContain('$CATEGORY: $course$/top/Kỹ năng số/Dịch vụ công');
    expect(exported.data?.exportQuestions).toContain('::Mật khẩu::');

    const download = await fetch(`${api.url}/question-banks/${bankId}/export?format=moodle_xml&category=${encodeURIComponent('top/Kỹ năng số/Dịch vụ công')}`, {
      headers: { authorization: `Bearer ${trainerToken}`, accept: 'text/html,*/*' },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toContain('application/xml');
    expect(download.headers.get('content-disposition')).toContain('attachment');
    const xml = await download.text();
    expect(xml).toContain('<question type="truefalse">');
    expect(xml).not.toContain('Mật khẩu');

    const anonymous = await fetch(`${api.url}/question-banks/${bankId}/export?format=gift`);
    expect(anonymous.status).toBe(401);
    await expect(anonymous.json()).resolves.toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    const foreign = await fetch(`${api.url}/question-banks/${bankId}/export?format=gift`, { headers: { authorization: `Bearer ${otherToken}` } });
    expect(foreign.status).toBe(403);
    const badFormat = await fetch(`${api.url}/question-banks/${bankId}/export?format=pdf`, { headers: { authorization: `Bearer ${trainerToken}` } });
    expect(badFormat.status).toBe(400);

    type AikenExport = { questionExport: { fileName: string; text: string; questionCount: number; skipped: Array<{ questionId: string; name: string; reason: string; message: string }> } };
    const aikenQuery = 'query ($id: ID!, $ids: [ID!]) { questionExport(bankId: $id, format: AIKEN, questionIds: $ids) { fileName text questionCount skipped { questionId name reason message } } }';
    const aikenQuestion = 'Chữ ký số có giá trị như chữ ký tay không?\nA) Có, theo Luật Giao dịch điện tử\nB) Không\nANSWER: A\n';
    const addAiken = await api.gql(
      'mutation ($input: ImportQuestionsInput!) { importQuestions(input: $input) { imported } }',
      { input: { bankId, format: 'AIKEN', content: aikenQuestion } },
      trainerToken,
    );
    expect(addAiken.errors).toBeUndefined();
    const aiken = await api.gql<AikenExport>(aikenQuery, { id: bankId }, trainerToken, 'vi');
    expect(aiken.errors).toBeUndefined();
    const { questionExport } = aiken.data!;
    expect(questionExport.text).toBe(aikenQuestion);
    expect(questionExport.questionCount).toBe(1);
    expect(questionExport.fileName).toBe('Kỹ năng số cơ bản.aiken.txt');
    expect(questionExport.skipped.map(({ name, reason }) => ({ name, reason }))).toEqual([
      { name: 'Mật khẩu', reason: 'questionBank.aikenSkip.notOneRightAnswer' },
      { name: 'Đúng sai', reason: 'questionBank.aikenSkip.notSingleChoice' },
      { name: 'Khoảng', reason: 'questionBank.aikenSkip.notSingleChoice' },
    ]);
    expect(questionExport.skipped[1]?.message).toBe('Định dạng Aiken chỉ chứa câu hỏi một lựa chọn');
    const aikenInEnglish = await api.gql<AikenExport>(aikenQuery, { id: bankId }, trainerToken, 'en');
    expect(aikenInEnglish.data!.questionExport.skipped[0]?.message).toMatch(/^Aiken /);
    const unknownSelection = await api.gql(aikenQuery, { id: bankId, ids: [randomUUID()] }, trainerToken);
    expect(unknownSelection.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questionIds' });
    const aikenDownload = await fetch(`${api.url}/question-banks/${bankId}/export?format=aiken`, { headers: { authorization: `Bearer ${trainerToken}` } });
    expect(aikenDownload.status).toBe(200);
    expect(aikenDownload.headers.get('x-skipped-count')).toBe(String(questionExport.skipped.length));
    await expect(aikenDownload.text()).resolves.toBe(questionExport.text);
  });

  it('answers FORBIDDEN, NOT_FOUND and BAD_USER_INPUT (field content) as the contract says', async () => {
    const learnerCreates = await api.gql('mutation { createQuestionBank(input: { title: "X" }) { id } }', undefined, learnerToken);
    expect(learnerCreates.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.gql('mutation { createQuestionBank(input: { title: "X" }) { id } }');
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const bankId = await createBank('Riêng tư');
    const foreign = await api.gql('query ($id: ID!) { questionBank(id: $id) { title } }', { id: bankId }, otherToken);
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await api.gql('query { questionBank(id: "6f1d9a8e-0000-4000-8000-000000000000") { title } }', undefined, trainerToken);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const rejected = await api.gql(
      `mutation ($input: ImportQuestionsInput!) { importQuestions(input: $input) { imported } }`,
      { input: { bankId, format: 'MOODLE_XML', content: '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY a "b">]><quiz/>' } },
      trainerToken,
    );
    expect(rejected.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content', reason: 'questionImport.xml.unsafe' });
    const tooBig = await api.gql(
      `mutation ($input: ImportQuestionsInput!) { importQuestions(input: $input) { imported } }`,
      { input: { bankId, format: 'GIFT', content: `::a::${'x'.repeat(5 * 1024 * 1024)}{T}` } },
      trainerToken,
    );
    expect(tooBig.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'content',
      reason: 'questionImport.tooLarge',
      params: { max: String(5 * 1024 * 1024) },
    });
    expect(tooBig.errors?.[0].message).toContain(String(5 * 1024 * 1024));
  });

  it('pages the questions of a category with a search, cursor by cursor', async () => {
    const bankId = await createBank('Phân trang');
    const content = [
      '$CATEGORY: $course$/top/Kỹ năng số',
      ...Array.from({ length: 4 }, (_, index) => `::Câu ${index + 1}::Nội dung ${index + 1}?{T}`),
      '$CATEGORY: $course$/top/Kỹ năng số/An toàn',
      '::Mật khẩu::Mật khẩu nào mạnh?{T}',
      '$CATEGORY: $course$/top/Khác',
      '::Ngoài::Không thuộc danh mục?{T}',
    ].join('\n\n');
    await api.gql('mutation ($input: ImportQuestionsInput!) { importQuestions(input: $input) { imported } }', { input: { bankId, format: 'GIFT', content } }, trainerToken);
    const PAGE = `query ($id: ID!, $category: String, $search: String, $first: Int, $after: String) {
      questionBank(id: $id) { questionPage(category: $category, search: $search, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name category } } } } }`;
    type Page = { questionBank: { questionPage: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ cursor: string; node: { name: string } }> } } };

    const names: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 5; guard += 1) {
      const response: GraphqlResponse<Page> = await api.gql<Page>(PAGE, { id: bankId, category: 'top/Kỹ năng số', first: 2, after }, trainerToken);
      expect(response.errors).toBeUndefined();
      const page: Page['questionBank']['questionPage'] | undefined = response.data?.questionBank.questionPage;
      if (!page) throw new Error(JSON.stringify(response.errors));
      expect(page.totalCount).toBe(5);
      names.push(...page.edges.map((edge) => edge.node.name));
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(names).toEqual(['Câu 1', 'Câu 2', 'Câu 3', 'Câu 4', 'Mật khẩu']);

    const searched = await api.gql<Page>(PAGE, { id: bankId, search: 'MAT KHAU' }, trainerToken);
    expect(searched.data?.questionBank.questionPage.edges.map((edge) => edge.node.name)).toEqual(['Mật khẩu']);
    const badCursor = await api.gql(PAGE, { id: bankId, after: 'nope' }, trainerToken);
    expect(badCursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const foreign = await api.gql(PAGE, { id: bankId }, otherToken);
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('tells the owner, a co-author and an administrator what each may do to a bank (allowedActions), and refuses the rest', async () => {
    const bankId = await createBank('Quyền thao tác');
    const actionsOf = async (token: string): Promise<string[]> => {
      const response = await api.gql<{ questionBank: { allowedActions: string[] } }>('query ($id: ID!) { questionBank(id: $id) { allowedActions } }', { id: bankId }, token);
      if (!response.data?.questionBank) throw new Error(JSON.stringify(response.errors));
      return response.data.questionBank.allowedActions;
    };
    const shared = await api.gql<{ shareQuestionBank: { allowedActions: string[] } }>(
      'mutation ($id: ID!, $email: String!) { shareQuestionBank(bankId: $id, userEmail: $email) { allowedActions } }',
      { id: bankId, email: coAuthorEmail },
      trainerToken,
    );
    expect(shared.data?.shareQuestionBank.allowedActions).toEqual(['EDIT', 'RENAME', 'SHARE']);
    await expect(actionsOf(otherToken)).resolves.toEqual(['EDIT', 'RENAME', 'LEAVE']);
    await expect(actionsOf(adminToken)).resolves.toEqual(['EDIT', 'RENAME', 'SHARE']);
    const mine = await api.gql<{ myQuestionBanks: Array<{ id: string; allowedActions: string[] }> }>('{ myQuestionBanks { id allowedActions } }', undefined, otherToken);
    expect(mine.data?.myQuestionBanks.find((bank) => bank.id === bankId)?.allowedActions).toEqual(['EDIT', 'RENAME', 'LEAVE']);

    // What the co-author is not offered, the server refuses.
    const refused = await api.gql(
      'mutation ($id: ID!, $email: String!) { shareQuestionBank(bankId: $id, userEmail: $email) { id } }',
      { id: bankId, email: adminEmail },
      otherToken,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const left = await api.gql<{ unshareQuestionBank: { allowedActions: string[] } }>(
      'mutation ($id: ID!, $email: String!) { unshareQuestionBank(bankId: $id, userEmail: $email) { allowedActions } }',
      { id: bankId, email: coAuthorEmail },
      otherToken,
    );
    expect(left.data?.unshareQuestionBank.allowedActions).toEqual([]);
  });

  it('shares with a co-author, edits into a new version and serves embedded files to the bank\'s members', async () => {
    const bankId = await createBank('Chung');
    const shared = await api.gql<{ shareQuestionBank: { collaborators: Array<{ email: string; role: string }> } }>(
      'mutation ($id: ID!, $email: String!) { shareQuestionBank(bankId: $id, userEmail: $email) { collaborators { email role } } }',
      { id: bankId, email: coAuthorEmail },
      trainerToken,
    );
    expect(shared.data?.shareQuestionBank.collaborators.map((person) => person.role)).toEqual(['OWNER', 'CO_AUTHOR']);

    const xml = `<?xml version="1.0" encoding="UTF-8"?><quiz><question type="essay"><name><text>Ảnh</text></name>
      <questiontext format="html"><text><![CDATA[<p>Mô tả ảnh <img src="@@PLUGINFILE@@/anh.png"></p>]]></text>
      <file name="anh.png" path="/" encoding="base64">${PNG.toString('base64')}</file></questiontext></question></quiz>`;
    const imported = await api.gql<{ importQuestions: { questions: Array<{ id: string; prompt: string; attachments: Array<{ url: string }> }> } }>(
      `mutation ($input: ImportQuestionsInput!) { importQuestions(input: $input) { questions { id prompt attachments { url } } } }`,
      { input: { bankId, format: 'MOODLE_XML', content: xml } },
      otherToken,
    );
    const [question] = imported.data!.importQuestions.questions;
    const url = question!.attachments[0]!.url;
    expect(question!.prompt).toContain(`src="${url}"`);
    const image = await fetch(`${api.url}${url}`, { headers: { accept: 'image/avif,image/webp,*/*', authorization: `Bearer ${trainerToken}` } });
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('cache-control')).toBe('private, max-age=86400');
    expect(Buffer.from(await image.arrayBuffer()).equals(PNG)).toBe(true);
    // The bank is private: its images are not for a learner or an anonymous caller, who see an unknown id.
    expect((await fetch(`${api.url}${url}`)).status).toBe(404);
    expect((await fetch(`${api.url}${url}`, { headers: { authorization: `Bearer ${learnerToken}` } })).status).toBe(404);
    expect((await fetch(`${api.url}/files/questions/00000000-0000-4000-8000-000000000000/anh.png`, { headers: { authorization: `Bearer ${trainerToken}` } })).status).toBe(404);

    const updated = await api.gql<{ updateQuestion: { version: number; prompt: string } }>(
      'mutation ($id: ID!) { updateQuestion(id: $id, input: { prompt: "<p>Mô tả lại</p>", defaultPoints: 5 }) { version prompt } }',
      { id: question!.id },
      trainerToken,
    );
    expect(updated.data?.updateQuestion).toEqual({ version: 2, prompt: '<p>Mô tả lại</p>' });
    const history = await api.gql<{ questionVersions: Array<{ version: number; prompt: string; isCurrentVersion: boolean }> }>(
      'query ($id: ID!) { questionVersions(id: $id) { version prompt isCurrentVersion } }',
      { id: question!.id },
      otherToken,
    );
    expect(history.data?.questionVersions.map((version) => [version.version, version.isCurrentVersion])).toEqual([
      [2, true],
      [1, false],
    ]);

    const mine = await api.gql<{ myQuestionBanks: Array<{ id: string; categories: Array<{ path: string }> }> }>(
      '{ myQuestionBanks { id categories { path } } }',
      undefined,
      otherToken,
    );
    expect(mine.data?.myQuestionBanks.map((bank) => bank.id)).toContain(bankId);
    await api.gql('mutation ($id: ID!, $email: String!) { unshareQuestionBank(bankId: $id, userEmail: $email) { id } }', { id: bankId, email: coAuthorEmail }, trainerToken);
    const after = await api.gql('query ($id: ID!) { questionBank(id: $id) { title } }', { id: bankId }, otherToken);
    expect(after.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
