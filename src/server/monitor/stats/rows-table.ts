// Rows read from the database, presented as the table the analyses read from a file, so that the
// monitor's pages and the command-line tool run the very same statistics (no second copy).
import type { CsvTable } from './csv-parse.js';

export type RowsColumn = string[] | Float64Array;

/** Columns of equal length; a Float64Array column holds numbers (NaN = missing). */
export function rowsTable(columns: Record<string, RowsColumn>): CsvTable {
  const header = Object.keys(columns);
  const data = header.map((h) => columns[h]);
  const rowCount = data[0]?.length ?? 0;
  const text = (c: number, r: number) => {
    const v = data[c][r];
    return typeof v === 'number' ? (Number.isNaN(v) ? '' : String(v)) : v;
  };
  const cache = new Map<number, string[]>();
  return {
    header,
    rowCount,
    // "Line" r + 2: as if row r were record r of a file with a header line.
    lines: Int32Array.from({ length: rowCount }, (_, r) => r + 2),
    column(c) {
      let out = cache.get(c);
      if (!out) {
        const col = data[c];
        out = Array.isArray(col) ? col : Array.from(col, (v) => (Number.isNaN(v) ? '' : String(v)));
        cache.set(c, out);
      }
      return out;
    },
    cell: text,
    cellEquals: (c, r, value) => text(c, r) === value,
    numberAt(c, r) {
      const v = data[c][r];
      if (typeof v === 'number') return v;
      if (v.trim() === '' || v.trim() === 'NA') return NaN;
      const x = Number(v);
      return Number.isFinite(x) ? x : undefined;
    },
  };
}
