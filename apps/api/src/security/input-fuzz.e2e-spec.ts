import { randomUUID } from 'node:crypto';
import { OfficialImportRunner } from '@hocso/server-core';
import { createTestOrgUnit, createTestUser, TEST_PASSWORD } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { GraphQLEnumType, type GraphQLScalarType } from 'graphql';
import type { DataSource } from 'typeorm';
import {
  type ArgumentPath,
  argumentsWith,
  operationDocument,
  requiredArguments,
  sampleLeaf,
  type SchemaOperation,
  schemaOperations,
  type TextPosition,
  textPositions,
} from '../test-support/schema-operations';
import { changedTables, rowCounter } from '../test-support/row-counts';
import { signIn } from '../test-support/sign-in';
import { startTestApi, type TestApi } from '../test-support/test-api';
import { hostileId, hostileText, mutateDocument, type Random, seededRandom } from './fuzz-values';

/**
 * Bounded, seeded fuzzing of what a caller can send: every string and id argument of every mutation (as an
 * administrator and as a trainer, so that the guard lets the call through), the three question import
 * formats and the onboarding CSV. Nothing may answer 5xx or INTERNAL_SERVER_ERROR or hang, and a refused call
 * leaves every table as it was. FUZZ_SEED replays another run; the default seed makes every run the same.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20260701);
const VALUES_PER_TEXT = 4;
const VALUES_PER_ID = 3;
const MUTATIONS_PER_FORMAT = 25;
const CSV_MUTATIONS = 20;
const ANSWER_WITHIN_MS = 10_000;

const GIFT = `$CATEGORY: $course$/top/Kỹ năng số/An toàn thông tin

// [tag:mat-khau]
::Mật khẩu::Mật khẩu nào mạnh nhất?{=Tr0ng-Ph@i-2026#Đúng ~123456#Quá ngắn ~%-50%matkhau}

::Đúng sai::Cổng dịch vụ công quốc gia có địa chỉ dichvucong.gov.vn.{TRUE#Đúng#Sai}

::Khoảng::Chọn một số từ 1 đến 3.{#2:1 =%50%1..3}

::Ghép::Ghép dịch vụ với cơ quan.{=Căn cước -> Công an =Thuế -> Cục Thuế}

::Tự luận::Viết về chuyển đổi số ở xã em.{}
`;

const MOODLE_XML = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Kỹ năng số</text></category></question>
  <question type="multichoice">
    <name><text>Thư rác</text></name>
    <questiontext format="html"><text><![CDATA[<p>Dấu hiệu của <b>thư lừa đảo</b>?</p>]]></text></questiontext>
    <single>true</single><shuffleanswers>1</shuffleanswers>
    <answer fraction="100"><text>Đòi mật khẩu</text><feedback><text>Đúng</text></feedback></answer>
    <answer fraction="0"><text>Có chữ ký</text></answer>
  </question>
  <question type="numerical">
    <name><text>Số</text></name>
    <questiontext format="plain_text"><text>2 + 2 = ?</text></questiontext>
    <answer fraction="100"><text>4</text><tolerance>0.5</tolerance></answer>
  </question>
  <question type="truefalse">
    <name><text>Đúng sai</text></name>
    <questiontext format="moodle_auto_format"><text>VNeID là ứng dụng định danh &amp; xác thực điện tử.</text></questiontext>
    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
  </question>
</quiz>
`;

const AIKEN = `Ứng dụng nào dùng để định danh điện tử?
A. VNeID
B. Zalo
C. Facebook
ANSWER: A

Mã OTP nên được chia sẻ với ai?
A) Không ai cả
B) Nhân viên ngân hàng gọi đến
ANSWER: A
`;

/** Cases that earlier reviews found or that each format invites, besides the random mutations. */
const IMPORT_EDGE_CASES: Record<'GIFT' | 'MOODLE_XML' | 'AIKEN', string[]> = {
  GIFT: [
    `$CATEGORY: ${Array.from({ length: 6000 }, (_, index) => `c${index}`).join('/')}\n\nCâu?{T}`,
    `$CATEGORY: top/${'一'.repeat(1000)}\n\nCâu?{T}`,
    `$CATEGORY: top/${'😀'.repeat(700)}\n\nCâu?{T}`,
    '::Số::Lớn?{#1e400:1e400}',
    '::Số::Âm?{#-1e308..1e308}',
    `::Sâu::${'{'.repeat(5000)}`,
    '::\u0000::Câu?{T}',
    '\n'.repeat(20_000),
  ],
  MOODLE_XML: [
    `<quiz><question type="essay"><name><text>x</text></name><questiontext><text>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</text></questiontext></question></quiz>`,
    `<quiz>${'<a>'.repeat(5000)}</quiz>`,
    '<!DOCTYPE quiz [<!ENTITY x SYSTEM "file:///etc/passwd">]><quiz><question type="essay"><questiontext><text>&x;</text></questiontext></question></quiz>',
    `<quiz><question type="category"><category><text>top/${'一'.repeat(1000)}</text></category></question><question type="essay"><questiontext><text>Viết</text></questiontext></question></quiz>`,
    '<quiz><question type="numerical"><questiontext><text>?</text></questiontext><answer fraction="1e400"><text>1e400</text><tolerance>NaN</tolerance></answer></question></quiz>',
    '<quiz><question type="multichoice"><questiontext><text>&#0;&#xD800;&#x110000;</text></questiontext><answer fraction="100"><text>a</text></answer></question></quiz>',
  ],
  AIKEN: [`Câu?\n${Array.from({ length: 5000 }, (_, index) => `A${index}. x`).join('\n')}\nANSWER: A0`, 'ANSWER: A', 'Câu?\nA. \u0000\nANSWER: A', `${'?'.repeat(100_000)}\nA. a\nANSWER: A`],
};

