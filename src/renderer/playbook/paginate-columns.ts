/**
 * A table too wide for the page, split between its columns: each part keeps the key column (the
 * first: the stage, the month, the name) and as many of the other columns as fit the page's width,
 * in order, so every figure is printed and each can still be read against its row. Cells that
 * span columns (a group header over "per seller") are cut to the part's columns; a cell that
 * spans rows stays in its first row. The parts are new (detached) tables made from the source's
 * own cells, marked `data-pb-columns="k/n"`; the first keeps the source's `id`.
 */

/** Where each cell of a table sits: its first column and how many columns it covers. */
interface CellPlace {
  cell: HTMLTableCellElement;
  start: number;
  span: number;
}

/** The rows of a table's head, bodies and foot, each with its cells' places, in a grid. */
function gridOf(table: HTMLTableElement): { rows: Map<HTMLTableRowElement, CellPlace[]>; columns: number } {
  const rows = new Map<HTMLTableRowElement, CellPlace[]>();
  let columns = 0;
  for (const section of Array.from(table.children)) {
    if (!['THEAD', 'TBODY', 'TFOOT'].includes(section.tagName)) continue;
    // Columns taken in later rows by cells that span rows: row offset → set of columns.
    const taken: Set<number>[] = [];
    Array.from(section.children).forEach((row, r) => {
      if (row.tagName !== 'TR') return;
      const places: CellPlace[] = [];
      let column = 0;
      for (const cell of Array.from((row as HTMLTableRowElement).cells)) {
        while (taken[r]?.has(column)) column += 1;
        const span = Math.max(1, cell.colSpan || 1);
        places.push({ cell, start: column, span });
        for (let down = 1; down < Math.max(1, cell.rowSpan || 1); down += 1) {
          const set = (taken[r + down] ??= new Set());
          for (let c = column; c < column + span; c += 1) set.add(c);
        }
        column += span;
      }
      columns = Math.max(columns, column, ...Array.from(taken[r] ?? [], (c) => c + 1));
      rows.set(row as HTMLTableRowElement, places);
    });
  }
  return { rows, columns };
}

/** A part of `table` with the key column and the columns `from` (inclusive) to `to` (exclusive). */
function partOf(table: HTMLTableElement, grid: ReturnType<typeof gridOf>, from: number, to: number): HTMLTableElement {
  const kept = (column: number) => column === 0 || (column >= from && column < to);
  const part = table.cloneNode(false) as HTMLTableElement;
  for (const child of Array.from(table.children)) {
    if (child.tagName === 'CAPTION') {
      part.append(child.cloneNode(true));
      continue;
    }
    if (child.tagName === 'COLGROUP') continue;
    const section = child.cloneNode(false) as Element;
    for (const row of Array.from(child.children)) {
      const places = grid.rows.get(row as HTMLTableRowElement);
      if (!places) continue;
      const copy = row.cloneNode(false) as HTMLTableRowElement;
      for (const { cell, start, span } of places) {
        let count = 0;
        for (let c = start; c < start + span; c += 1) if (kept(c)) count += 1;
        if (count === 0) continue;
        const clone = cell.cloneNode(true) as HTMLTableCellElement;
        if (span > 1) clone.colSpan = count;
        copy.append(clone);
      }
      section.append(copy);
    }
    part.append(section);
  }
  return part;
}

/**
 * Splits `table` into parts that each pass `fits` (measured by the caller on the page), greedily:
 * each part takes as many columns as fit after the key column. A single column that does not fit
 * on its own still makes a part (the overflow guard reports it). A table that fits is one part.
 *
 * @example
 * const parts = splitTableColumns(table, (part) => measure(part) <= pageWidth);
 * // [<table data-pb-columns="1/2">…</table>, <table data-pb-columns="2/2">…</table>]
 */
export function splitTableColumns(table: HTMLTableElement, fits: (part: HTMLTableElement) => boolean): HTMLTableElement[] {
  const grid = gridOf(table);
  if (grid.columns <= 2) return [table];
  const ranges: [number, number][] = [];
  let from = 1;
  while (from < grid.columns) {
    let to = from + 1;
    while (to < grid.columns && fits(partOf(table, grid, from, to + 1))) to += 1;
    ranges.push([from, to]);
    from = to;
  }
  if (ranges.length === 1) return [table];
  return ranges.map(([start, end], index) => {
    const part = partOf(table, grid, start, end);
    part.setAttribute('data-pb-columns', `${index + 1}/${ranges.length}`);
    if (index > 0) part.removeAttribute('id');
    return part;
  });
}
