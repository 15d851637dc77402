import type { ReactNode } from 'react';

export interface TableColumn<Row> {
  key: string;
  header: ReactNode;
  render: (row: Row) => ReactNode;
  numeric?: boolean;
  /** short values (codes, field names) that read wrong when broken over lines */
  nowrap?: boolean;
}

export interface TableProps<Row> {
  caption: ReactNode;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowTestId?: string;
  emptyMessage?: ReactNode;
}

export function Table<Row>({ caption, columns, rows, rowKey, rowTestId, emptyMessage }: TableProps<Row>) {
  return (
    <div className="hs-table-wrap">
      <table className="hs-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={cellClassOf(column)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && emptyMessage ? (
            <tr>
              <td colSpan={columns.length} className="hs-table__empty">
                {emptyMessage}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} data-testid={rowTestId}>
                {columns.map((column) => (
                  <td key={column.key} data-label={typeof column.header === 'string' ? column.header : undefined} className={cellClassOf(column)}>
                    {column.render(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

function cellClassOf(column: { numeric?: boolean; nowrap?: boolean }): string | undefined {
  const classes = [column.numeric ? 'hs-table__numeric' : '', column.nowrap ? 'hs-table__nowrap' : ''].filter(Boolean);
  return classes.length > 0 ? classes.join(' ') : undefined;
}
