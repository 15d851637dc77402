import { describe, expect, it } from '@jest/globals';
import { promptExcerpt } from './prompt-excerpt';
import { escapeHtml, questionTextToHtml } from './question-text';

describe('questionTextToHtml', () => {
  it('escapes plain text and keeps its line breaks', () => {
    expect(questionTextToHtml('a < b\nc & d', 'plain')).toBe('a &lt; b<br>c &amp; d');
  });

  it('keeps HTML and turns Moodle auto-format line breaks into <br>', () => {
    expect(questionTextToHtml('<p>Xin chào</p>', 'html')).toBe('<p>Xin chào</p>');
    expect(questionTextToHtml('Dòng 1\nDòng 2', 'moodle')).toBe('Dòng 1<br>Dòng 2');
  });

  it('renders Markdown', () => {
    expect(questionTextToHtml('**Mật khẩu** mạnh', 'markdown')).toContain('<strong>Mật khẩu</strong>');
  });

  it('escapes quotes', () => {
    expect(escapeHtml(`"x" 'y'`)).toBe('&quot;x&quot; &#39;y&#39;');
  });
});

describe('promptExcerpt', () => {
  it('strips markup and decodes entities', () => {
    expect(promptExcerpt('<p>Chọn <b>mật khẩu</b> mạnh&nbsp;nhất &amp; an toàn</p><script>x()</script>', 'html')).toBe('Chọn mật khẩu mạnh nhất & an toàn');
    expect(promptExcerpt('See [the law](https://x.vn) **now**', 'markdown')).toBe('See the law now');
  });

  it('cuts long texts with an ellipsis', () => {
    const excerpt = promptExcerpt('a'.repeat(300), 'plain', 20);
    expect(excerpt).toHaveLength(20);
    expect(excerpt.endsWith('…')).toBe(true);
  });
});
