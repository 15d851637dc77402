import * as fs from 'node:fs';
import * as path from 'node:path';
import type { QuestionDraft, TextFormat } from '../question-draft';
import { DELIBERATE_DIFFERENCE_CASE_IDS } from './deliberate-differences';
import { extractIdNumberAndTags } from './gift-comment-metadata';
import { sanitizeForFormat } from './html-sanitizer';
import { parseQuestions, type QuestionFormat } from './parse-questions';
import { QuestionImportRejected } from './question-import-rejected.error';
import type { QuestionParseResult } from './question-parse-result';

const FIXTURES = path.resolve(__dirname, '../../../../../..', '../shared/fixtures/question-formats');
const MOODLE = path.join(FIXTURES, 'moodle');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
interface FixtureCase {
  id: string;
  check: () => void;
}

/** Undoes the escaping Moodle's Aiken import applies (htmlspecialchars) and basic HTML entities. */
const decodeHtml = (html: string): string =>
  html.replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#0?39;/g, "'").replace(/&amp;/g, '&');
const readJson = (file: string): JsonObject => JSON.parse(fs.readFileSync(file, 'utf8')) as JsonObject;
const parse = (format: QuestionFormat, input: string | Buffer): QuestionParseResult => parseQuestions(format, input);

// ---------------------------------------------------------------- gift-pegjs pairs

const PEGJS_TYPES: Record<string, QuestionDraft['type'][]> = {
  MC: ['SINGLE_CHOICE', 'MULTIPLE_CHOICE'],
  TF: ['TRUE_FALSE'],
  Short: ['SHORT_ANSWER'],
  Numerical: ['NUMERIC'],
  Matching: ['MATCHING'],
  Essay: ['ESSAY'],
  Description: ['DESCRIPTION'],
};

/**
 * gift-pegjs collapses line breaks inside text and writes the missing-word blank as `_____ .`; Moodle keeps
 * line breaks and writes `_____.`. Both sides are compared after collapsing white space. HTML is compared
 * after the import sanitiser, which we apply on purpose.
 */
function comparableText(text: string, format: TextFormat, sanitizeExpected: boolean): string {
  const sanitized = sanitizeExpected ? sanitizeForFormat(text, format) : text;
  return sanitized.replace(/\s+/g, ' ').replace(/_____ (?=[.,;:!?])/g, '_____').trim();
}

function pegjsText(value: Json): { text: string; format: TextFormat } | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return { text: String(value['text']), format: value['format'] as TextFormat };
}

function expectPegjsText(actual: string | undefined, actualFormat: TextFormat, expected: Json, what: string): void {
  const text = pegjsText(expected);
  if (text === undefined || text.text === '') {
    expect({ what, actual: actual ?? '' }).toEqual({ what, actual: '' });
    return;
  }
  // Feedback is kept in the question's format (FORMAT-DIFFERENCES.md), so only its text is compared.
  const isFeedback = what.includes('feedback');
  expect({ what, format: isFeedback ? '-' : actualFormat, text: comparableText(actual ?? '', actualFormat, false) }).toEqual({
    what,
    format: isFeedback ? '-' : text.format,
    text: comparableText(text.text, text.format, true),
  });
}

function numericExpectation(value: Json): { value: number; tolerance: number } {
  const spec = value as JsonObject;
  if (spec['type'] === 'high-low') {
    const low = Number(spec['numberLow']);
    const high = Number(spec['numberHigh']);
    return { value: (low + high) / 2, tolerance: (high - low) / 2 };
  }
  return { value: Number(spec['number']), tolerance: spec['type'] === 'range' ? Number(spec['range']) : 0 };
}

