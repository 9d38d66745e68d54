// A CSV reader after RFC 4180: fields separated by one delimiter, records by CRLF, LF or CR; a field
// in double quotes may hold delimiters, line breaks and doubled quotes (""). It is strict on purpose:
// a stray quote or a short row is reported with its line number instead of being guessed at, because
// the monitor's numbers must not rest on a silently misread file.
// The parse keeps only where each field lies in the text; a column becomes strings when it is asked
// for, and numbers are read from the text directly — files of a million rows stay fast and small.
import { parseDecimalRange } from './decimal.js';
import { StatsInputError } from './errors.js';

export interface CsvTable {
  header: string[];
  rowCount: number;
  /** lines[r]: the 1-based line on which record r starts, for error messages. */
  lines: Int32Array;
  /** The raw text of column c, one string per record (built on first use, then kept). */
  column(c: number): string[];
  /** The raw text of one cell, without building its column. */
  cell(c: number, r: number): string;
  /** Whether cell (c, r) holds exactly `value`, without making a string of the cell. */
  cellEquals(c: number, r: number, value: string): boolean;
  /** Cell (c, r) as a number: NaN when missing (empty or NA), undefined when it is not a number. */
  numberAt(c: number, r: number): number | undefined;
}

export interface CsvOptions {
  delimiter?: string;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** Past this many different values a column is taken for identifiers and no longer shares strings. */
const MAX_SHARED_VALUES = 64;

/** Spreadsheets set to Dutch write ';' between fields (the comma is the decimal sign there). */
export function detectDelimiter(text: string): ',' | ';' {
  const end = text.search(/[\r\n]/);
  const first = end < 0 ? text : text.slice(0, end);
  return first.includes(';') && !first.includes(',') ? ';' : ',';
}

/** Field boundaries, row-major; a negative start marks a quoted field holding doubled quotes. */
class FieldIndex {
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(start: number, end: number): void {
    if (this.length === this.starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.starts[this.length] = start;
    this.ends[this.length++] = end;
  }
}

/** The text of field f, with doubled quotes undone where the parse marked them. */
function fieldText(text: string, fields: FieldIndex, f: number): string {
  const start = fields.starts[f];
  return start < 0 ? text.slice(-start - 1, fields.ends[f]).replaceAll('""', '"') : text.slice(start, fields.ends[f]);
}

class ParsedCsv implements CsvTable {
  private readonly columnCache = new Map<number, string[]>();

  constructor(
    private readonly text: string,
    readonly header: string[],
    private readonly fields: FieldIndex,
    readonly lines: Int32Array,
  ) {}

  get rowCount(): number {
    return this.lines.length;
  }

  column(c: number): string[] {
    const cached = this.columnCache.get(c);
    if (cached) return cached;
    const width = this.header.length;
    const { starts, ends } = this.fields;
    const out = new Array<string>(this.rowCount);
    // Categorical columns repeat a few values a million times: share one string per value.
    let shared: string[] | undefined = [];
    for (let r = 0; r < out.length; r++) {
      const f = r * width + c;
      const start = starts[f];
      const length = ends[f] - start;
      let value: string | undefined;
      if (shared && start >= 0) {
        for (const v of shared) {
          if (v.length === length && this.text.startsWith(v, start)) {
            value = v;
            break;
          }
        }
      }
      if (value === undefined) {
        value = fieldText(this.text, this.fields, f);
        if (shared) shared = shared.length < MAX_SHARED_VALUES ? [...shared, value] : undefined;
      }
      out[r] = value;
    }
    this.columnCache.set(c, out);
    return out;
  }

  cell(c: number, r: number): string {
    return fieldText(this.text, this.fields, r * this.header.length + c);
  }

  cellEquals(c: number, r: number, value: string): boolean {
    const f = r * this.header.length + c;
    const start = this.fields.starts[f];
    if (start < 0) return fieldText(this.text, this.fields, f) === value;
    return this.fields.ends[f] - start === value.length && this.text.startsWith(value, start);
  }

