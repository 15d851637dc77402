import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { listVisibleNodes, resolveTreeKey, type ChildrenLookup, type TreeNodeData } from './tree-navigation';

export interface TreeProps {
  label: string;
  roots: readonly TreeNodeData[];
  getChildren: ChildrenLookup;
  expandedIds: ReadonlySet<string>;
  selectedId: string | null;
  onToggle: (id: string, expand: boolean) => void;
  onSelect: (id: string) => void;
  loadingLabel: string;
}

export function Tree({ label, roots, getChildren, expandedIds, selectedId, onToggle, onSelect, loadingLabel }: TreeProps) {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const itemRefs = useRef(new Map<string, HTMLLIElement>());
  const visible = useMemo(() => listVisibleNodes(roots, getChildren, expandedIds), [roots, getChildren, expandedIds]);
  const visibleIds = new Set(visible.map((entry) => entry.node.id));
  const tabStopId =
    (focusedId && visibleIds.has(focusedId) && focusedId) || (selectedId && visibleIds.has(selectedId) && selectedId) || visible[0]?.node.id || null;

  const moveFocus = (id: string) => {
    setFocusedId(id);
    itemRefs.current.get(id)?.focus();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (!tabStopId) return;
    const action = resolveTreeKey(event.key, tabStopId, visible);
    if (action.kind === 'none') return;
    event.preventDefault();
    event.stopPropagation();
    if (action.kind === 'focus') moveFocus(action.id);
    if (action.kind === 'expand') onToggle(action.id, true);
    if (action.kind === 'collapse') onToggle(action.id, false);
    if (action.kind === 'select') onSelect(action.id);
  };

  const renderNodes = (nodes: readonly TreeNodeData[], level: number) =>
    nodes.map((node, index) => {
      const expanded = node.hasChildren && expandedIds.has(node.id);
      const children = expanded ? getChildren(node.id) : undefined;
      return (
        <li
          key={node.id}
          ref={(element) => {
            if (element) itemRefs.current.set(node.id, element);
            else itemRefs.current.delete(node.id);
          }}
          role="treeitem"
          aria-level={level}
          aria-setsize={nodes.length}
          aria-posinset={index + 1}
          aria-expanded={node.hasChildren ? expanded : undefined}
          aria-selected={node.id === selectedId}
          tabIndex={node.id === tabStopId ? 0 : -1}
          className="hs-tree__item"
          onFocus={(event) => {
            if (event.target === event.currentTarget) setFocusedId(node.id);
          }}
        >
          <div
            className={['hs-tree__row', node.id === selectedId ? 'hs-tree__row--selected' : ''].filter(Boolean).join(' ')}
            style={{ paddingInlineStart: `${(level - 1) * 1.25}rem` }}
          >
            {node.hasChildren ? (
              <span
                className="hs-tree__toggle"
                aria-hidden="true"
                onClick={(event) => {
                  event.stopPropagation();
                  setFocusedId(node.id);
                  onToggle(node.id, !expanded);
                }}
              >
                {expanded ? '▾' : '▸'}
              </span>
            ) : (
              <span className="hs-tree__toggle hs-tree__toggle--leaf" aria-hidden="true" />
            )}
            <span
              className="hs-tree__label"
              onClick={() => {
                setFocusedId(node.id);
                onSelect(node.id);
              }}
            >
              {node.label}
              {node.detail && <span className="hs-tree__detail">{node.detail}</span>}
            </span>
          </div>
          {expanded && (
            <ul role="group" className="hs-tree__group">
              {children ? (
                renderNodes(children, level + 1)
              ) : (
                <li role="none" className="hs-tree__loading" style={{ paddingInlineStart: `${level * 1.25 + 2.5}rem` }}>
                  {loadingLabel}
                </li>
              )}
            </ul>
          )}
        </li>
      );
    });

  return (
    <ul role="tree" aria-label={label} className="hs-tree" onKeyDown={handleKeyDown}>
      {renderNodes(roots, 1)}
    </ul>
  );
}
