import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMissingRange, parseDecimalRange } from './decimal.js';

const parse = (s: string) => parseDecimalRange(s, 0, s.length);

describe('parseDecimalRange', () => {
  it('reads plain decimals and refuses everything else', () => {
    expect(parse('-2.35')).toBe(-2.35);
    expect(parse(' 4.22 ')).toBe(4.22);
    expect(parse('+.5')).toBe(0.5);
    expect(parse('7.')).toBe(7);
    expect(parse('1.5e-3')).toBe(0.0015);
    for (const bad of ['-', '.', '1,5', '0x10', 'Infinity', 'NaN', '1e', '1.2.3', 'abc', '2 3']) expect(parse(bad)).toBeUndefined();
    for (const missing of ['', ' ', 'NA', ' NA ']) expect(parse(missing)).toBeNaN();
  });

  it('reads a cell inside a longer text', () => {
    expect(parseDecimalRange('a,-0.125,b', 2, 8)).toBe(-0.125);
  });

  it('equals Number() on any decimal, including ones past the exact fast path', () => {
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 20 });
    const decimal = fc
      .tuple(fc.constantFrom('', '-', '+'), digits, fc.option(fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 20 })), fc.option(fc.integer({ min: -30, max: 30 })))
      .map(([sign, whole, fraction, exponent]) => `${sign}${whole}${fraction === null ? '' : `.${fraction}`}${exponent === null ? '' : `e${exponent}`}`);
    fc.assert(fc.property(decimal, (s) => {
      expect(Object.is(parse(s), Number(s)), s).toBe(true);
    }), { numRuns: 2000 });
  });

  it('equals Number() on the shortest text of any double', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      const s = String(x);
      fc.pre(!s.includes('Infinity'));
      expect(Object.is(parse(s), Number(s)) || (x === 0 && parse(s) === 0)).toBe(true);
    }), { numRuns: 2000 });
  });
});

describe('isMissingRange', () => {
  it('takes empty cells and NA for missing', () => {
    for (const s of ['', '  ', 'NA', ' NA ']) expect(isMissingRange(s, 0, s.length)).toBe(true);
    for (const s of ['0', 'na', 'N/A', 'NAN']) expect(isMissingRange(s, 0, s.length)).toBe(false);
  });
});