  numberAt(c: number, r: number): number | undefined {
    const f = r * this.header.length + c;
    const start = this.fields.starts[f];
    if (start < 0) {
      const raw = fieldText(this.text, this.fields, f);
      return parseDecimalRange(raw, 0, raw.length);
    }
    return parseDecimalRange(this.text, start, this.fields.ends[f]);
  }

}

export function parseCsv(text: string, options: CsvOptions = {}): CsvTable {
  const delimiter = options.delimiter ?? ',';
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new Error(`Ongeldig scheidingsteken: ${JSON.stringify(delimiter)}`);
  }
  const sep = delimiter.charCodeAt(0);
  const n = text.length;
  const fail = (at: number, message: string): never => {
    throw new StatsInputError('csv_malformed', `Regel ${at}: ${message}`);
  };

  // One flat loop with local state: a closure over the cursor would make every character a context access.
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark is not part of the first name
  let line = 1;
  // About one field per four characters in typical data files; the index grows if there are more.
  const fields = new FieldIndex(Math.max(1024, text.length >> 2));
  let header: string[] | undefined;
  let lines = new Int32Array(1024);
  let rowCount = 0;
  while (i < n) {
    const recordLine = line;
    const recordStart = fields.length;
    let isQuotedSeen = false;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        isQuotedSeen = true;
        const openedAt = line;
        const start = i + 1;
        let from = start;
        let hasDoubledQuote = false;
        let close: number;
        for (;;) {
          close = text.indexOf('"', from);
          if (close < 0) fail(openedAt, 'een aanhalingsteken wordt geopend maar nergens gesloten.');
          for (let k = from; k < close; k++) {
            const c = text.charCodeAt(k);
            if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) line++;
          }
          if (text.charCodeAt(close + 1) !== QUOTE) break;
          hasDoubledQuote = true;
          from = close + 2;
        }
        fields.push(hasDoubledQuote ? -start - 1 : start, close);
        i = close + 1;
        const next = text.charCodeAt(i);
        if (i < n && next !== sep && next !== LF && next !== CR) {
          fail(line, `na een sluitend aanhalingsteken hoort '${delimiter}' of een regeleinde, niet '${text[i]}'.`);
        }
      } else {
        let j = i;
        let c = text.charCodeAt(j);
        while (j < n && c !== sep && c !== LF && c !== CR && c !== QUOTE) c = text.charCodeAt(++j);
        if (c === QUOTE) {
          fail(line, 'aanhalingsteken midden in een veld; zet het hele veld tussen aanhalingstekens en schrijf een aanhalingsteken erin dubbel ("").');
        }
        fields.push(i, j);
        i = j;
      }
      if (i < n && text.charCodeAt(i) === sep) {
        i++;
        continue;
      }
      if (text.charCodeAt(i) === CR) i++;
      if (text.charCodeAt(i) === LF) i++;
      line++;
      break;
    }
    const count = fields.length - recordStart;
    // Blank lines carry no record, as in R's read.csv (blank.lines.skip).
    if (!isQuotedSeen && count === 1 && fields.ends[recordStart] === fields.starts[recordStart]) {
      fields.length = recordStart;
      continue;
    }
    if (!header) {
      header = Array.from({ length: count }, (_, c) => fieldText(text, fields, recordStart + c));
      const seen = new Set<string>();
      for (const name of header) {
        if (seen.has(name)) fail(recordLine, `kolomnaam '${name}' komt meer dan eens voor in de kopregel.`);
        seen.add(name);
      }
      fields.length = recordStart;
      continue;
    }
    if (count !== header.length) {
      fail(recordLine, `${count} ${count === 1 ? 'veld' : 'velden'}, maar de kopregel heeft er ${header.length}.`);
    }
    if (rowCount === lines.length) {
      const grown = new Int32Array(lines.length * 2);
      grown.set(lines);
      lines = grown;
    }
    lines[rowCount++] = recordLine;
  }
  if (!header) throw new StatsInputError('csv_malformed', 'Het CSV-bestand is leeg: er staat geen kopregel in.');
  return new ParsedCsv(text, header, fields, lines.slice(0, rowCount));
}
