/** How a column's cells line up. */
export type ColumnAlign = 'left' | 'right';

/** One column of a Markdown table: its header and how its cells line up. */
export interface Column {
  /** The header text. */
  readonly header: string;
  /** How the cells line up. Default: `left`. */
  readonly align?: ColumnAlign;
}

/**
 * A GitHub-flavoured Markdown table with padded, aligned columns (at least 3 wide), as Biome's
 * Markdown formatter writes it, so that generated files pass `biome ci` unchanged. `|` in a cell is
 * escaped and line breaks become spaces.
 */
export function markdownTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string[] {
  const clean = (cell: string | undefined): string =>
    (cell ?? '').replaceAll('|', '\\|').replace(/\s*\n\s*/gu, ' ');
  const headers = columns.map((column) => clean(column.header));
  const body = rows.map((cells) => columns.map((_, i) => clean(cells[i])));
  const widths = columns.map((_, i) =>
    Math.max(3, ...[headers, ...body].map((cells) => width(cells[i] ?? ''))),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, i) => pad(cell, widths[i] ?? 3, columns[i]?.align ?? 'left')).join(' | ')} |`;
  const rule = columns.map((column, i) => {
    const w = widths[i] ?? 3;
    return column.align === 'right' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w);
  });
  return [line(headers), `| ${rule.join(' | ')} |`, ...body.map(line)];
}

function width(text: string): number {
  return [...text].length;
}

function pad(text: string, to: number, align: ColumnAlign): string {
  const fill = ' '.repeat(Math.max(0, to - width(text)));
  return align === 'right' ? `${fill}${text}` : `${text}${fill}`;
}
