import { describe, expect, it } from '@jest/globals';
import { ancestorPaths, buildCategoryTree } from './category-tree-model';

const categories = [
  { path: 'top', name: 'top', parentPath: null, questionCount: 1 },
  { path: 'top/Kỹ năng số', name: 'Kỹ năng số', parentPath: 'top', questionCount: 2 },
  { path: 'top/Kỹ năng số/An toàn thông tin', name: 'An toàn thông tin', parentPath: 'top/Kỹ năng số', questionCount: 3 },
  { path: 'top/Chuyển đổi số', name: 'Chuyển đổi số', parentPath: 'top', questionCount: 0 },
];

describe('buildCategoryTree', () => {
  it('nests categories and counts the questions of subcategories too', () => {
    const model = buildCategoryTree(categories, (count) => `(${count})`, 'Tất cả');
    expect(model.roots).toEqual([{ id: 'top', label: 'Tất cả', detail: '(6)', hasChildren: true }]);
    expect(model.children.get('top')?.map((node) => [node.label, node.detail, node.hasChildren])).toEqual([
      ['Kỹ năng số', '(5)', true],
      ['Chuyển đổi số', '(0)', false],
    ]);
    expect(model.totals.get('top/Kỹ năng số/An toàn thông tin')).toBe(3);
  });

  it('finds the ancestors to expand', () => {
    expect(ancestorPaths('top/Kỹ năng số/An toàn thông tin', categories)).toEqual(['top', 'top/Kỹ năng số']);
    expect(ancestorPaths('top', categories)).toEqual([]);
  });
});
