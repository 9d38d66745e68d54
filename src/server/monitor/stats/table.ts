// Looking up columns of a parsed CSV file and reading their cells as numbers, with messages that name
// the line and the column so that whoever made the file can find the cell.
import type { CsvTable } from './csv-parse.js';
import { StatsInputError } from './errors.js';

/** R writes a missing value as NA; spreadsheets leave the cell empty. */
export function isMissing(raw: string): boolean {
  const s = raw.trim();
  return s === '' || s === 'NA';
}

export function getColumn(table: CsvTable, name: string): string[] {
  const index = table.header.indexOf(name);
  if (index < 0) {
    throw new StatsInputError(
      'column_missing',
      `Kolom '${name}' ontbreekt in het bestand. Aanwezige kolommen: ${table.header.join(', ')}.`,
    );
  }
  return table.columns[index];
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A plain decimal number; hexadecimal, 'Infinity' and the like are refused. */
export function parseDecimal(raw: string): number | undefined {
  const s = raw.trim();
  return DECIMAL.test(s) ? Number(s) : undefined;
}

/** The column as numbers; a missing cell becomes NaN, any other text that is not a number is an error. */
export function getNumberColumn(table: CsvTable, name: string): Float64Array {
  const column = getColumn(table, name);
  const out = new Float64Array(column.length);
  for (let r = 0; r < column.length; r++) {
    const raw = column[r];
    if (isMissing(raw)) {
      out[r] = NaN;
      continue;
    }
    const x = parseDecimal(raw);
    if (x === undefined) {
      const hint = /^\s*[+-]?\d+,\d+\s*$/.test(raw) ? ' Gebruik een punt als decimaalteken.' : '';
      throw new StatsInputError(
        'value_invalid',
        `Regel ${table.lines[r]}, kolom '${name}': '${raw}' is geen getal.${hint}`,
      );
    }
    out[r] = x;
  }
  return out;
}