function checkPegjsPair(giftFile: string): void {
  const expected = JSON.parse(fs.readFileSync(giftFile.replace(/\.gift$/, '.json'), 'utf8')) as JsonObject[];
  const result = parse('GIFT', fs.readFileSync(giftFile));
  expect(result.errors).toEqual([]);
  const expectedCategories = expected.filter((item) => item['type'] === 'Category');
  expect(result.categories.map((category) => category.path)).toEqual(
    expectedCategories.map((item) => {
      const title = String(item['title']).replace(/^\$course\$\//, '');
      return title.startsWith('top/') ? title : `top/${title}`;
    }),
  );
  const expectedQuestions = expected.filter((item) => item['type'] !== 'Category');
  expect(result.questions).toHaveLength(expectedQuestions.length);
  expectedQuestions.forEach((item, index) => {
    const question = result.questions[index] as QuestionDraft;
    const format = question.promptFormat;
    expect(PEGJS_TYPES[String(item['type'])]).toContain(question.type);
    if (item['title'] !== null) expect(question.name).toBe(item['title']);
    expectPegjsText(question.prompt, format, item['stem'] ?? null, 'stem');
    expectPegjsText(question.generalFeedback, format, item['globalFeedback'] ?? null, 'general feedback');
    expect(question.idNumber).toBe(item['id'] === null ? undefined : String(item['id']));
    expect(question.tags).toEqual(item['tags'] ?? []);
    switch (item['type']) {
      case 'MC':
      case 'Short': {
        const choices = item['choices'] as JsonObject[];
        expect(question.options).toHaveLength(choices.length);
        choices.forEach((choice, choiceIndex) => {
          const option = question.options[choiceIndex];
          const fraction = choice['weight'] !== null ? Number(choice['weight']) / 100 : choice['isCorrect'] ? 1 : 0;
          expect(option?.fraction).toBeCloseTo(fraction, 6);
          const optionFormat = item['type'] === 'Short' ? format : (option?.format ?? format);
          expectPegjsText(option?.text, optionFormat, choice['text'] ?? null, 'choice');
          expectPegjsText(option?.feedback, format, choice['feedback'] ?? null, 'choice feedback');
        });
        break;
      }
      case 'TF':
        expect(question.correctBoolean).toBe(item['isTrue']);
        expectPegjsText(question.trueFeedback, format, item['trueFeedback'] ?? null, 'true feedback');
        expectPegjsText(question.falseFeedback, format, item['falseFeedback'] ?? null, 'false feedback');
        break;
      case 'Numerical': {
        const choices = item['choices'];
        // gift-pegjs writes Moodle's `~#feedback` catch-all as a choice whose text is "*".
        const isCatchAll = (choice: JsonObject): boolean => pegjsText(choice['text'] ?? null)?.text === '*';
        const catchAll = Array.isArray(choices) ? (choices as JsonObject[]).find(isCatchAll) : undefined;
        if (catchAll) {
          expect(question.numericCatchAll?.fraction).toBe(catchAll['weight'] === null ? (catchAll['isCorrect'] ? 1 : 0) : Number(catchAll['weight']) / 100);
          expectPegjsText(question.numericCatchAll?.feedback, format, catchAll['feedback'] ?? null, 'catch-all feedback');
        } else {
          expect(question.numericCatchAll).toBeUndefined();
        }
        const answers = Array.isArray(choices)
          ? (choices as JsonObject[]).filter((choice) => !isCatchAll(choice)).map((choice) => ({
              ...numericExpectation(choice['text'] ?? null),
              fraction: choice['weight'] === null ? 1 : Number(choice['weight']) / 100,
              feedback: choice['feedback'] ?? null,
            }))
          : [{ ...numericExpectation(choices ?? null), fraction: 1, feedback: null }];
        expect(question.numericAnswers).toHaveLength(answers.length);
        answers.forEach((answer, answerIndex) => {
          const actual = question.numericAnswers[answerIndex];
          expect(actual?.value).toBeCloseTo(answer.value, 9);
          expect(actual?.tolerance).toBeCloseTo(answer.tolerance, 9);
          expect(actual?.fraction).toBeCloseTo(answer.fraction, 6);
          expectPegjsText(actual?.feedback, format, answer.feedback, 'numeric feedback');
        });
        break;
      }
      case 'Matching': {
        const pairs = item['matchPairs'] as JsonObject[];
        expect(question.matchPairs).toHaveLength(pairs.length);
        pairs.forEach((pair, pairIndex) => {
          const actual = question.matchPairs[pairIndex];
          expectPegjsText(actual?.prompt, actual?.format ?? format, pair['subquestion'] ?? null, 'match prompt');
          expect(actual?.answer).toBe(pair['subanswer']);
        });
        break;
      }
    }
  });
}

// ---------------------------------------------------------------- Moodle's extracted expectations

const MOODLE_FORMATS: Record<string, TextFormat> = {
  FORMAT_HTML: 'html',
  FORMAT_MOODLE: 'moodle',
  FORMAT_PLAIN: 'plain',
  FORMAT_MARKDOWN: 'markdown',
};
const QTYPES: Record<QuestionDraft['type'], string> = {
  SINGLE_CHOICE: 'multichoice',
  MULTIPLE_CHOICE: 'multichoice',
  TRUE_FALSE: 'truefalse',
  SHORT_ANSWER: 'shortanswer',
  NUMERIC: 'numerical',
  MATCHING: 'match',
  ESSAY: 'essay',
  DESCRIPTION: 'description',
};
// We keep the format of question texts, answers and match prompts; feedback is stored in the question's
// format (see FORMAT-DIFFERENCES.md), so the format of feedback-like fields is not compared.
const FORMAT_KEPT_FIELDS = new Set(['answer', 'subquestions']);
const NOT_COMPARED = new Set(['length', 'generalfeedbackformat', 'options']);

const text = (value: string | undefined): { text: string } => ({ text: value ?? '' });

/** Our draft in the shape of Moodle's imported question object. */
function moodleView(question: QuestionDraft): Record<string, unknown> {
  const isChoice = question.type === 'SINGLE_CHOICE' || question.type === 'MULTIPLE_CHOICE';
  const isNumeric = question.type === 'NUMERIC';
  const catchAll = question.numericCatchAll;
  return {
    qtype: QTYPES[question.type],
    name: question.name,
    questiontext: question.prompt,
    questiontextformat: question.promptFormat,
    generalfeedback: question.generalFeedback ?? '',
    defaultmark: question.defaultPoints,
    penalty: question.penalty,
    single: question.type === 'SINGLE_CHOICE' ? 1 : 0,
    shuffleanswers: question.shuffleAnswers ? 1 : 0,
    answernumbering: question.answerNumbering,
    answer: isChoice
      ? question.options.map((option) => ({ text: option.text, format: option.format ?? question.promptFormat }))
      : isNumeric
        ? [...question.numericAnswers.map((answer) => String(answer.value)), ...(catchAll ? ['*'] : [])]
        : question.options.map((option) => option.text),
    fraction: isNumeric
      ? [...question.numericAnswers.map((answer) => answer.fraction), ...(catchAll ? [catchAll.fraction] : [])]
      : question.options.map((option) => option.fraction),
    feedback: isNumeric
      ? [...question.numericAnswers.map((answer) => text(answer.feedback)), ...(catchAll ? [text(catchAll.feedback)] : [])]
      : question.options.map((option) => text(option.feedback)),
    tolerance: [...question.numericAnswers.map((answer) => answer.tolerance), ...(catchAll ? [''] : [])],
    correctanswer: question.correctBoolean ? 1 : 0,
    feedbacktrue: text(question.trueFeedback),
    feedbackfalse: text(question.falseFeedback),
    subquestions: question.matchPairs.map((pair) => ({ text: pair.prompt, format: pair.format ?? question.promptFormat })),
    subanswers: question.matchPairs.map((pair) => pair.answer),
    correctfeedback: text(question.correctFeedback),
    partiallycorrectfeedback: text(question.partiallyCorrectFeedback),
    incorrectfeedback: text(question.incorrectFeedback),
    shownumcorrect: question.showNumCorrect ? 1 : 0,
    usecase: question.caseSensitive ? 1 : 0,
    responseformat: question.responseFormat,
    responserequired: question.responseRequired ? 1 : 0,
    responsefieldlines: question.responseFieldLines,
    minwordlimit: question.minWordLimit ?? null,
    minwordenabled: question.minWordLimit ? 1 : 0,
    maxwordlimit: question.maxWordLimit ?? null,
    maxwordenabled: question.maxWordLimit ? 1 : 0,
    attachments: question.responseAttachments,
    attachmentsrequired: question.responseAttachmentsRequired,
    maxbytes: question.maxBytes ?? 0,
    filetypeslist: question.fileTypesList ?? null,
    graderinfo: text(question.graderInfo),
    responsetemplate: text(question.responseTemplate),
    hint: question.hints?.map((hint) => text(hint.text)),
    hintshownumcorrect: question.hints?.some((hint) => hint.showNumCorrect !== undefined)
      ? question.hints.map((hint) => (hint.showNumCorrect ? 1 : 0))
      : undefined,
    hintclearwrong: question.hints?.some((hint) => hint.clearWrong !== undefined)
      ? question.hints.map((hint) => (hint.clearWrong ? 1 : 0))
      : undefined,
    tags: question.tags,
    idnumber: question.idNumber ?? '',
  };
}

/** Moodle's literal values in our terms: booleans and "0"/"1" as numbers, FORMAT_X constants as names. */
function normaliseExpected(value: Json | undefined, keepFormat: boolean): unknown {
  if (value === '<<must be unset>>') return undefined;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    if (MOODLE_FORMATS[value]) return MOODLE_FORMATS[value];
    return /^-?\d+(\.\d+)?$/.test(value) && value !== '' ? Number(value) : decodeHtml(value);
  }
  if (Array.isArray(value)) return value.map((item) => normaliseExpected(item, keepFormat));
  if (value !== null && typeof value === 'object') {
    if ('text' in value) {
      const format = value['format'];
      const content = decodeHtml(String(value['text']));
      return keepFormat && typeof format === 'string' ? { text: content, format: MOODLE_FORMATS[format] } : { text: content };
    }
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normaliseExpected(item, keepFormat)]));
  }
  return value;
}

