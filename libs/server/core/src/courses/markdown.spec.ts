import { renderLessonMarkdown } from './markdown';

describe('renderLessonMarkdown', () => {
  it('renders Markdown headings, lists, emphasis, tables and links', () => {
    const html = renderLessonMarkdown(
      '# An toàn thông tin\n\n- Mật khẩu **mạnh**\n- Xác thực *hai lớp*\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n[Cổng dịch vụ công](https://dichvucong.gov.vn)',
    )!;
    expect(html).toContain('<h1>An toàn thông tin</h1>');
    expect(html).toContain('<li>Mật khẩu <strong>mạnh</strong></li>');
    expect(html).toContain('<em>hai lớp</em>');
    expect(html).toContain('<table>');
    expect(html).toContain('<a href="https://dichvucong.gov.vn" rel="noopener noreferrer nofollow" target="_blank">Cổng dịch vụ công</a>');
  });

  it('removes script and style elements with their content', () => {
    const html = renderLessonMarkdown('Xin chào<script>alert(1)</script><style>body{display:none}</style>')!;
    expect(html).not.toMatch(/script|alert|style|display/i);
    expect(html).toContain('Xin chào');
  });

  it('removes event handlers', () => {
    const html = renderLessonMarkdown('<img src="https://example.vn/a.png" onerror="alert(1)"> <a href="https://a.vn" onclick="x()">a</a>')!;
    expect(html).not.toMatch(/onerror|onclick|alert/i);
    expect(html).toContain('src="https://example.vn/a.png"');
  });

  it('removes javascript:, vbscript: and data: URLs, whatever their case or encoding', () => {
    for (const markdown of [
      '[bấm](javascript:alert(1))',
      '<a href="JaVaScRiPt:alert(1)">bấm</a>',
      '<a href="&#106;avascript:alert(1)">bấm</a>',
      '<a href="vbscript:msgbox(1)">bấm</a>',
      '![x](data:text/html;base64,PHNjcmlwdD4=)',
    ]) {
      const html = renderLessonMarkdown(markdown)!;
      expect(html).not.toMatch(/javascript|vbscript|data:/i);
    }
  });

  it('drops iframes, objects and forms', () => {
    const html = renderLessonMarkdown('<iframe src="https://evil.example"></iframe><object data="x"></object><form><input name="p"></form>ok')!;
    expect(html).not.toMatch(/iframe|object|form|evil/i);
    expect(html).toContain('ok');
  });

  it('keeps only the allow-list of inline CSS in raw HTML: no fixed overlay, no full-screen box, no portal class', () => {
    const html = renderLessonMarkdown(
      '<div class="hs-header" style="position: fixed; top: 0; left: 0; width: 100vw; height: 100vh; z-index: 99; color: #c00">Phiên đã hết hạn</div>\n\n' +
        '<img src="https://example.vn/a.png" width="20000" height="300" style="height: 9000px">\n\n<span style="font-weight: bold; text-align: center">đậm</span>',
    )!;
    expect(html).toContain('<div style="color:#c00">Phiên đã hết hạn</div>');
    expect(html).toContain('<img src="https://example.vn/a.png" height="300" />');
    expect(html).toContain('<span style="font-weight:bold;text-align:center">đậm</span>');
    expect(html).not.toMatch(/fixed|100v|z-index|hs-header|20000|9000/);
    expect(renderLessonMarkdown('```js\nlet a = 1;\n```')).toContain('<code class="language-js">');
  });

  it('keeps code blocks escaped', () => {
    expect(renderLessonMarkdown('```\n<script>x</script>\n```')).toContain('&lt;script&gt;x&lt;/script&gt;');
  });

  it('passes null through and normalises to NFC', () => {
    expect(renderLessonMarkdown(null)).toBeNull();
    expect(renderLessonMarkdown('Số'.normalize('NFD'))).toBe('<p>Số</p>');
  });
});
