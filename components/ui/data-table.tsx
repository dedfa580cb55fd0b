import type { ReactNode } from "react";

export interface Column {
  key: string;
  label: string;
}

/**
 * The one table primitive every data-driven table renders through: a captioned <table> whose first
 * column is the row header (<th scope="row">), stacking into labelled cards on phones.
 */
export function DataTable({
  caption,
  columns,
  rows,
  footer,
}: {
  caption: ReactNode;
  columns: Column[];
  rows: Array<{ key: string; cells: Record<string, ReactNode> }>;
  footer?: ReactNode;
}) {
  const [head, ...rest] = columns;
  return (
    // Scrolls sideways rather than spill into the page's margin if a table is ever wider than the text column.
    <figure className="not-prose my-6 overflow-x-auto">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {head && <th scope="row">{row.cells[head.key]}</th>}
              {rest.map((c) => (
                <td key={c.key} data-label={c.label}>
                  {row.cells[c.key] ?? "—"}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {footer && <figcaption className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">{footer}</figcaption>}
    </figure>
  );
}

/** One column of a table of records: its header and how it draws a record's cell. */
export interface ColumnSpec<R> {
  key: string;
  label: string;
  cell: (row: R) => ReactNode;
}

/**
 * A DataTable of typed records. Each column says once, beside its header, how it draws a cell, so a table
 * never lists its keys twice (once for the header, once for the cells) and the two cannot drift apart.
 */
export function RecordTable<R>({
  caption,
  columns,
  rows,
  rowKey,
  footer,
}: {
  caption: ReactNode;
  columns: ReadonlyArray<ColumnSpec<R>>;
  rows: readonly R[];
  rowKey: (row: R) => string;
  footer?: ReactNode;
}) {
  return (
    <DataTable
      caption={caption}
      columns={columns.map(({ key, label }) => ({ key, label }))}
      rows={rows.map((r) => ({ key: rowKey(r), cells: Object.fromEntries(columns.map((c) => [c.key, c.cell(r)])) }))}
      footer={footer}
    />
  );
}