/** Sanitising re-escapes `>` as `&gt;` and so on; the two sides are compared as the learner reads them. */
function normaliseActual(value: unknown): unknown {
  if (typeof value === 'string') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : decodeHtml(value);
  if (Array.isArray(value)) return value.map(normaliseActual);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, key === 'format' ? item : typeof item === 'string' ? decodeHtml(item) : normaliseActual(item)]));
  }
  return value;
}

function expectMoodleFields(question: QuestionDraft | undefined, expected: JsonObject): void {
  expect(question).toBeDefined();
  const view = moodleView(question as QuestionDraft);
  for (const [key, value] of Object.entries(expected)) {
    if (NOT_COMPARED.has(key)) continue;
    const want = normaliseExpected(value, FORMAT_KEPT_FIELDS.has(key));
    expect({ [key]: normaliseActual(view[key]) }).toEqual({ [key]: want });
  }
}

function checkSingleQuestionImport(format: QuestionFormat, input: string, expected: JsonObject): void {
  const result = parse(format, input);
  expect(result.errors).toEqual([]);
  expect(result.questions).toHaveLength(1);
  expectMoodleFields(result.questions[0], expected);
}

const HINT_HOSTS: Record<string, string> = {
  // Moodle reads the per-hint options only for multi-part types (import_hints $withparts).
  withParts: '<question type="multichoice"><name><text>h</text></name><questiontext><text>Q</text></questiontext><answer fraction="100"><text>a</text></answer><answer fraction="0"><text>b</text></answer>',
  withoutParts: '<question type="shortanswer"><name><text>h</text></name><questiontext><text>Q</text></questiontext><answer fraction="100"><text>a</text></answer>',
};

