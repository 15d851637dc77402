import { MAX_XML_DEPTH } from './moodle-xml-reader';
import { parseQuestions } from './parse-questions';
import { QuestionImportRejected } from './question-import-rejected.error';

function nested(depth: number): string {
  const essay = '<question type="essay"><name><text>Tự luận</text></name><questiontext format="html"><text>Viết</text></questiontext></question>';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${essay}\n${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}\n</quiz>`;
}

function rejection(input: string): QuestionImportRejected {
  try {
    parseQuestions('MOODLE_XML', input);
  } catch (error) {
    if (error instanceof QuestionImportRejected) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('Moodle XML nesting', () => {
  it('refuses a file nested thousands of levels deep with its line, quickly and before any parser recursion', () => {
    for (const depth of [5_000, 200_000]) {
      const started = performance.now();
      const refused = rejection(nested(depth));
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(refused).toMatchObject({ problem: { reason: 'questionImport.xml.tooDeep', params: { max: MAX_XML_DEPTH, line: 4 } }, reason: 'MALFORMED' });
      expect(refused.message).toBe(`The XML file nests elements more than ${MAX_XML_DEPTH} levels deep (line 4)`);
    }
  });

  it('reads a file nested as deep as the bound, and does not count CDATA, comments or empty elements', () => {
    const deepest = MAX_XML_DEPTH - 1; // below <quiz>
    expect(parseQuestions('MOODLE_XML', nested(deepest)).questions).toHaveLength(1);
    const quoted = `<quiz><question type="essay"><name><text>Tự luận</text></name><questiontext format="html"><text><![CDATA[${'<b>'.repeat(500)}]]></text></questiontext>
      <!-- ${'<i>'.repeat(500)} -->${'<br/>'.repeat(500)}</question></quiz>`;
    expect(parseQuestions('MOODLE_XML', quoted).questions).toHaveLength(1);
  });

  it('keeps a character reference to NUL or to half of a surrogate pair as written: neither is a character of XML', () => {
    const xml = '<quiz><question type="essay"><name><text>&#xD800;&#0;&#x1F600;&#x0110;</text></name><questiontext><text>Viết</text></questiontext></question></quiz>';
    expect(parseQuestions('MOODLE_XML', xml).questions[0]?.name).toBe('&#xD800;&#0;😀Đ');
  });
});
