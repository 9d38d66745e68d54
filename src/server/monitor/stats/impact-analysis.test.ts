import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-parse.js';
import { StatsInputError } from './errors.js';
import { analyseImpact } from './impact-analysis.js';
import { parseScaleDefinitions } from './scales.js';
import { expectMatchesR, readFixture } from './test-fixtures.js';

const scales = parseScaleDefinitions(JSON.parse(readFixture('impact/scales.json')));

describe('analyseImpact on the R fixture (source: 004 §2)', () => {
  it('reproduces alpha, means, the OLS effect and Hedges\' g per scale', () => {
    const result = analyseImpact(parseCsv(readFixture('impact/answers.csv')), scales);
    expect(result.pupils).toBe(1200);
    expect(result.scales.map((s) => s.schaal)).toEqual(['ervaren_uitdaging', 'intrinsieke_motivatie', 'competentie']);
    expectMatchesR(result.scales, 'impact/expected.csv', 'schaal', 1e-11);
  });
});

const header = 'leerling,school,groep,meting,item,score';
/** Two pupils per group with both waves on a two-item scale, plus whatever rows a test adds. */
function answers(extra: string[] = []): string {
  const rows: string[] = [];
  const pupils: [string, string][] = [['L1', 'deelnemer'], ['L2', 'deelnemer'], ['L3', 'vergelijking'], ['L4', 'vergelijking'], ['L5', 'vergelijking']];
  pupils.forEach(([id, groep], i) => {
    for (const meting of [1, 2]) for (const item of ['a', 'b']) rows.push(`${id},S1,${groep},${meting},${item},${1 + ((i + meting + item.length) % 5)}`);
  });
  return [header, ...rows, ...extra].join('\n');
}
const scale = [{ schaal: 's', items: ['a', 'b'], omgepoold: [] }];

function failure(text: string): StatsInputError {
  try {
    analyseImpact(parseCsv(text), scale);
  } catch (error) {
    if (error instanceof StatsInputError) return error;
    throw error;
  }
  throw new Error('expected a StatsInputError');
}

describe('analyseImpact on bad input', () => {
  it('runs on the small example', () => {
    expect(analyseImpact(parseCsv(answers()), scale).scales[0]).toMatchObject({ n_deelnemer: 2, n_vergelijking: 3 });
  });

  it('ignores items of no scale and unanswered (NA) items', () => {
    expect(() => analyseImpact(parseCsv(answers(['L1,S1,deelnemer,1,zz,9', 'L6,S1,deelnemer,1,a,NA'])), scale)).not.toThrow();
  });

  it.each([
    ['L9,S1,controle,1,a,3', /Regel 22, kolom 'groep': 'controle' is geen groep/],
    ['L9,S1,deelnemer,3,a,3', /Regel 22, kolom 'meting': '3' is geen meting/],
    ['L9,S1,deelnemer,1,a,7', /Regel 22, kolom 'score': '7' is geen score van 1 tot en met 5/],
    ['L1,S1,deelnemer,1,a,3', /Regel 22: leerling 'L1' heeft item 'a' in meting 1 vaker dan eens beantwoord/],
    ['L1,S1,vergelijking,2,a,3', /leerling 'L1' staat hier in groep 'vergelijking' en op regel 2 in 'deelnemer'/],
  ])('refuses %s', (row, message) => {
    expect(failure(answers([row])).message).toMatch(message);
  });

  it('names a missing column', () => {
    expect(failure('leerling,groep,meting,item\nL1,deelnemer,1,a\n').message).toMatch(/Kolom 'score' ontbreekt/);
  });

  it('needs two pupils per group with both waves', () => {
    const text = answers().split('\n').filter((r) => !r.startsWith('L2,')).join('\n');
    expect(failure(text).message).toMatch(/Schaal 's': te weinig leerlingen .* \(deelnemers: 1, vergelijkingsgroep: 3\)/);
  });
});