function visibleTexts(result: QuestionParseResult): string[] {
  return result.questions.flatMap((question) => [
    question.name ?? '',
    decodeHtml(question.prompt.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' '),
  ]);
}

function checkCategoryTree(fileName: string, spec: JsonObject): void {
  const result = parse('MOODLE_XML', fs.readFileSync(path.join(MOODLE, 'question/format/xml/tests/fixtures', fileName)));
  expect(result.errors).toEqual([]);
  for (const expected of spec['categories'] as JsonObject[]) {
    const found = result.categories.find((category) => {
      const segments = category.path.split('/');
      return segments[segments.length - 1] === expected['name'] && segments[segments.length - 2] === expected['parent'];
    });
    expect({ category: expected['name'], found: found !== undefined }).toEqual({ category: expected['name'], found: true });
    if (expected['info'] !== undefined) expect(found?.info ?? '').toBe(expected['info']);
    expect(found?.infoFormat).toBe(MOODLE_FORMATS[String(expected['infoformat'])]);
    if (expected['idnumber'] !== undefined) expect(found?.idNumber).toBe(expected['idnumber']);
  }
  const placements = (spec['questions_in_category'] ?? {}) as JsonObject;
  for (const [questionName, categoryName] of Object.entries(placements)) {
    const question = result.questions.find((candidate) => candidate.name === questionName);
    expect(question?.category?.split('/').pop()).toBe(categoryName);
  }
}

