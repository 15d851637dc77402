import {
  newQuestionDraft,
  type AnswerNumbering,
  type CategoryDraft,
  type EssayResponseFormat,
  type QuestionAttachmentDraft,
  type QuestionDraft,
  type QuestionType,
  type TextFormat,
} from '../question-draft';
import { normalizeCategoryPath } from './category-path';
import { defaultQuestionName } from './default-question-name';
import { findDraftProblem, roundFraction } from './draft-validation';
import { DEFAULT_PENALTY, type ParserOptions } from './gift-parser';
import { sanitizeForFormat } from './html-sanitizer';
import { mimeTypeOf } from './mime-type';
import {
  attribute,
  child,
  children,
  hasChild,
  questionStartLines,
  readXmlDocument,
  textContent,
  textOf,
  type XmlNode,
} from './moodle-xml-reader';
import { type ImportProblem, problem } from './question-import-problem';
import { QuestionImportRejected } from './question-import-rejected.error';
import { type QuestionImportError, type QuestionParseResult, questionImportError } from './question-parse-result';

const XML_FORMATS: Record<string, TextFormat> = {
  html: 'html',
  moodle_auto_format: 'moodle',
  plain_text: 'plain',
  markdown: 'markdown',
};

const SUPPORTED_TYPES = ['multichoice', 'truefalse', 'shortanswer', 'numerical', 'matching', 'match', 'essay', 'description'];

class XmlQuestionError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.reason);
  }
}

function inQuestion(question: QuestionDraft, found: ImportProblem): ImportProblem {
  return problem('questionImport.xml.inQuestion', { name: question.name ?? '', problem: found });
}

/** Parses Moodle XML (`<quiz><question type="…">…`) with the semantics of Moodle's qformat_xml. */
export function parseMoodleXml(input: string, options: ParserOptions = {}): QuestionParseResult {
  const document = readXmlDocument(input);
  const quiz = child(document, 'quiz');
  if (quiz === undefined) {
    throw new QuestionImportRejected(problem('questionImport.xml.notQuiz'), 'MALFORMED');
  }
  const startLines = questionStartLines(input);
  const questions: QuestionDraft[] = [];
  const errors: QuestionImportError[] = [];
  const categories: CategoryDraft[] = [];
  let category: string | undefined;

  children(quiz, 'question').forEach((element, index) => {
    const line = startLines[index] ?? 1;
    const type = (attribute(element, 'type') ?? '').trim().toLowerCase();
    if (type === 'category') {
      const declared = readCategory(element, line);
      if (declared) {
        categories.push(declared);
        category = declared.path;
      }
      return;
    }
    try {
      if (!SUPPORTED_TYPES.includes(type)) {
        const name = textOf(element, 'name');
        const typeParams = { type: type || problem('questionImport.xml.noType'), supported: SUPPORTED_TYPES.filter((supported) => supported !== 'match').join(', ') };
        throw new XmlQuestionError(
          name ? problem('questionImport.xml.unsupportedTypeOfQuestion', { ...typeParams, name }) : problem('questionImport.xml.unsupportedType', typeParams),
        );
      }
      const question = readQuestion(element, type, line);
      if (category !== undefined) question.category = category;
      const draftProblem = findDraftProblem(question);
      if (draftProblem) throw new XmlQuestionError(inQuestion(question, draftProblem));
      questions.push(question);
      if (options.maxQuestions !== undefined && questions.length > options.maxQuestions) {
        throw new QuestionImportRejected(problem('questionImport.tooManyQuestions', { max: options.maxQuestions }), 'MAX_QUESTIONS');
      }
    } catch (error) {
      if (!(error instanceof XmlQuestionError)) throw error;
      errors.push(questionImportError(line, problem('questionImport.xml.error', { problem: error.problem })));
    }
  });
  return { questions, errors, categories };
}

