import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-parse.js';
import { analyseImpact } from './impact-analysis.js';
import { rowsTable } from './rows-table.js';

describe('rowsTable', () => {
  it('gives the impact analysis the same numbers as the parsed file', () => {
    // A small synthetic file: 30 pupils per group, two waves, a three-item scale with one reversed item.
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const lines = ['leerling,groep,meting,item,score'];
    for (let p = 0; p < 60; p++) {
      for (const meting of [1, 2]) for (const item of ['a', 'b', 'c']) {
        if (rnd() < 0.1) continue;
        lines.push(`p${p},${p < 30 ? 'deelnemer' : 'vergelijking'},${meting},${item},${1 + Math.floor(rnd() * 5)}`);
      }
    }
    const scales = [{ schaal: 's', items: ['a', 'b', 'c'], omgepoold: ['c'] }];
    const file = parseCsv(lines.join('\n'));
    const cols = Object.fromEntries(file.header.map((h, c) => [h, file.column(c)]));
    expect(analyseImpact(rowsTable(cols), scales)).toEqual(analyseImpact(file, scales));
  });

  it('reads numbers and missing cells like the file reader', () => {
    const t = rowsTable({ a: ['1.5', '', 'NA', 'x'], b: Float64Array.from([1, NaN, 3, 4]) });
    expect([0, 1, 2, 3].map((r) => t.numberAt(0, r))).toEqual([1.5, NaN, NaN, undefined]);
    expect(t.numberAt(1, 1)).toBeNaN();
    expect(t.column(1)).toEqual(['1', '', '3', '4']);
  });
});
