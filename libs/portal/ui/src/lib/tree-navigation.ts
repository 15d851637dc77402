export interface TreeNodeData {
  id: string;
  label: string;
  detail?: string;
  hasChildren: boolean;
}

export interface VisibleTreeNode {
  node: TreeNodeData;
  level: number;
  parentId: string | null;
  expanded: boolean;
}

export type ChildrenLookup = (id: string) => readonly TreeNodeData[] | undefined;

export function listVisibleNodes(roots: readonly TreeNodeData[], getChildren: ChildrenLookup, expandedIds: ReadonlySet<string>): VisibleTreeNode[] {
  const visible: VisibleTreeNode[] = [];
  const walk = (nodes: readonly TreeNodeData[], level: number, parentId: string | null) => {
    for (const node of nodes) {
      const expanded = node.hasChildren && expandedIds.has(node.id);
      visible.push({ node, level, parentId, expanded });
      const children = expanded ? getChildren(node.id) : undefined;
      if (children) walk(children, level + 1, node.id);
    }
  };
  walk(roots, 1, null);
  return visible;
}

export type TreeKeyAction =
  | { kind: 'focus'; id: string }
  | { kind: 'expand'; id: string }
  | { kind: 'collapse'; id: string }
  | { kind: 'select'; id: string }
  | { kind: 'none' };

export function resolveTreeKey(key: string, focusedId: string, visible: readonly VisibleTreeNode[]): TreeKeyAction {
  const index = visible.findIndex((entry) => entry.node.id === focusedId);
  if (index < 0) return visible[0] ? { kind: 'focus', id: visible[0].node.id } : { kind: 'none' };
  const current = visible[index];
  switch (key) {
    case 'ArrowDown':
      return index + 1 < visible.length ? { kind: 'focus', id: visible[index + 1].node.id } : { kind: 'none' };
    case 'ArrowUp':
      return index > 0 ? { kind: 'focus', id: visible[index - 1].node.id } : { kind: 'none' };
    case 'Home':
      return { kind: 'focus', id: visible[0].node.id };
    case 'End':
      return { kind: 'focus', id: visible[visible.length - 1].node.id };
    case 'ArrowRight': {
      if (!current.node.hasChildren) return { kind: 'none' };
      if (!current.expanded) return { kind: 'expand', id: current.node.id };
      const next = visible[index + 1];
      return next && next.parentId === current.node.id ? { kind: 'focus', id: next.node.id } : { kind: 'none' };
    }
    case 'ArrowLeft':
      if (current.expanded) return { kind: 'collapse', id: current.node.id };
      return current.parentId ? { kind: 'focus', id: current.parentId } : { kind: 'none' };
    case 'Enter':
    case ' ':
      return { kind: 'select', id: current.node.id };
    default:
      return { kind: 'none' };
  }
}