function buildCases(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  const pegjsDir = path.join(FIXTURES, 'gift-pegjs/questions');
  for (const file of fs.readdirSync(pegjsDir).filter((name) => name.endsWith('.gift')).sort()) {
    cases.push({ id: `gift-pegjs:${file.replace(/\.gift$/, '')}`, check: () => checkPegjsPair(path.join(pegjsDir, file)) });
  }

  const gift = readJson(path.join(MOODLE, 'extracted/moodle_gift_test_cases.json'));
  for (const item of gift['import_cases'] as JsonObject[]) {
    cases.push({
      id: `moodle-gift-case:${item['name']}`,
      check: () => checkSingleQuestionImport('GIFT', String(item['gift']), item['expected_question'] as JsonObject),
    });
  }
  for (const item of gift['comment_idnumber_tag_cases'] as JsonObject[]) {
    cases.push({
      id: `moodle-gift-comment:${item['name']}`,
      check: () => {
        const metadata = extractIdNumberAndTags(String(item['comment']));
        expect({ idNumber: metadata.idNumber ?? '', tags: metadata.tags }).toEqual({
          idNumber: item['expected_idnumber'],
          tags: item['expected_tags'],
        });
      },
    });
  }

  const xml = readJson(path.join(MOODLE, 'extracted/moodle_xml_test_cases.json'));
  for (const item of xml['import_cases'] as JsonObject[]) {
    cases.push({
      id: `moodle-xml-case:${item['name']}`,
      check: () => checkSingleQuestionImport('MOODLE_XML', `<quiz>${item['xml']}</quiz>`, item['expected_question'] as JsonObject),
    });
  }
  for (const item of xml['hint_import_cases'] as JsonObject[]) {
    cases.push({
      id: `moodle-xml-hint-case:${item['name']}`,
      check: () => {
        const host = String(item['call'] ?? '').includes('withparts=true') ? HINT_HOSTS['withParts'] : HINT_HOSTS['withoutParts'];
        const body = String(item['xml']).replace(/^\s*<question>/, '').replace(/<\/question>\s*$/, '');
        const result = parse('MOODLE_XML', `<quiz>${host}${body}</question></quiz>`);
        expect(result.errors).toEqual([]);
        expectMoodleFields(result.questions[0], item['expected'] as JsonObject);
      },
    });
  }

  const aiken = readJson(path.join(MOODLE, 'extracted/moodle_aiken_expected.json'));
  for (const [file, spec] of Object.entries(aiken['files'] as Record<string, JsonObject>)) {
    cases.push({
      id: `moodle-aiken:${file}`,
      check: () => {
        const result = parse('AIKEN', fs.readFileSync(path.join(MOODLE, file)));
        expect(result.questions).toHaveLength(Number(spec['expected_question_count']));
        for (const message of (spec['expected_error_messages_contain'] ?? []) as string[]) {
          expect(result.errors.map((error) => error.message).join('\n')).toContain(message);
        }
        ((spec['expected_questions_derived_from_aiken_rules'] ?? []) as JsonObject[]).forEach((expected, index) => {
          const question = result.questions[index] as QuestionDraft;
          expect(question.type).toBe('SINGLE_CHOICE');
          expect(decodeHtml(question.prompt)).toBe(expected['questiontext']);
          expect(question.options.map((option) => decodeHtml(option.text))).toEqual(expected['answers']);
          expect(question.options.map((option) => option.fraction)).toEqual(expected['fraction']);
        });
        ((spec['expected_questions'] ?? []) as JsonObject[]).forEach((expected, index) => {
          const question = result.questions[index] as QuestionDraft;
          expect(question.name).toBe(expected['name']);
          expect(question.options.map((option) => option.text)).toEqual(expected['answer_texts']);
          const correct = expected['fraction_of_correct'] as JsonObject;
          expect(question.options[Number(correct['index'])]?.fraction).toBe(correct['value']);
        });
      },
    });
  }

  const imports = readJson(path.join(MOODLE, 'extracted/moodle_expected_import_results.json'));
  const formats: Record<string, QuestionFormat> = { gift: 'GIFT', moodlexml: 'MOODLE_XML', aiken: 'AIKEN' };
  for (const item of imports['imports'] as JsonObject[]) {
    cases.push({
      id: `moodle-file:${item['file']}`,
      check: () => {
        const input = fs.readFileSync(path.join(MOODLE, String(item['file'])));
        const format = formats[String(item['format'])] as QuestionFormat;
        if (item['expect_error'] !== undefined) {
          expect(() => parse(format, input)).toThrow(QuestionImportRejected);
          expect(() => parse(format, input)).toThrow(String(item['expect_error']));
          return;
        }
        const result = parse(format, input);
        expect(result.errors).toEqual([]);
        const count = Number(/Importing (\d+) questions/.exec(String(item['expect']))?.[1]);
        expect(result.questions).toHaveLength(count);
        const texts = [...visibleTexts(result), ...result.categories.map((category) => category.path)].join('\n');
        for (const visible of (item['also_visible'] ?? []) as string[]) expect(texts).toContain(visible);
      },
    });
  }
  for (const item of imports['category_imports_from_phpunit_qformat_xml_import_export_test'] as JsonObject[]) {
    const file = String(item['file']);
    if (!file.endsWith('.xml') || file.includes(' ')) continue;
    cases.push({
      id: `moodle-xml-categories:${file}`,
      check: () => {
        if (item['categories'] !== undefined) {
          checkCategoryTree(file, item);
          return;
        }
        const result = parse('MOODLE_XML', fs.readFileSync(path.join(MOODLE, 'question/format/xml/tests/fixtures', file)));
        expect(result.questions).toHaveLength(Number(item['expected_question_count']));
        const messages = result.errors.map((error) => error.message).join('\n');
        for (const message of (item['expected_errors_contain'] ?? []) as string[]) expect(messages).toContain(message);
      },
    });
  }

  // One Moodle XML export per question type: one question each, in a category; types we do not support
  // (gapselect) must give one error naming the type instead.
  const typeDir = path.join(MOODLE, 'question/type');
  for (const qtype of fs.readdirSync(typeDir).sort()) {
    const file = path.join(typeDir, qtype, 'tests/fixtures/testquestion.moodle.xml');
    if (!fs.existsSync(file)) continue;
    cases.push({
      id: `moodle-qtype-fixture:${qtype}`,
      check: () => {
        const input = fs.readFileSync(file, 'utf8');
        const declaredType = /<question type="(?!category)([a-z]+)"/.exec(input)?.[1] ?? '';
        const result = parse('MOODLE_XML', input);
        expect(result.categories).toHaveLength(1);
        expect(result.categories[0]?.path.startsWith('top/')).toBe(true);
        if (declaredType === 'gapselect') {
          expect(result.questions).toHaveLength(0);
          expect(result.errors).toHaveLength(1);
          expect(result.errors[0]?.message).toContain('"gapselect"');
          return;
        }
        expect(result.errors).toEqual([]);
        expect(result.questions).toHaveLength(1);
        expect(result.questions[0]?.category).toBe(result.categories[0]?.path);
      },
    });
  }

  cases.push({
    id: 'moodle-file:question/format/gift/examples.txt',
    check: () => {
      const result = parse('GIFT', fs.readFileSync(path.join(MOODLE, 'question/format/gift/examples.txt')));
      expect(result.errors).toEqual([]);
      expect(result.questions.length).toBeGreaterThan(0);
    },
  });
  return cases;
}

describe('question format fixtures (read in place from ../shared/fixtures)', () => {
  const cases = buildCases();
  let passed = 0;

  afterAll(() => {
    console.log(`${passed} of ${cases.length} fixture cases pass`);
  });

  it.each(cases.map((fixtureCase) => [fixtureCase.id, fixtureCase] as const))('%s', (id, fixtureCase) => {
    try {
      fixtureCase.check();
      passed++;
    } catch (error) {
      if (DELIBERATE_DIFFERENCE_CASE_IDS.includes(id)) return;
      throw error;
    }
  });

  it('lists only deliberate differences that exist', () => {
    const ids = new Set(cases.map((fixtureCase) => fixtureCase.id));
    expect(DELIBERATE_DIFFERENCE_CASE_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });
});
