import type { TreeNodeData } from '@hocso/portal-ui';

export interface CategoryLike {
  path: string;
  name: string;
  parentPath: string | null;
  questionCount: number;
}

export interface CategoryTreeModel {
  roots: TreeNodeData[];
  children: Map<string, TreeNodeData[]>;
  /** questions in a category and its subcategories */
  totals: Map<string, number>;
}

/** The bank's categories (in tree order) as Tree nodes keyed by path, each with its total question count. */
export function buildCategoryTree(categories: readonly CategoryLike[], describeCount: (count: number) => string, topLabel?: string): CategoryTreeModel {
  const byParent = new Map<string | null, CategoryLike[]>();
  const known = new Set(categories.map((category) => category.path));
  for (const category of categories) {
    const parent = category.parentPath && known.has(category.parentPath) ? category.parentPath : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), category]);
  }
  const totals = new Map<string, number>();
  const total = (category: CategoryLike): number => {
    const cached = totals.get(category.path);
    if (cached !== undefined) return cached;
    const sum = category.questionCount + (byParent.get(category.path) ?? []).reduce((acc, child) => acc + total(child), 0);
    totals.set(category.path, sum);
    return sum;
  };
  const toNode = (category: CategoryLike): TreeNodeData => ({
    id: category.path,
    label: category.path === 'top' && topLabel ? topLabel : category.name,
    detail: describeCount(total(category)),
    hasChildren: (byParent.get(category.path) ?? []).length > 0,
  });
  const children = new Map<string, TreeNodeData[]>();
  for (const [parent, list] of byParent) if (parent !== null) children.set(parent, list.map(toNode));
  return { roots: (byParent.get(null) ?? []).map(toNode), children, totals };
}

/** The paths that lead to a category, to expand them. */
export function ancestorPaths(path: string, categories: readonly CategoryLike[]): string[] {
  const byPath = new Map(categories.map((category) => [category.path, category]));
  const result: string[] = [];
  let current = byPath.get(path)?.parentPath ?? null;
  while (current && !result.includes(current)) {
    result.unshift(current);
    current = byPath.get(current)?.parentPath ?? null;
  }
  return result;
}