interface Outcome {
  status: number;
  codes: string[];
  refused: boolean;
}

interface Finding {
  what: string;
  problem: string;
}

describe('fuzzing every string and id argument, the question import formats and the onboarding CSV', () => {
  let api: TestApi;
  let db: DataSource;
  let rowCounts: () => Promise<Record<string, number>>;
  const random = seededRandom(SEED);
  const findings: Finding[] = [];
  const tally = { cases: 0, refused: 0, fiveHundreds: 0, internal: 0, hangs: 0, halfWritten: 0 };
  const fixtures = {
    unitId: '',
    unitCode: '',
    courseId: '',
    moduleId: '',
    lessonId: '',
    bankId: '',
    importBankId: '',
    questionId: '',
    importId: '',
    userId: '',
    coAuthorEmail: '',
    loginEmail: '',
  };
  const callers: Array<{ name: 'admin' | 'trainer'; id: string; email: string; token: string; passwordHash: string }> = [];
  let serial = 0;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    rowCounts = await rowCounter(db);
    const unit = await createTestOrgUnit(db);
    fixtures.unitId = unit.id;
    fixtures.unitCode = unit.code;
    const admin = await createTestUser(db, { roles: [{ role: 'ADMIN' }] });
    const trainer = await createTestUser(db, { roles: [{ role: 'TRAINER' }] });
    fixtures.coAuthorEmail = (await createTestUser(db, { roles: [{ role: 'TRAINER' }] })).email;
    fixtures.loginEmail = (await createTestUser(db)).email;
    fixtures.userId = (await createTestUser(db, { orgUnitId: unit.id })).id;
    for (const [name, user] of [['admin', admin], ['trainer', trainer]] as const) {
      const [{ password_hash: passwordHash }] = (await db.query('SELECT password_hash FROM app_user WHERE id = $1', [user.id])) as Array<{ password_hash: string }>;
      callers.push({ name, id: user.id, email: user.email, token: await signIn(api, user.email), passwordHash });
    }
    const trainerToken = callers[1].token;
    const made = async <T>(query: string, variables: Record<string, unknown>, token = trainerToken): Promise<T> => {
      const response = await api.gql<T>(query, variables, token);
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      return response.data;
    };
    fixtures.courseId = (
      await made<{ createCourse: { id: string } }>('mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }', {
        input: { code: `FUZZ-${randomUUID().slice(0, 8)}`, title: 'Khóa học thử', summary: 'Tóm tắt', hours: 2 },
      })
    ).createCourse.id;
    fixtures.moduleId = (
      await made<{ addModule: { id: string } }>('mutation ($input: AddModuleInput!) { addModule(input: $input) { id } }', { input: { courseId: fixtures.courseId, title: 'Chương 1' } })
    ).addModule.id;
    fixtures.lessonId = (
      await made<{ addLesson: { id: string } }>('mutation ($input: AddLessonInput!) { addLesson(input: $input) { id } }', {
        input: { moduleId: fixtures.moduleId, kind: 'TEXT', title: 'Bài 1', body: '# Bài 1' },
      })
    ).addLesson.id;
    const bank = (title: string) =>
      made<{ createQuestionBank: { id: string } }>('mutation ($input: CreateQuestionBankInput!) { createQuestionBank(input: $input) { id } }', { input: { title } });
    fixtures.bankId = (await bank('Ngân hàng thử')).createQuestionBank.id;
    fixtures.importBankId = (await bank('Ngân hàng nhập thử')).createQuestionBank.id;
    fixtures.questionId = (
      await made<{ createQuestion: { id: string } }>('mutation ($bankId: ID!, $input: QuestionInput!) { createQuestion(bankId: $bankId, input: $input) { id } }', {
        bankId: fixtures.bankId,
        input: { type: 'ESSAY', prompt: 'Viết về chuyển đổi số' },
      })
    ).createQuestion.id;
    fixtures.importId = (
      await made<{ startOfficialImport: { id: string } }>(
        'mutation ($input: StartOfficialImportInput!) { startOfficialImport(input: $input) { id } }',
        { input: { fileName: 'officials.csv', contentBase64: Buffer.from(validCsv()).toString('base64') } },
        callers[0].token,
      )
    ).startOfficialImport.id;
  });

  afterAll(async () => {
    console.log(
      `fuzz (seed ${SEED}): ${tally.cases} cases tried, ${tally.refused} refused; 5xx: ${tally.fiveHundreds}, INTERNAL_SERVER_ERROR: ${tally.internal}, hangs: ${tally.hangs}, half-written: ${tally.halfWritten}`,
    );
    await api.close();
  });

  function validCsv(): string {
    return `full_name,email,org_unit_code,phone,audience,position\nNguyễn Văn An,an.${randomUUID().slice(0, 8)}@fuzz.hocso.vn,${fixtures.unitCode},0901234567,OFFICIAL,Chuyên viên\nTrần Thị Bình,binh.${randomUUID().slice(0, 8)}@fuzz.hocso.vn,${fixtures.unitCode},,LEADER,\n`;
  }

  /** A value that lets the call go as far as it can, so that the one fuzzed place is what gets tested. */
  function fittingLeaf(operation: SchemaOperation) {
    return (type: GraphQLScalarType | GraphQLEnumType, path: ArgumentPath): unknown => {
      const name = String(path.filter((segment) => typeof segment === 'string').at(-1));
      if (type instanceof GraphQLEnumType) {
        const wanted = { kind: 'TEXT', type: 'ESSAY', format: 'GIFT', role: 'TRAINER', audience: 'OFFICIAL' }[name];
        return wanted ?? sampleLeaf(type, path);
      }
      if (type.name === 'ID') return idFor(operation, name);
      if (type.name !== 'String') return name === 'hours' ? 2 : sampleLeaf(type, path);
      serial++;
      const texts: Record<string, string> = {
        email: operation.field.name === 'login' ? fixtures.loginEmail : operation.field.name === 'register' ? `dang.ky.${serial}.${SEED}@fuzz.hocso.vn` : fixtures.coAuthorEmail,
        userEmail: fixtures.coAuthorEmail,
        password: TEST_PASSWORD,
        currentPassword: TEST_PASSWORD,
        newPassword: TEST_PASSWORD,
        code: `FZ-${SEED}-${serial}`,
        kind: 'COMMUNE',
        fullName: 'Nguyễn Văn Thử',
        phone: '0901234567',
        content: GIFT,
        contentBase64: Buffer.from(validCsv()).toString('base64'),
        fileName: 'officials.csv',
        body: '# Bài học\n\nNội dung',
        videoUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        coverImageUrl: 'https://hocso.example/anh.png',
        trackCode: 'officials',
        category: 'top/Kỹ năng số',
        path: 'top/Kỹ năng số/Mới',
        prompt: 'Câu hỏi?',
      };
      return texts[name] ?? `Giá trị ${name}`;
    };
  }

  function idFor(operation: SchemaOperation, name: string): string | null {
    const byName: Record<string, string | null> = {
      courseId: fixtures.courseId,
      moduleId: fixtures.moduleId,
      lessonId: fixtures.lessonId,
      bankId: operation.field.name === 'importQuestions' ? fixtures.importBankId : fixtures.bankId,
      userId: fixtures.userId,
      orgUnitId: fixtures.unitId,
      parentId: fixtures.unitId,
      fileId: null,
      examId: null,
    };
    if (name !== 'id') return byName[name] ?? randomUUID();
    if (/OrgUnit$/.test(operation.field.name)) return fixtures.unitId;
    if (/Question$|^questionVersions$/.test(operation.field.name)) return fixtures.questionId;
    return randomUUID();
  }

  async function post(body: string, token: string): Promise<{ status: number; json: { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: string } }> } | null }> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
    });
    const text = await response.text();
    try {
      return { status: response.status, json: JSON.parse(text) };
    } catch {
      return { status: response.status, json: null };
    }
  }

  /** One call, checked: an answer within the time, no 5xx, no INTERNAL_SERVER_ERROR, and if refused, no row written. */
  async function attempt(what: string, query: string, variables: unknown, token: string, field: string): Promise<Outcome | null> {
    tally.cases++;
    const before = await rowCounts();
    let answer: Awaited<ReturnType<typeof post>>;
    try {
      answer = await post(JSON.stringify({ query, variables }), token);
    } catch (error) {
      tally.hangs++;
      findings.push({ what, problem: `no answer within ${ANSWER_WITHIN_MS} ms (${String(error)})` });
      return null;
    }
    const codes = (answer.json?.errors ?? []).map((error) => error.extensions?.code ?? '(none)');
    const refused = codes.length > 0 && !answer.json?.data?.[field];
    if (refused) tally.refused++;
    if (answer.status >= 500 || answer.json === null) {
      tally.fiveHundreds++;
      findings.push({ what, problem: `HTTP ${answer.status} ${codes.join(',')}` });
    }
    if (codes.includes('INTERNAL_SERVER_ERROR')) {
      tally.internal++;
      findings.push({ what, problem: 'INTERNAL_SERVER_ERROR' });
    }
    if (refused) {
      const changed = changedTables(before, await rowCounts());
      if (changed.length > 0) {
        tally.halfWritten++;
        findings.push({ what, problem: `refused (${codes.join(',')}) but wrote rows in ${changed.join(', ')}` });
      }
    }
    return { status: answer.status, codes, refused };
  }

  /** A changed password ends the caller's sessions: put it back and sign in again. */
  async function restoreCaller(caller: (typeof callers)[number]): Promise<void> {
    await db.query('UPDATE app_user SET password_hash = $2 WHERE id = $1', [caller.id, caller.passwordHash]);
    caller.token = await signIn(api, caller.email);
  }

  function valuesFor(position: TextPosition, rng: Random, own: string | null): unknown[] {
    const others = Object.values(fixtures).filter((value) => /^[0-9a-f-]{36}$/.test(value) && value !== own);
    if (position.scalar === 'ID') return Array.from({ length: VALUES_PER_ID }, () => hostileId(rng, others));
    return Array.from({ length: VALUES_PER_TEXT }, () => hostileText(rng));
  }

  it('answers every mutation argument with a client error or a success, never a 5xx, and writes nothing it refuses', async () => {
    findings.length = 0;
    const mutations = schemaOperations().filter((operation) => operation.kind === 'mutation');
    for (const operation of mutations) {
      const fill = fittingLeaf(operation);
      for (const position of textPositions(operation)) {
        const names = [...new Set([...Object.keys(requiredArguments(operation)), String(position.path[0])])];
        const document = operationDocument(operation, names);
        const own = position.scalar === 'ID' ? idFor(operation, String(position.path.at(-1))) : null;
        for (const value of valuesFor(position, random, own)) {
          const caller = callers[tally.cases % callers.length];
          const variables = argumentsWith(operation, position.path, value, fill);
          const what = `${operation.name} ${position.path.join('.')}=${JSON.stringify(value).slice(0, 80)} as ${caller.name}`;
          const outcome = await attempt(what, document, variables, caller.token, operation.field.name);
          if (operation.field.name === 'changePassword' && outcome && !outcome.refused) await restoreCaller(caller);
        }
      }
      // Values of the wrong JSON type are graphql-js's to refuse, before the operation's cost is even known.
      const [first] = textPositions(operation);
      if (first) {
        const names = [...new Set([...Object.keys(requiredArguments(operation)), String(first.path[0])])];
        for (const wrong of [{ nested: true }, [1, 2], 12.5, true]) {
          await attempt(`${operation.name} ${first.path.join('.')}=${JSON.stringify(wrong)}`, operationDocument(operation, names), argumentsWith(operation, first.path, wrong, fill), callers[0].token, operation.field.name);
        }
      }
    }
    expect(findings).toEqual([]);
  });

  it('imports GIFT, Moodle XML and Aiken however they are mangled: a refused import leaves no question behind', async () => {
    findings.length = 0;
    const samples = { GIFT, MOODLE_XML, AIKEN };
    const importQuestions = 'mutation ($input: ImportQuestionsInput!) { importQuestions(input: $input) { imported errors { line message } } }';
    for (const [format, sample] of Object.entries(samples) as Array<[keyof typeof samples, string]>) {
      const contents = [...IMPORT_EDGE_CASES[format], ...Array.from({ length: MUTATIONS_PER_FORMAT }, () => mutateDocument(random, sample, format))];
      for (const [index, content] of contents.entries()) {
        const [{ count: before }] = (await db.query('SELECT count(*)::int AS count FROM question WHERE bank_id = $1', [fixtures.importBankId])) as Array<{ count: number }>;
        const what = `${format} import #${index} (${content.length} characters)`;
        const outcome = await attempt(what, importQuestions, { input: { bankId: fixtures.importBankId, format, content } }, callers[1].token, 'importQuestions');
        const [{ count: after }] = (await db.query('SELECT count(*)::int AS count FROM question WHERE bank_id = $1', [fixtures.importBankId])) as Array<{ count: number }>;
        if (outcome?.refused && after !== before) findings.push({ what, problem: `refused, yet ${after - before} questions were stored` });
      }
    }
    expect(findings).toEqual([]);
  });

  it('takes any onboarding CSV without a 5xx, and an accepted file is processed row by row to the end', async () => {
    findings.length = 0;
    const runner = api.app.get(OfficialImportRunner);
    const start = 'mutation ($input: StartOfficialImportInput!) { startOfficialImport(input: $input) { id totalRows } }';
    const raw = (bytes: Buffer) => bytes.toString('base64');
    const files: Array<[string, string]> = [
      ['NUL in a row', raw(Buffer.from(validCsv().replace('Bình', 'Bì\u0000nh')))],
      ['Latin-1 bytes', raw(Buffer.from(validCsv(), 'latin1'))],
      ['invalid UTF-8', raw(Buffer.concat([Buffer.from('full_name,email,org_unit_code\n'), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x0a])]))],
      ['not base64', '%%% không phải base64 %%%'],
      ['base64 with line breaks', raw(Buffer.from(validCsv())).replace(/(.{20})/g, '$1\n')],
      ['unclosed quote', raw(Buffer.from(`full_name,email,org_unit_code\n"Nguyễn Văn An,an@fuzz.hocso.vn,${fixtures.unitCode}\n`))],
      ['a thousand columns', raw(Buffer.from(`full_name,email,org_unit_code${',x'.repeat(1000)}\nA,a@b.vn,${fixtures.unitCode}\n`))],
      ['header only', raw(Buffer.from('full_name,email,org_unit_code\n'))],
      ['empty', ''],
      ['carriage returns only', raw(Buffer.from(validCsv().replace(/\n/g, '\r')))],
      ['a very long name', raw(Buffer.from(`full_name,email,org_unit_code\n${'Nguyễn '.repeat(5000)},long@fuzz.hocso.vn,${fixtures.unitCode}\n`))],
      ['an org unit code with a NUL-free injection', raw(Buffer.from(`full_name,email,org_unit_code\nA B,ab@fuzz.hocso.vn,"' OR 1=1 --"\n`))],
      ...Array.from({ length: CSV_MUTATIONS }, (_, index): [string, string] => [`mutation #${index}`, raw(Buffer.from(mutateDocument(random, validCsv(), 'CSV')))]),
    ];
    for (const [name, contentBase64] of files) {
      const what = `onboarding CSV: ${name}`;
      const response = await api.gql<{ startOfficialImport: { id: string; totalRows: number } }>(start, { input: { fileName: 'officials.csv', contentBase64 } }, callers[0].token);
      tally.cases++;
      if (response.status >= 500 || response.errors?.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
        findings.push({ what, problem: `HTTP ${response.status} ${JSON.stringify(response.errors)}` });
        continue;
      }
      const started = response.data?.startOfficialImport;
      if (!started) continue;
      try {
        await runner.run(started.id);
      } catch (error) {
        findings.push({ what, problem: `the import failed while running: ${String(error)}` });
        continue;
      }
      const [done] = (await db.query('SELECT status, processed_rows, created_count + updated_count + rejected_count AS accounted FROM official_import WHERE id = $1', [started.id])) as Array<{
        status: string;
        processed_rows: number;
        accounted: number;
      }>;
      if (done?.status !== 'COMPLETED' || done.processed_rows !== started.totalRows || done.accounted !== started.totalRows) {
        findings.push({ what, problem: `ended ${JSON.stringify(done)} for ${started.totalRows} rows` });
      }
    }
    expect(findings).toEqual([]);
  });
});
