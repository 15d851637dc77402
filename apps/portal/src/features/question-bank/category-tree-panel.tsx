import type { QuestionCategoryFieldsFragment } from '@hocso/portal-data-access';
import { Tree } from '@hocso/portal-ui';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ancestorPaths, buildCategoryTree } from './category-tree-model';

export interface CategoryTreePanelProps {
  categories: readonly QuestionCategoryFieldsFragment[];
  selectedPath: string;
  onSelect: (path: string) => void;
}

export function CategoryTreePanel({ categories, selectedPath, onSelect }: CategoryTreePanelProps) {
  const { t } = useTranslation();
  const model = useMemo(
    () => buildCategoryTree(categories, (count) => t('questionBank.bank.categoryCount', { count }), t('questionBank.bank.topCategory')),
    [categories, t],
  );
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () => new Set(['top', ...categories.filter((category) => category.depth <= 1).map((category) => category.path), ...ancestorPaths(selectedPath, categories)]),
  );
  const getChildren = useCallback((id: string) => model.children.get(id) ?? [], [model]);
  const handleToggle = useCallback((id: string, expand: boolean) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (expand) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  if (model.roots.length === 0) return <p className="hs-muted">{t('questionBank.bank.noCategories')}</p>;
  return (
    <div data-testid="category-tree">
      <Tree
        label={t('questionBank.bank.categoriesLabel')}
        roots={model.roots}
        getChildren={getChildren}
        expandedIds={expanded}
        selectedId={selectedPath}
        onToggle={handleToggle}
        onSelect={onSelect}
        loadingLabel={t('common.loading')}
      />
    </div>
  );
}
