import { parseMoodleXml } from './moodle-xml-parser';
import { QuestionImportRejected } from './question-import-rejected.error';

const quiz = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${body}\n</quiz>`;

describe('parseMoodleXml', () => {
  it('reads categories with $course$ prefix and both category styles, and CDATA HTML', () => {
    const result = parseMoodleXml(
      quiz(`<question type="category"><category><text>$course$/top/Kỹ năng số/Dữ liệu</text></category><info format="html"><text>Mô tả</text></info></question>
<question type="truefalse"><name><text>TF</text></name><questiontext format="html"><text><![CDATA[<p>Đúng &amp; sai?</p>]]></text></questiontext>
<answer fraction="100"><text>true</text><feedback><text>Giỏi</text></feedback></answer><answer fraction="0"><text>false</text></answer></question>
<question type="category"><category>$system$/Khác</category></question>
<question type="essay"><name><text>E</text></name><questiontext format="plain_text"><text>Viết &lt;ngắn&gt;</text></questiontext><responseformat>plain</responseformat></question>`),
    );
    expect(result.errors).toEqual([]);
    expect(result.categories.map((category) => category.path)).toEqual(['top/Kỹ năng số/Dữ liệu', 'top/Khác']);
    expect(result.questions[0]).toMatchObject({
      type: 'TRUE_FALSE',
      prompt: '<p>Đúng &amp; sai?</p>',
      correctBoolean: true,
      trueFeedback: 'Giỏi',
      category: 'top/Kỹ năng số/Dữ liệu',
      line: 4,
    });
    expect(result.questions[1]).toMatchObject({ type: 'ESSAY', prompt: 'Viết <ngắn>', promptFormat: 'plain', responseFormat: 'plain' });
  });

  it('reads choices, numerical, matching and short answer', () => {
    const result = parseMoodleXml(
      quiz(`<question type="multichoice"><name><text>M</text></name><questiontext><text>Chọn</text></questiontext><single>false</single>
<answer fraction="50"><text>a</text></answer><answer fraction="50"><text>b</text></answer><answer fraction="-100"><text>c</text></answer></question>
<question type="numerical"><name><text>N</text></name><questiontext><text>Số</text></questiontext><answer fraction="100"><text>42</text><tolerance>0.5</tolerance></answer><answer fraction="0"><text>*</text><feedback><text>Không</text></feedback></answer></question>
<question type="matching"><name><text>G</text></name><questiontext><text>Ghép</text></questiontext><subquestion><text>A</text><answer><text>a</text></answer></subquestion><subquestion><text>B</text><answer><text>b</text></answer></subquestion></question>
<question type="shortanswer"><name><text>S</text></name><questiontext><text>Gõ</text></questiontext><usecase>1</usecase><answer fraction="100"><text>a &lt; b</text></answer></question>`),
    );
    expect(result.errors).toEqual([]);
    expect(result.questions.map((question) => question.type)).toEqual(['MULTIPLE_CHOICE', 'NUMERIC', 'MATCHING', 'SHORT_ANSWER']);
    expect(result.questions[1]).toMatchObject({ numericAnswers: [{ value: 42, tolerance: 0.5, fraction: 1 }], numericCatchAll: { fraction: 0, feedback: 'Không' } });
    expect(result.questions[3]).toMatchObject({ caseSensitive: true, options: [{ text: 'a < b', fraction: 1 }] });
  });

  it('turns embedded base64 files into attachments', () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    const result = parseMoodleXml(
      quiz(`<question type="description"><name><text>D</text></name><questiontext format="html"><text><![CDATA[<img src="@@PLUGINFILE@@/a.png" alt="">]]></text><file name="a.png" path="/" encoding="base64">${png.toString('base64')}</file></questiontext></question>`),
    );
    expect(result.questions[0]?.attachments).toEqual([{ name: 'a.png', mimeType: 'image/png', data: png }]);
    expect(result.questions[0]?.prompt).toContain('src="@@PLUGINFILE@@/a.png"');
  });

  it('reports unknown types (cloze, calculated, gapselect) one error each, naming the type', () => {
    const result = parseMoodleXml(
      quiz(`<question type="cloze"><name><text>C</text></name></question>\n<question type="calculated"><name><text>K</text></name></question>\n<question type="description"><questiontext><text>ok</text></questiontext></question>`),
    );
    expect(result.questions).toHaveLength(1);
    const unsupported = (type: string, name: string) => ({
      reason: 'questionImport.xml.error',
      params: { problem: { reason: 'questionImport.xml.unsupportedTypeOfQuestion', params: expect.objectContaining({ type, name }) } },
    });
    expect(result.errors).toEqual([
      { line: 3, message: expect.stringContaining('"cloze"'), ...unsupported('cloze', 'C') },
      { line: 4, message: expect.stringContaining('"calculated"'), ...unsupported('calculated', 'K') },
    ]);
  });

  it('refuses DOCTYPE / ENTITY declarations (billion laughs, external entities) before parsing', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><quiz><question type="essay"><questiontext><text>&lol2;</text></questiontext></question></quiz>`;
    const external = `<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><quiz><question type="essay"><questiontext><text>&xxe;</text></questiontext></question></quiz>`;
    for (const attack of [laughs, external]) {
      expect(() => parseMoodleXml(attack)).toThrow(QuestionImportRejected);
      expect(() => parseMoodleXml(attack)).toThrow(/DOCTYPE or ENTITY/);
    }
  });

  it('decodes only the XML entities and numeric references, and allows DOCTYPE text inside CDATA', () => {
    const result = parseMoodleXml(
      quiz(`<question type="essay"><name><text>&#7889; &#x1EC7; &amp;lt; &nbsp;</text></name><questiontext format="plain_text"><text><![CDATA[Viết <!DOCTYPE html>]]></text></questiontext></question>`),
    );
    expect(result.questions[0]?.name).toBe('ố ệ &lt; &nbsp;');
    expect(result.questions[0]?.prompt).toBe('Viết <!DOCTYPE html>');
  });

  it('rejects malformed XML as a whole', () => {
    expect(() => parseMoodleXml('<quiz><question type="essay"></quiz>')).toThrow(QuestionImportRejected);
  });
});