function readCategory(element: XmlNode, line: number): CategoryDraft | null {
  const rawPath = textOf(element, 'category');
  if (!rawPath) return null;
  const declared: CategoryDraft = { path: normalizeCategoryPath(rawPath), line };
  declared.info = textOf(element, 'info') ?? '';
  declared.infoFormat = formatOf(child(element, 'info'), 'moodle');
  const idNumber = textOf(element, 'idnumber');
  if (idNumber) declared.idNumber = idNumber;
  return declared;
}

function readQuestion(element: XmlNode, xmlType: string, line: number): QuestionDraft {
  const questionTextElement = child(element, 'questiontext');
  const promptFormat = formatOf(questionTextElement, 'html');
  const attachments = collectFiles(element);
  let prompt = sanitizeForFormat(textOf(element, 'questiontext') ?? '', promptFormat);
  const legacyImage = readLegacyImage(element);
  if (legacyImage) {
    attachments.push(legacyImage);
    prompt += ` <img src="@@PLUGINFILE@@/${encodeURI(legacyImage.name)}" alt="" />`;
  }

  const type = questionTypeOf(xmlType, element);
  const question = newQuestionDraft(type, prompt, promptFormat, line);
  question.name = (textOf(element, 'name') ?? '').replace(/<[^>]*>/g, '').trim() || defaultQuestionName(prompt);
  const generalFeedback = readFormattedText(element, 'generalfeedback', promptFormat);
  if (generalFeedback) question.generalFeedback = generalFeedback;
  const defaultGrade = optionalNumber(element, 'defaultgrade');
  if (defaultGrade !== undefined) question.defaultPoints = defaultGrade;
  question.penalty = optionalNumber(element, 'penalty') ?? DEFAULT_PENALTY;
  const idNumber = textOf(element, 'idnumber');
  if (idNumber) question.idNumber = idNumber;
  question.tags = children(child(element, 'tags'), 'tag')
    .map((tag) => textOf(tag, 'text') ?? textContent(tag))
    .filter((tag) => tag !== '');
  if (attachments.length > 0) question.attachments = attachments;

  switch (type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      readChoices(question, element);
      break;
    case 'TRUE_FALSE':
      readTrueFalse(question, element);
      break;
    case 'SHORT_ANSWER':
      readShortAnswers(question, element);
      break;
    case 'NUMERIC':
      readNumericAnswers(question, element);
      break;
    case 'MATCHING':
      readMatchPairs(question, element);
      break;
    case 'ESSAY':
      readEssay(question, element);
      break;
    case 'DESCRIPTION':
      question.defaultPoints = 0;
      break;
  }
  const hints = children(element, 'hint');
  if (hints.length > 0 && type !== 'TRUE_FALSE' && type !== 'ESSAY' && type !== 'DESCRIPTION') {
    const withParts = type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE' || type === 'MATCHING';
    question.hints = hints.map((hint) => ({
      text: sanitizeForFormat(textOf(hint, 'text') ?? '', formatOf(hint, promptFormat)),
      ...(withParts && { showNumCorrect: hasChild(hint, 'shownumcorrect'), clearWrong: hasChild(hint, 'clearwrong') }),
    }));
  }
  return question;
}

function questionTypeOf(xmlType: string, element: XmlNode): QuestionType {
  switch (xmlType) {
    case 'multichoice':
      return readBoolean(element, 'single') === false ? 'MULTIPLE_CHOICE' : 'SINGLE_CHOICE';
    case 'truefalse':
      return 'TRUE_FALSE';
    case 'shortanswer':
      return 'SHORT_ANSWER';
    case 'numerical':
      return 'NUMERIC';
    case 'essay':
      return 'ESSAY';
    case 'description':
      return 'DESCRIPTION';
    default:
      return 'MATCHING';
  }
}

function readChoices(question: QuestionDraft, element: XmlNode): void {
  question.shuffleAnswers = readBoolean(element, 'shuffleanswers') ?? true;
  question.answerNumbering = readAnswerNumbering(textOf(element, 'answernumbering'));
  readCombinedFeedback(question, element);
  for (const answer of children(element, 'answer')) {
    const format = formatOf(answer, question.promptFormat);
    const feedback = readFormattedText(answer, 'feedback', question.promptFormat);
    question.options.push({
      text: sanitizeForFormat(answerText(answer), format),
      fraction: readFraction(answer),
      ...(feedback && { feedback }),
      ...(format !== question.promptFormat && { format }),
    });
  }
}

