import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv, type CsvTable } from './csv-parse.js';
import { formatCsv } from './csv-write.js';
import { StatsInputError } from './errors.js';

const columnsOf = (t: CsvTable) => t.header.map((_, c) => t.column(c));
const rowsOf = (text: string, delimiter?: string) => {
  const t = parseCsv(text, { delimiter });
  return Array.from({ length: t.rowCount }, (_, r) => t.header.map((_, c) => t.column(c)[r]));
};

const errorOf = (text: string): string => {
  try {
    parseCsv(text);
  } catch (error) {
    expect(error).toBeInstanceOf(StatsInputError);
    return (error as Error).message;
  }
  throw new Error('no error');
};

describe('parseCsv', () => {
  it('reads a header and records', () => {
    const t = parseCsv('a,b\n1,2\n3,4\n');
    expect(t.header).toEqual(['a', 'b']);
    expect(columnsOf(t)).toEqual([['1', '3'], ['2', '4']]);
    expect(Array.from(t.lines)).toEqual([2, 3]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    expect(rowsOf('"a","b"\n"x,y","say ""hi"""\n"two\nlines",""\n')).toEqual([
      ['x,y', 'say "hi"'],
      ['two\nlines', ''],
    ]);
  });

  it('accepts CRLF, a missing final line break, a byte-order mark and skips blank lines', () => {
    const t = parseCsv('\uFEFFa,b\r\n1,2\r\n\r\n3,4');
    expect(t.header).toEqual(['a', 'b']);
    expect(columnsOf(t)).toEqual([['1', '3'], ['2', '4']]);
    expect(Array.from(t.lines)).toEqual([2, 4]);
  });

  it('counts lines inside quoted fields for later records', () => {
    expect(Array.from(parseCsv('a,b\n"1\n\n",2\n3,4\n').lines)).toEqual([2, 5]);
  });

  it('reads semicolon files and detects them from the header', () => {
    const text = 'a;b\n1,5;2\n';
    expect(detectDelimiter(text)).toBe(';');
    expect(detectDelimiter('a,b;c\n')).toBe(',');
    expect(rowsOf(text, ';')).toEqual([['1,5', '2']]);
  });

  it('reads single cells, compares them without copying, and reads numbers from quoted cells too', () => {
    const t = parseCsv('id,x\n"L""1",1.5\nL2,"-2"\nL3,NA\nL4,abc\n');
    expect(t.cell(0, 0)).toBe('L"1');
    expect(t.cellEquals(0, 0, 'L"1')).toBe(true);
    expect(t.cellEquals(0, 1, 'L2')).toBe(true);
    expect(t.cellEquals(0, 1, 'L')).toBe(false);
    expect([0, 1, 2, 3].map((r) => t.numberAt(1, r))).toEqual([1.5, -2, NaN, undefined]);
  });

  it('keeps every value of a column with many different values', () => {
    const values = Array.from({ length: 300 }, (_, i) => (i % 7 === 0 ? 'same' : `v${i}`));
    const t = parseCsv(['name', ...values].join('\n'));
    expect(t.column(0)).toEqual(values);
  });

  it('reports an unclosed quote at the line where it opened', () => {
    expect(errorOf('a,b\n1,2\n3,"oops\n4,5\n')).toMatch(/^Regel 3: .*aanhalingsteken .*nergens gesloten/);
  });

  it('reports a quote inside an unquoted field', () => {
    expect(errorOf('a,b\n1,2\n3,x"y\n')).toMatch(/^Regel 3: aanhalingsteken midden in een veld/);
  });

  it('reports text after a closing quote', () => {
    expect(errorOf('a,b\n"1"x,2\n')).toMatch(/^Regel 2: na een sluitend aanhalingsteken/);
  });

  it('reports a record with the wrong number of fields', () => {
    expect(errorOf('a,b,c\n1,2,3\n4,5\n')).toBe('Regel 3: 2 velden, maar de kopregel heeft er 3.');
  });

  it('refuses an empty file and duplicate column names', () => {
    expect(errorOf('')).toMatch(/leeg/);
    expect(errorOf('\n\n')).toMatch(/leeg/);
    expect(errorOf('a,b,a\n1,2,3\n')).toMatch(/^Regel 1: kolomnaam 'a' komt meer dan eens voor/);
  });
});

// Fields drawn from the characters that matter to CSV, and from all of Unicode.
const special = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', ',', ';', '"', '\n', '\r', 'é', '\t'), maxLength: 8 });
const anyText = fc.string({ unit: 'grapheme', maxLength: 8 });
const field = fc.oneof(special, anyText);

const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.record({
    header: fc.uniqueArray(field, { minLength: width, maxLength: width }).filter((h) => !h[0].startsWith('\uFEFF')),
    rows: fc.array(fc.array(field, { minLength: width, maxLength: width }), { maxLength: 8 }),
  }),
);

describe('parseCsv properties', () => {
  it('reads back exactly what formatCsv wrote, for both delimiters', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(',', ';'), ({ header, rows }, delimiter) => {
        const parsed = parseCsv(formatCsv(header, rows, delimiter), { delimiter });
        expect(parsed.header).toEqual(header);
        expect(parsed.rowCount).toBe(rows.length);
        expect(Array.from({ length: rows.length }, (_, r) => columnsOf(parsed).map((c) => c[r]))).toEqual(rows);
      }),
    );
  });

  it('names the line of a short record, however many line breaks the quoted fields before it hold', () => {
    fc.assert(
      fc.property(table.filter((t) => t.header.length > 1), ({ header, rows }) => {
        const text = formatCsv(header, rows);
        const breaks = (text.match(/\r\n|\r|\n/g) ?? []).length;
        expect(() => parseCsv(text + 'x\n')).toThrow(new RegExp(`^Regel ${breaks + 1}: 1 veld,`));
      }),
    );
  });

  it('either parses or fails with a StatsInputError that names a line, on any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' '), maxLength: 40 }), (text) => {
        try {
          const t = parseCsv(text);
          for (const column of columnsOf(t)) expect(column).toHaveLength(t.rowCount);
        } catch (error) {
          expect(error).toBeInstanceOf(StatsInputError);
          expect((error as Error).message).toMatch(/^(Regel \d+: |Het CSV-bestand is leeg)/);
        }
      }),
    );
  });
});
