import { describe, expect, it } from '@jest/globals';
import { type DiffModule, diffCourseContent } from './course-diff';
import { diffLines, diffSequences, movedIds } from './sequence-diff';

const text = (id: string, title: string, body: string) => ({ id, title, kind: 'TEXT', required: true, body, videoUrl: null, transcript: null, file: null });

const published: DiffModule[] = [
  { id: 'm1', title: 'Giới thiệu', lessons: [text('l1', 'Bài 1', 'Dòng một\nDòng hai'), text('l2', 'Bài 2', 'Nội dung')] },
  { id: 'm2', title: 'An toàn', lessons: [text('l3', 'Mật khẩu', 'Dùng mật khẩu mạnh')] },
];

describe('diffSequences and diffLines', () => {
  it('finds the added and removed lines', () => {
    expect(diffLines('a\nb\nc', 'a\nx\nc')).toEqual([
      { type: 'same', value: 'a' },
      { type: 'removed', value: 'b' },
      { type: 'added', value: 'x' },
      { type: 'same', value: 'c' },
    ]);
    expect(diffLines(null, 'new')).toEqual([{ type: 'added', value: 'new' }]);
    expect(diffLines('old', '')).toEqual([{ type: 'removed', value: 'old' }]);
  });

  it('treats CRLF like LF', () => {
    expect(diffLines('a\r\nb', 'a\nb').every((op) => op.type === 'same')).toBe(true);
  });

  it('keeps the longest common subsequence', () => {
    const ops = diffSequences(['a', 'b', 'c', 'd'], ['b', 'c', 'a', 'd']);
    expect(ops.filter((op) => op.type === 'same').map((op) => op.value)).toEqual(['b', 'c', 'd']);
  });

  it('reports only the ids that left the common order as moved', () => {
    expect([...movedIds(['a', 'b', 'c', 'd'], ['d', 'a', 'b', 'c'])]).toEqual(['d']);
    expect([...movedIds(['a', 'b'], ['a', 'b', 'x'])]).toEqual([]);
  });
});

describe('diffCourseContent', () => {
  it('reports no change for the same content', () => {
    const diff = diffCourseContent(published, published);
    expect(diff.hasChanges).toBe(false);
    expect(diff.firstVersion).toBe(false);
    expect(diff.modules.map((module) => module.status)).toEqual(['unchanged', 'unchanged']);
  });

  it('marks everything added for a course never published', () => {
    const diff = diffCourseContent(null, published);
    expect(diff.firstVersion).toBe(true);
    expect(diff.modules.every((module) => module.status === 'added')).toBe(true);
    expect(diff.summary).toEqual({ added: 5, removed: 0, changed: 0, moved: 0 });
    expect(diff.modules[0].lessons[0].bodyDiff).toEqual([
      { type: 'added', value: 'Dòng một' },
      { type: 'added', value: 'Dòng hai' },
    ]);
  });

  it('finds edited, added, removed and moved lessons and modules', () => {
    const draft: DiffModule[] = [
      { id: 'm2', title: 'An toàn thông tin', lessons: [text('l3', 'Mật khẩu', 'Dùng mật khẩu mạnh'), text('l2', 'Bài 2', 'Nội dung')] },
      { id: 'm1', title: 'Giới thiệu', lessons: [text('l1', 'Bài 1 (sửa)', 'Dòng một\nDòng ba'), text('l9', 'Bài mới', 'Mới')] },
      { id: 'm3', title: 'Chương mới', lessons: [] },
    ];
    const diff = diffCourseContent(published, draft);
    const [m2, m1, m3] = diff.modules;

    expect(m2).toMatchObject({ status: 'changed', previousTitle: 'An toàn', title: 'An toàn thông tin' });
    expect(m2.lessons.map((lesson) => [lesson.id, lesson.status, lesson.moved])).toEqual([
      ['l3', 'unchanged', false],
      ['l2', 'unchanged', true],
    ]);
    expect(m2.lessons[1].movedFromModule).toBe('Giới thiệu');

    expect(m1.status).toBe('changed');
    const l1 = m1.lessons[0];
    expect(l1).toMatchObject({ status: 'changed', previousTitle: 'Bài 1', changedFields: ['title', 'body'] });
    expect(l1.bodyDiff).toEqual([
      { type: 'same', value: 'Dòng một' },
      { type: 'removed', value: 'Dòng hai' },
      { type: 'added', value: 'Dòng ba' },
    ]);
    expect(m1.lessons[1]).toMatchObject({ id: 'l9', status: 'added' });
    expect(m3.status).toBe('added');
    // Two modules swapped: one of them counts as moved (either keeps the other's order).
    expect(diff.modules.filter((module) => module.moved)).toHaveLength(1);
    expect(diff.summary).toEqual({ added: 2, removed: 0, changed: 2, moved: 2 });
  });

  it('lists removed modules with their removed lessons, and removed lessons under their module', () => {
    const draft: DiffModule[] = [{ id: 'm1', title: 'Giới thiệu', lessons: [text('l1', 'Bài 1', 'Dòng một\nDòng hai')] }];
    const diff = diffCourseContent(published, draft);
    expect(diff.modules.map((module) => [module.id, module.status])).toEqual([
      ['m1', 'changed'],
      ['m2', 'removed'],
    ]);
    expect(diff.modules[0].lessons.map((lesson) => [lesson.id, lesson.status])).toEqual([
      ['l1', 'unchanged'],
      ['l2', 'removed'],
    ]);
    expect(diff.modules[1].lessons.map((lesson) => [lesson.id, lesson.status])).toEqual([['l3', 'removed']]);
    expect(diff.summary.removed).toBe(3);
  });

  it('notices a changed video, transcript, file and required flag', () => {
    const video = { id: 'v', title: 'Video', kind: 'VIDEO', required: true, body: null, videoUrl: 'https://a.example/1.mp4', transcript: 'Xin chào', file: null };
    const before: DiffModule[] = [{ id: 'm', title: 'M', lessons: [video, { ...video, id: 'f', kind: 'FILE', videoUrl: null, transcript: null, file: { id: 'f1', name: 'a.pdf' } }] }];
    const after: DiffModule[] = [
      {
        id: 'm',
        title: 'M',
        lessons: [
          { ...video, videoUrl: 'https://a.example/2.mp4', transcript: 'Xin chào các bạn', required: false },
          { ...video, id: 'f', kind: 'FILE', videoUrl: null, transcript: null, file: { id: 'f2', name: 'b.pdf' } },
        ],
      },
    ];
    const diff = diffCourseContent(before, after);
    expect(diff.modules[0].lessons[0].changedFields).toEqual(['required', 'videoUrl', 'transcript']);
    expect(diff.modules[0].lessons[0].previousVideoUrl).toBe('https://a.example/1.mp4');
    expect(diff.modules[0].lessons[1]).toMatchObject({ changedFields: ['file'], previousFileName: 'a.pdf', fileName: 'b.pdf' });
  });
});
