import { htmlToText } from './html-text';

const MAX_NAME_LENGTH = 80;

/** As Moodle's create_default_question_name: the prompt as text, shortened to 80 characters at a word. */
export function defaultQuestionName(prompt: string): string {
  const text = htmlToText(prompt);
  if (text.length <= MAX_NAME_LENGTH) return text || 'Câu hỏi';
  const cut = text.slice(0, MAX_NAME_LENGTH - 3);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 40 ? cut.slice(0, lastSpace) : cut).trimEnd()}...`;
}
