// Writes tables as RFC 4180 CSV that parseCsv reads back unchanged, and numbers at full precision.

export type Cell = string | number;

/** Shortest text that reads back as the same double; R's spellings for the values that are not numbers. */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'NA';
  if (x === Infinity) return 'Inf';
  if (x === -Infinity) return '-Inf';
  return String(x);
}

function quoteIfNeeded(field: string, delimiter: string): string {
  const isPlain = !field.includes('"') && !field.includes(delimiter) && !field.includes('\n') && !field.includes('\r');
  return isPlain ? field : `"${field.replaceAll('"', '""')}"`;
}

function formatRecord(fields: Cell[], delimiter: string): string {
  // A record of one empty field would read as a blank line, which readers skip.
  if (fields.length === 1 && fields[0] === '') return '""';
  return fields.map((f) => (typeof f === 'number' ? formatNumber(f) : quoteIfNeeded(f, delimiter))).join(delimiter);
}

/** One line per record, each ended by '\n'. */
export function formatCsv(header: string[], records: Cell[][], delimiter = ','): string {
  let out = formatRecord(header, delimiter) + '\n';
  for (const record of records) out += formatRecord(record, delimiter) + '\n';
  return out;
}

/** Rows as objects, in the order of `columns`. */
export function formatCsvObjects<T extends { [K in keyof T]: Cell }>(columns: readonly (keyof T & string)[], rows: T[]): string {
  return formatCsv([...columns], rows.map((row) => columns.map((c) => row[c])));
}
