import type { QuestionDraft, TextFormat } from '../question-draft';

const FORMAT_NAMES: Record<TextFormat, string> = {
  html: 'html',
  moodle: 'moodle_auto_format',
  plain: 'plain_text',
  markdown: 'markdown',
};

const XML_TYPES: Record<QuestionDraft['type'], string> = {
  SINGLE_CHOICE: 'multichoice',
  MULTIPLE_CHOICE: 'multichoice',
  TRUE_FALSE: 'truefalse',
  SHORT_ANSWER: 'shortanswer',
  NUMERIC: 'numerical',
  MATCHING: 'matching',
  ESSAY: 'essay',
  DESCRIPTION: 'description',
};

/** Writes questions as Moodle XML, in the shape Moodle's own export produces. */
export function exportMoodleXml(questions: readonly QuestionDraft[]): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
  let currentCategory: string | undefined;
  for (const question of questions) {
    if (question.category !== undefined && question.category !== currentCategory) {
      currentCategory = question.category;
      out.push('  <question type="category">', `    <category>${textElement(`$course$/${question.category}`)}</category>`, '  </question>');
    }
    out.push(...writeQuestion(question).map((line) => `  ${line}`));
  }
  out.push('</quiz>', '');
  return out.join('\n');
}

function writeQuestion(question: QuestionDraft): string[] {
  const format = question.promptFormat;
  const lines: string[] = [`<question type="${XML_TYPES[question.type]}">`];
  const body: string[] = [];
  body.push(`<name>${textElement(question.name ?? '')}</name>`);
  const files = (question.attachments ?? []).map(
    (file) => `<file name="${escapeAttribute(file.name)}" path="/" encoding="base64">${file.data.toString('base64')}</file>`,
  );
  body.push(`<questiontext format="${FORMAT_NAMES[format]}">${textElement(question.prompt)}${files.join('')}</questiontext>`);
  body.push(formatted('generalfeedback', question.generalFeedback, format));
  body.push(`<defaultgrade>${question.defaultPoints}</defaultgrade>`);
  body.push(`<penalty>${question.penalty ?? 0.3333333}</penalty>`);
  body.push('<hidden>0</hidden>');
  body.push(`<idnumber>${escapeText(question.idNumber ?? '')}</idnumber>`);

  switch (question.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      body.push(`<single>${question.type === 'SINGLE_CHOICE'}</single>`);
      body.push(`<shuffleanswers>${question.shuffleAnswers ?? true}</shuffleanswers>`);
      body.push(`<answernumbering>${question.answerNumbering ?? 'abc'}</answernumbering>`);
      body.push(...combinedFeedback(question));
      for (const option of question.options) {
        body.push(
          `<answer fraction="${percent(option.fraction)}" format="${FORMAT_NAMES[option.format ?? format]}">${textElement(option.text)}${formatted('feedback', option.feedback, format)}</answer>`,
        );
      }
      break;
    case 'TRUE_FALSE':
      body.push(
        `<answer fraction="${question.correctBoolean ? 100 : 0}" format="moodle_auto_format"><text>true</text>${formatted('feedback', question.trueFeedback, format)}</answer>`,
        `<answer fraction="${question.correctBoolean ? 0 : 100}" format="moodle_auto_format"><text>false</text>${formatted('feedback', question.falseFeedback, format)}</answer>`,
      );
      break;
    case 'SHORT_ANSWER':
      body.push(`<usecase>${question.caseSensitive ? 1 : 0}</usecase>`);
      for (const option of question.options) {
        body.push(
          `<answer fraction="${percent(option.fraction)}" format="plain_text">${textElement(option.text)}${formatted('feedback', option.feedback, format)}</answer>`,
        );
      }
      break;
    case 'NUMERIC':
      for (const answer of question.numericAnswers) {
        body.push(
          `<answer fraction="${percent(answer.fraction)}" format="plain_text">${textElement(String(answer.value))}${formatted('feedback', answer.feedback, format)}<tolerance>${answer.tolerance}</tolerance></answer>`,
        );
      }
      if (question.numericCatchAll) {
        body.push(
          `<answer fraction="${percent(question.numericCatchAll.fraction)}" format="plain_text"><text>*</text>${formatted('feedback', question.numericCatchAll.feedback, format)}<tolerance>0</tolerance></answer>`,
        );
      }
      break;
    case 'MATCHING':
      body.push(`<shuffleanswers>${question.shuffleAnswers ?? true}</shuffleanswers>`);
      body.push(...combinedFeedback(question));
      for (const pair of question.matchPairs) {
        body.push(
          `<subquestion format="${FORMAT_NAMES[pair.format ?? format]}">${textElement(pair.prompt)}<answer>${textElement(pair.answer)}</answer></subquestion>`,
        );
      }
      break;
    case 'ESSAY':
      body.push(`<responseformat>${question.responseFormat ?? 'editor'}</responseformat>`);
      body.push(`<responserequired>${question.responseRequired === false ? 0 : 1}</responserequired>`);
      body.push(`<responsefieldlines>${question.responseFieldLines ?? 15}</responsefieldlines>`);
      if (question.minWordLimit !== undefined) body.push(`<minwordlimit>${question.minWordLimit}</minwordlimit>`);
      if (question.maxWordLimit !== undefined) body.push(`<maxwordlimit>${question.maxWordLimit}</maxwordlimit>`);
      body.push(`<attachments>${question.responseAttachments ?? 0}</attachments>`);
      body.push(`<attachmentsrequired>${question.responseAttachmentsRequired ?? 0}</attachmentsrequired>`);
      if (question.maxBytes !== undefined) body.push(`<maxbytes>${question.maxBytes}</maxbytes>`);
      if (question.fileTypesList !== undefined) body.push(`<filetypeslist>${escapeText(question.fileTypesList)}</filetypeslist>`);
      body.push(formatted('graderinfo', question.graderInfo, format));
      body.push(formatted('responsetemplate', question.responseTemplate, format));
      break;
    case 'DESCRIPTION':
      break;
  }
  for (const hint of question.hints ?? []) {
    body.push(
      `<hint format="${FORMAT_NAMES[format]}">${textElement(hint.text)}${hint.showNumCorrect ? '<shownumcorrect/>' : ''}${hint.clearWrong ? '<clearwrong/>' : ''}</hint>`,
    );
  }
  if (question.tags.length > 0) {
    body.push(`<tags>${question.tags.map((tag) => `<tag>${textElement(tag)}</tag>`).join('')}</tags>`);
  }
  lines.push(...body.filter((line) => line !== '').map((line) => `  ${line}`), '</question>');
  return lines;
}

function combinedFeedback(question: QuestionDraft): string[] {
  const format = question.promptFormat;
  return [
    formatted('correctfeedback', question.correctFeedback ?? '', format),
    formatted('partiallycorrectfeedback', question.partiallyCorrectFeedback ?? '', format),
    formatted('incorrectfeedback', question.incorrectFeedback ?? '', format),
    question.showNumCorrect ? '<shownumcorrect/>' : '',
  ];
}

function formatted(element: string, text: string | undefined, format: TextFormat): string {
  if (text === undefined) return '';
  return `<${element} format="${FORMAT_NAMES[format]}">${textElement(text)}</${element}>`;
}

function textElement(text: string): string {
  return `<text>${/[<>&]/.test(text) ? cdata(text) : escapeText(text)}</text>`;
}

function cdata(text: string): string {
  return `<![CDATA[${text.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function percent(fraction: number): string {
  return String(+(fraction * 100).toFixed(5));
}