function readTrueFalse(question: QuestionDraft, element: XmlNode): void {
  children(element, 'answer').forEach((answer, index) => {
    let text = answerText(answer).toLowerCase();
    // Old files wrote no "true"/"false": Moodle then takes the first answer as "true".
    if (text !== 'true' && text !== 'false') text = index === 0 ? 'true' : 'false';
    const isFullMarks = readFraction(answer) === 1;
    const feedback = readFormattedText(answer, 'feedback', question.promptFormat);
    if (text === 'true') {
      question.correctBoolean = isFullMarks;
      if (feedback) question.trueFeedback = feedback;
    } else {
      question.correctBoolean = !isFullMarks;
      if (feedback) question.falseFeedback = feedback;
    }
  });
}

function readShortAnswers(question: QuestionDraft, element: XmlNode): void {
  question.caseSensitive = readBoolean(element, 'usecase') ?? false;
  for (const answer of children(element, 'answer')) {
    const feedback = readFormattedText(answer, 'feedback', question.promptFormat);
    // Accepted answers are compared with what the learner types, so they stay as written.
    question.options.push({ text: answerText(answer), fraction: readFraction(answer), ...(feedback && { feedback }) });
  }
}

function readNumericAnswers(question: QuestionDraft, element: XmlNode): void {
  for (const answer of children(element, 'answer')) {
    const text = answerText(answer);
    const fraction = readFraction(answer);
    const feedback = readFormattedText(answer, 'feedback', question.promptFormat);
    if (text === '*') {
      question.numericCatchAll = { fraction, ...(feedback && { feedback }) };
      continue;
    }
    const value = Number(text);
    const toleranceText = textContent(child(answer, 'tolerance'));
    const tolerance = toleranceText === '' ? 0 : Number(toleranceText);
    if (text === '' || !Number.isFinite(value)) {
      throw new XmlQuestionError(inQuestion(question, problem('questionImport.xml.answerNotANumber', { value: text })));
    }
    if (!Number.isFinite(tolerance)) {
      throw new XmlQuestionError(inQuestion(question, problem('questionImport.xml.toleranceNotANumber', { value: toleranceText })));
    }
    question.numericAnswers.push({ value, tolerance: Math.abs(tolerance), fraction, ...(feedback && { feedback }) });
  }
}

function readMatchPairs(question: QuestionDraft, element: XmlNode): void {
  question.shuffleAnswers = readBoolean(element, 'shuffleanswers') ?? true;
  readCombinedFeedback(question, element);
  for (const subquestion of children(element, 'subquestion')) {
    const format = formatOf(subquestion, question.promptFormat);
    question.matchPairs.push({
      prompt: sanitizeForFormat(textOf(subquestion, 'text') ?? '', format),
      answer: textOf(child(subquestion, 'answer'), 'text') ?? '',
      ...(format !== question.promptFormat && { format }),
    });
  }
}

function readEssay(question: QuestionDraft, element: XmlNode): void {
  question.responseFormat = (textOf(element, 'responseformat') || 'editor') as EssayResponseFormat;
  question.responseRequired = readBoolean(element, 'responserequired') ?? true;
  question.responseFieldLines = optionalNumber(element, 'responsefieldlines') ?? 15;
  const minWordLimit = optionalNumber(element, 'minwordlimit');
  if (minWordLimit) question.minWordLimit = minWordLimit;
  const maxWordLimit = optionalNumber(element, 'maxwordlimit');
  if (maxWordLimit) question.maxWordLimit = maxWordLimit;
  question.responseAttachments = optionalNumber(element, 'attachments') ?? 0;
  question.responseAttachmentsRequired = optionalNumber(element, 'attachmentsrequired') ?? 0;
  const maxBytes = optionalNumber(element, 'maxbytes');
  if (maxBytes) question.maxBytes = maxBytes;
  const fileTypes = textOf(element, 'filetypeslist');
  if (fileTypes) question.fileTypesList = fileTypes;
  const graderInfo = readFormattedText(element, 'graderinfo', question.promptFormat);
  if (graderInfo) question.graderInfo = graderInfo;
  const responseTemplate = readFormattedText(element, 'responsetemplate', question.promptFormat);
  if (responseTemplate) question.responseTemplate = responseTemplate;
}

