// Looking up columns of a parsed CSV file and reading their cells as numbers, with messages that name
// the line and the column so that whoever made the file can find the cell.
import type { CsvTable } from './csv-parse.js';
import { isMissingRange } from './decimal.js';
import { StatsInputError } from './errors.js';

/** R writes a missing value as NA; spreadsheets leave the cell empty. */
export function isMissing(raw: string): boolean {
  return isMissingRange(raw, 0, raw.length);
}

export function getColumnIndex(table: CsvTable, name: string): number {
  const index = table.header.indexOf(name);
  if (index < 0) {
    throw new StatsInputError(
      'column_missing',
      `Kolom '${name}' ontbreekt in het bestand. Aanwezige kolommen: ${table.header.join(', ')}.`,
    );
  }
  return index;
}

export function getColumn(table: CsvTable, name: string): string[] {
  return table.column(getColumnIndex(table, name));
}

/** Where a cell is, for messages: "Regel 12, kolom 'lvs'". */
export function cellLabel(table: CsvTable, name: string, r: number): string {
  return `Regel ${table.lines[r]}, kolom '${name}'`;
}

/** The column as numbers; a missing cell becomes NaN, any other text that is not a number is an error. */
export function getNumberColumn(table: CsvTable, name: string): Float64Array {
  const c = getColumnIndex(table, name);
  const out = new Float64Array(table.rowCount);
  for (let r = 0; r < out.length; r++) {
    const x = table.numberAt(c, r);
    if (x === undefined) {
      const raw = table.column(c)[r];
      const hint = /^\s*[+-]?\d+,\d+\s*$/.test(raw) ? ' Gebruik een punt als decimaalteken.' : '';
      throw new StatsInputError('value_invalid', `${cellLabel(table, name, r)}: '${raw}' is geen getal.${hint}`);
    }
    out[r] = x;
  }
  return out;
}
