// A CSV reader after RFC 4180: fields separated by one delimiter, records by CRLF, LF or CR; a field
// in double quotes may hold delimiters, line breaks and doubled quotes (""). It is strict on purpose:
// a stray quote or a short row is reported with its line number instead of being guessed at, because
// the monitor's numbers must not rest on a silently misread file.
import { StatsInputError } from './errors.js';

/** A parsed file, column by column: the analyses read whole columns, never whole rows. */
export interface CsvTable {
  header: string[];
  /** columns[c][r]: the raw text of record r in column c. */
  columns: string[][];
  rowCount: number;
  /** lines[r]: the 1-based line on which record r starts, for error messages. */
  lines: number[];
}

export interface CsvOptions {
  delimiter?: string;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Spreadsheets set to Dutch write ';' between fields (the comma is the decimal sign there). */
export function detectDelimiter(text: string): ',' | ';' {
  const end = text.search(/[\r\n]/);
  const first = end < 0 ? text : text.slice(0, end);
  return first.includes(';') && !first.includes(',') ? ';' : ',';
}

export function parseCsv(text: string, options: CsvOptions = {}): CsvTable {
  const delimiter = options.delimiter ?? ',';
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new Error(`Ongeldig scheidingsteken: ${JSON.stringify(delimiter)}`);
  }
  const sep = delimiter.charCodeAt(0);
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark is not part of the first name
  let line = 1;

  const fail = (at: number, message: string): never => {
    throw new StatsInputError('csv_malformed', `Regel ${at}: ${message}`);
  };

  /** Reads one record starting at i; leaves i after its line break. */
  const readRecord = (fields: string[]): boolean => {
    fields.length = 0;
    let isQuotedSeen = false;
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        isQuotedSeen = true;
        const openedAt = line;
        let parts = '';
        let start = ++i;
        for (;;) {
          if (i >= n) fail(openedAt, 'een aanhalingsteken wordt geopend maar nergens gesloten.');
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            if (text.charCodeAt(i + 1) === QUOTE) {
              parts += text.slice(start, i + 1);
              i += 2;
              start = i;
              continue;
            }
            break;
          }
          if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++;
          i++;
        }
        value = parts + text.slice(start, i);
        i++; // the closing quote
        const next = text.charCodeAt(i);
        if (i < n && next !== sep && next !== LF && next !== CR) {
          fail(line, `na een sluitend aanhalingsteken hoort '${delimiter}' of een regeleinde, niet '${text[i]}'.`);
        }
      } else {
        const start = i;
        let c = text.charCodeAt(i);
        while (i < n && c !== sep && c !== LF && c !== CR) {
          if (c === QUOTE) {
            fail(line, 'aanhalingsteken midden in een veld; zet het hele veld tussen aanhalingstekens en schrijf een aanhalingsteken erin dubbel ("").');
          }
          c = text.charCodeAt(++i);
        }
        value = text.slice(start, i);
      }
      fields.push(value);
      if (i < n && text.charCodeAt(i) === sep) {
        i++;
        continue;
      }
      if (text.charCodeAt(i) === CR) i++;
      if (text.charCodeAt(i) === LF) i++;
      line++;
      return isQuotedSeen || fields.length > 1 || fields[0] !== '';
    }
  };

  const fields: string[] = [];
  let header: string[] | undefined;
  let headerLine = 0;
  while (i < n && !header) {
    headerLine = line;
    if (readRecord(fields)) header = fields.slice();
  }
  if (!header) throw new StatsInputError('csv_malformed', 'Het CSV-bestand is leeg: er staat geen kopregel in.');
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) fail(headerLine, `kolomnaam '${name}' komt meer dan eens voor in de kopregel.`);
    seen.add(name);
  }

  const columns: string[][] = header.map(() => []);
  const lines: number[] = [];
  while (i < n) {
    const startLine = line;
    // Blank lines carry no record, as in R's read.csv (blank.lines.skip).
    if (!readRecord(fields)) continue;
    if (fields.length !== header.length) {
      fail(startLine, `${fields.length} ${fields.length === 1 ? 'veld' : 'velden'}, maar de kopregel heeft er ${header.length}.`);
    }
    for (let c = 0; c < fields.length; c++) columns[c].push(fields[c]);
    lines.push(startLine);
  }
  return { header, columns, rowCount: lines.length, lines };
}
