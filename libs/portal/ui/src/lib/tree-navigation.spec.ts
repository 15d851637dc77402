import { describe, expect, it } from '@jest/globals';
import { listVisibleNodes, resolveTreeKey, type TreeNodeData } from './tree-navigation';

const province: TreeNodeData = { id: 'p', label: 'Bến Tre', hasChildren: true };
const district: TreeNodeData = { id: 'd', label: 'Châu Thành', hasChildren: true };
const commune: TreeNodeData = { id: 'c', label: 'Phú Túc', hasChildren: false };
const department: TreeNodeData = { id: 's', label: 'Sở TT&TT', hasChildren: false };
const children = new Map<string, TreeNodeData[]>([
  ['p', [district, department]],
  ['d', [commune]],
]);
const getChildren = (id: string) => children.get(id);

describe('tree keyboard navigation', () => {
  const visible = listVisibleNodes([province], getChildren, new Set(['p', 'd']));

  it('lists expanded branches in document order with levels', () => {
    expect(visible.map((entry) => [entry.node.id, entry.level])).toEqual([
      ['p', 1],
      ['d', 2],
      ['c', 3],
      ['s', 2],
    ]);
  });

  it('moves with arrows, Home and End', () => {
    expect(resolveTreeKey('ArrowDown', 'c', visible)).toEqual({ kind: 'focus', id: 's' });
    expect(resolveTreeKey('ArrowUp', 'd', visible)).toEqual({ kind: 'focus', id: 'p' });
    expect(resolveTreeKey('Home', 's', visible)).toEqual({ kind: 'focus', id: 'p' });
    expect(resolveTreeKey('End', 'p', visible)).toEqual({ kind: 'focus', id: 's' });
    expect(resolveTreeKey('ArrowDown', 's', visible)).toEqual({ kind: 'none' });
  });

  it('expands, enters, collapses and climbs with right and left', () => {
    const collapsed = listVisibleNodes([province], getChildren, new Set());
    expect(resolveTreeKey('ArrowRight', 'p', collapsed)).toEqual({ kind: 'expand', id: 'p' });
    expect(resolveTreeKey('ArrowRight', 'p', visible)).toEqual({ kind: 'focus', id: 'd' });
    expect(resolveTreeKey('ArrowLeft', 'd', visible)).toEqual({ kind: 'collapse', id: 'd' });
    expect(resolveTreeKey('ArrowLeft', 'c', visible)).toEqual({ kind: 'focus', id: 'd' });
    expect(resolveTreeKey('ArrowRight', 'c', visible)).toEqual({ kind: 'none' });
  });

  it('selects with Enter and Space', () => {
    expect(resolveTreeKey('Enter', 'c', visible)).toEqual({ kind: 'select', id: 'c' });
    expect(resolveTreeKey(' ', 'd', visible)).toEqual({ kind: 'select', id: 'd' });
  });
});
