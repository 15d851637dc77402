import { contentFromDraft, draftFromContent, linkAttachments, unlinkAttachments } from './question-content';
import { newQuestionDraft } from './question-draft';

describe('question content', () => {
  const files = [{ fileId: '11111111-1111-4111-8111-111111111111', name: 'cờ vn.png', mimeType: 'image/png' }];

  it('links @@PLUGINFILE@@ references to the question’s own files, encoded or not, and leaves others alone', () => {
    const linked = linkAttachments(
      { a: '<img src="@@PLUGINFILE@@/c%E1%BB%9D%20vn.png">', b: ['<a href="@@PLUGINFILE@@/other.pdf">x</a>'], n: 1 },
      files,
    );
    expect(linked).toEqual({
      a: '<img src="/files/questions/11111111-1111-4111-8111-111111111111/c%E1%BB%9D%20vn.png">',
      b: ['<a href="@@PLUGINFILE@@/other.pdf">x</a>'],
      n: 1,
    });
    expect(unlinkAttachments(linked, files)).toEqual({
      a: '<img src="@@PLUGINFILE@@/c%E1%BB%9D%20vn.png">',
      b: ['<a href="@@PLUGINFILE@@/other.pdf">x</a>'],
      n: 1,
    });
    expect(unlinkAttachments('/files/questions/22222222-2222-4222-8222-222222222222/x.png', files)).toBe(
      '/files/questions/22222222-2222-4222-8222-222222222222/x.png',
    );
  });

  it('turns a draft into version content and back, options gaining ids', () => {
    const draft = newQuestionDraft('SINGLE_CHOICE', 'Chọn <img src="@@PLUGINFILE@@/c%E1%BB%9D%20vn.png">', 'html', 7);
    Object.assign(draft, {
      category: 'top/A',
      tags: ['t'],
      idNumber: 'q-1',
      options: [
        { text: 'Đúng', fraction: 1 },
        { text: 'Sai', fraction: 0, feedback: 'Không' },
      ],
    });
    let next = 0;
    const content = contentFromDraft(draft, () => `id-${++next}`, files);
    expect(content.options.map((option) => option.id)).toEqual(['id-1', 'id-2']);
    expect(content).not.toHaveProperty('category');
    expect(content.prompt).toContain('/files/questions/');
    const back = draftFromContent(unlinkAttachments(content, files), { category: 'top/A', tags: ['t'], idNumber: 'q-1' });
    expect({ ...back, line: 7 }).toEqual(draft);
  });
});
