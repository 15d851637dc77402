import { sanitizeForFormat, sanitizeQuestionHtml } from './html-sanitizer';

describe('sanitizeQuestionHtml', () => {
  it('removes scripts, styles, event handlers and javascript: URLs', () => {
    const html = sanitizeQuestionHtml(
      '<p onclick="x()">Xin chào<script>alert(1)</script><style>p{}</style></p><a href="javascript:alert(1)">x</a><img src="x" onerror="alert(1)"><iframe src="https://x"></iframe>',
    );
    expect(html).toBe('<p>Xin chào</p><a>x</a><img src="x" />');
  });

  it('keeps formatting, tables, links and images from http(s), data:image and @@PLUGINFILE@@', () => {
    const html =
      '<p><b>a</b><i>b</i><u>c</u><sub>1</sub></p><table><tbody><tr><td colspan="2">t</td></tr></tbody></table><a href="https://hocso.vn">l</a><img src="@@PLUGINFILE@@/a.png" alt="" /><img src="data:image/png;base64,AAAA" /><img src="https://x/y.jpg" />';
    expect(sanitizeQuestionHtml(html)).toBe(html);
  });

  it('drops data: URLs that are not images and CSS that loads URLs', () => {
    expect(sanitizeQuestionHtml('<img src="data:text/html;base64,PHNjcmlwdD4=" />')).toBe('<img />');
    expect(sanitizeQuestionHtml('<span style="color:red;background-image:url(javascript:x)">a</span>')).toBe('<span style="color:red">a</span>');
  });

  it('keeps only the allow-list of inline CSS: no fixed overlay, no full-screen box, no portal class', () => {
    const overlay =
      '<div class="hs-header" style="position:fixed;inset:0;z-index:9999;width:100vw;height:100vh;background-color:white">Đăng nhập lại</div>';
    expect(sanitizeQuestionHtml(overlay)).toBe('<div style="background-color:white">Đăng nhập lại</div>');
    expect(sanitizeQuestionHtml('<p style="text-align: center; color: #c00; font-weight: bold; margin-top: -3000px">Câu 1</p>')).toBe(
      '<p style="text-align:center;color:#c00;font-weight:bold">Câu 1</p>',
    );
    expect(sanitizeQuestionHtml('<img src="https://x/y.jpg" width="99999" height="240" style="width:100%;height:5000px" />')).toBe(
      '<img src="https://x/y.jpg" height="240" style="width:100%" />',
    );
    expect(sanitizeQuestionHtml('<table cellpadding="3000" border="1"><tbody><tr><td>a</td></tr></tbody></table>')).toBe(
      '<table border="1"><tbody><tr><td>a</td></tr></tbody></table>',
    );
  });

  it('leaves plain text and Markdown source alone', () => {
    expect(sanitizeForFormat('a < b > c', 'plain')).toBe('a < b > c');
    expect(sanitizeForFormat('> trích dẫn', 'markdown')).toBe('> trích dẫn');
  });
});