function readCombinedFeedback(question: QuestionDraft, element: XmlNode): void {
  const correct = readFormattedText(element, 'correctfeedback', question.promptFormat);
  if (correct) question.correctFeedback = correct;
  const partial = readFormattedText(element, 'partiallycorrectfeedback', question.promptFormat);
  if (partial) question.partiallyCorrectFeedback = partial;
  const incorrect = readFormattedText(element, 'incorrectfeedback', question.promptFormat);
  if (incorrect) question.incorrectFeedback = incorrect;
  if (hasChild(element, 'shownumcorrect')) question.showNumCorrect = true;
}

function readFormattedText(element: XmlNode, name: string, defaultFormat: TextFormat): string | undefined {
  const text = textOf(element, name);
  if (!text) return undefined;
  return sanitizeForFormat(text, formatOf(child(element, name), defaultFormat));
}

function answerText(answer: XmlNode): string {
  return hasChild(answer, 'text') ? textContent(child(answer, 'text')) : textContent(answer);
}

function readFraction(answer: XmlNode): number {
  const fraction = Number(attribute(answer, 'fraction') ?? '0');
  if (!Number.isFinite(fraction)) throw new XmlQuestionError(problem('questionImport.xml.gradeNotANumber', { value: attribute(answer, 'fraction') ?? '' }));
  return roundFraction(fraction / 100);
}

function formatOf(element: XmlNode | undefined, defaultFormat: TextFormat): TextFormat {
  const name = attribute(element, 'format');
  return (name && XML_FORMATS[name]) || defaultFormat;
}

function readBoolean(element: XmlNode, name: string): boolean | undefined {
  if (!hasChild(element, name)) return undefined;
  const value = textContent(child(element, name)).toLowerCase();
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return undefined;
}

function optionalNumber(element: XmlNode, name: string): number | undefined {
  const text = textContent(child(element, name));
  if (text === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

const NUMBERINGS: readonly AnswerNumbering[] = ['abc', 'ABCD', '123', 'iii', 'IIII', 'none'];

function readAnswerNumbering(value: string | undefined): AnswerNumbering {
  return NUMBERINGS.find((numbering) => numbering === value) ?? 'abc';
}

/** Every `<file name="…" encoding="base64">` in the question, whichever text it belongs to. */
function collectFiles(node: XmlNode | undefined, found: QuestionAttachmentDraft[] = []): QuestionAttachmentDraft[] {
  if (node === undefined || typeof node === 'string') return found;
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_') || !Array.isArray(value)) continue;
    for (const item of value) {
      if (key === 'file') {
        const name = attribute(item, 'name');
        if (name && !found.some((file) => file.name === name)) found.push(decodeFile(name, textContent(item)));
      } else {
        collectFiles(item, found);
      }
    }
  }
  return found;
}

/** Moodle 1.9 files carried one image in `<image>` + `<image_base64>`; Moodle appends it to the text. */
function readLegacyImage(element: XmlNode): QuestionAttachmentDraft | null {
  const name = textContent(child(element, 'image')).split('/').pop() ?? '';
  const data = textContent(child(element, 'image_base64'));
  if (name === '' || data === '') return null;
  return decodeFile(name, data);
}

function decodeFile(name: string, base64: string): QuestionAttachmentDraft {
  const compact = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
    throw new XmlQuestionError(problem('questionImport.xml.badBase64', { name }));
  }
  return { name, mimeType: mimeTypeOf(name), data: Buffer.from(compact, 'base64') };
}
