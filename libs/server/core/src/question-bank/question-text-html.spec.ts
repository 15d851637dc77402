import { questionTextHtml } from './question-text-html';

describe('questionTextHtml', () => {
  it('escapes plain text and keeps its line breaks', () => {
    expect(questionTextHtml('1 < 2 & "x"\nhai', 'plain')).toBe('1 &lt; 2 &amp; &quot;x&quot;<br>hai');
  });

  it('renders Markdown and auto-format, and removes what could run in the page', () => {
    expect(questionTextHtml('**Đậm** <script>alert(1)</script>', 'markdown')).toBe('<p><strong>Đậm</strong> </p>\n');
    expect(questionTextHtml('a\nb<img src="x" onerror="alert(1)">', 'moodle')).toBe('a<br />b<img src="x" />');
    expect(questionTextHtml('<p onclick="x()">Câu hỏi</p>', 'html')).toBe('<p>Câu hỏi</p>');
  });
});
