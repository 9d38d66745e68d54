import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-parse.js';
import { analyseEquity, type EquitySpec } from './equity-analysis.js';
import { StatsInputError } from './errors.js';
import { expectMatchesR, readFixture, recordsOf } from './test-fixtures.js';

const pupils = parseCsv(readFixture('equity/pupils.csv'));
const factors = [
  { name: 'geslacht', reference: 'm' },
  { name: 'opleiding_ouders', reference: 'laag', order: ['midden', 'hoog'] },
  { name: 'thuistaal', reference: 'nl' },
];

describe('analyseEquity on the R fixtures (source: 004 §2)', () => {
  it('reproduces glm without covariates', () => {
    const result = analyseEquity(pupils, { outcome: 'deelname', factors, covariates: [] });
    expect(result.n).toBe(3000);
    expect(result.deviance).toBeCloseTo(1295.642, 3);
    expectMatchesR(result.terms, 'equity/expected_unadjusted.csv', 'term');
    // Far inside the tolerance: the same algorithm, not just the same optimum.
    expectMatchesR(result.terms, 'equity/expected_unadjusted.csv', 'term', 1e-11);
  });

  it('reproduces glm controlled for LVS and experienced challenge', () => {
    const result = analyseEquity(pupils, { outcome: 'deelname', factors, covariates: ['lvs', 'uitdaging_tekort'] });
    expect(result.deviance).toBeCloseTo(1058.198, 3);
    expect(result.terms.map((t) => t.term)).toEqual([
      '(Intercept)', 'geslachtv', 'opleiding_oudersmidden', 'opleiding_oudershoog', 'thuistaalanders', 'lvs', 'uitdaging_tekort',
    ]);
    expectMatchesR(result.terms, 'equity/expected_adjusted.csv', 'term', 1e-11);
  });

  it('reproduces the participation per level', () => {
    const { rates } = analyseEquity(pupils, { outcome: 'deelname', factors, covariates: [] });
    const keyed = rates.map((r) => ({ ...r, key: `${r.variabele}/${r.niveau}` }));
    const expected = recordsOf(parseCsv(readFixture('equity/expected_rates.csv')));
    expect(keyed).toHaveLength(expected.length);
    expected.forEach((e, r) => {
      expect(keyed[r]).toMatchObject({ key: `${e.variabele}/${e.niveau}`, n: Number(e.n), deelnemers: Number(e.deelnemers) });
      expect(keyed[r].aandeel).toBeCloseTo(Number(e.aandeel), 14);
    });
  });
});

const small = (rows: string[]) => parseCsv(['geslacht,lvs,deelname', ...rows].join('\n'));
const spec: EquitySpec = { outcome: 'deelname', factors: [{ name: 'geslacht', reference: 'm' }], covariates: ['lvs'] };
const base = ['m,0.1,0', 'm,0.5,1', 'm,-0.3,0', 'v,1.2,1', 'v,0.3,0', 'v,-0.8,1', 'm,0.9,0', 'v,0.0,0'];

function failure(table = small(base), s = spec): StatsInputError {
  try {
    analyseEquity(table, s);
  } catch (error) {
    if (error instanceof StatsInputError) return error;
    throw error;
  }
  throw new Error('expected a StatsInputError');
}

describe('analyseEquity on bad input', () => {
  it('leaves out rows with missing values, as R does', () => {
    const result = analyseEquity(small([...base, 'v,NA,1', ',0.2,0', 'm,0.4,']), spec);
    expect(result.n).toBe(8);
    expect(result.dropped).toBe(3);
  });

  it('names a missing column and the columns present', () => {
    expect(failure(small(base), { ...spec, outcome: 'deelnemer' }).message).toBe(
      "Kolom 'deelnemer' ontbreekt in het bestand. Aanwezige kolommen: geslacht, lvs, deelname.",
    );
  });

  it('refuses an outcome that is not 0/1, with its line', () => {
    const error = failure(small([...base, 'v,0.2,2']));
    expect(error.code).toBe('outcome_invalid');
    expect(error.message).toMatch(/^Regel 10, kolom 'deelname': '2' is geen 0 of 1/);
  });

  it('refuses a constant outcome', () => {
    expect(failure(small(base.map((r) => r.replace(/,1$/, ',0')))).message).toMatch(/voor alle 8 leerlingen 0/);
  });

  it('refuses a reference level that does not occur', () => {
    const error = failure(small(base), { ...spec, factors: [{ name: 'geslacht', reference: 'x' }] });
    expect(error.code).toBe('level_missing');
    expect(error.message).toMatch(/Niveau 'x' komt niet voor in kolom 'geslacht'/);
  });

  it('refuses a level in which nobody takes part (quasi-complete separation)', () => {
    const error = failure(small([...base, 'x,0.3,0', 'x,0.1,0']));
    expect(error.code).toBe('separation');
    expect(error.message).toMatch(/niveau 'x' van 'geslacht' neemt niemand deel \(0 van 2\)/);
  });

  it('refuses a covariate that is not a number, with a hint for decimal commas', () => {
    const error = failure(parseCsv('geslacht;lvs;deelname\nm;0,5;1\n', { delimiter: ';' }));
    expect(error.message).toBe("Regel 2, kolom 'lvs': '0,5' is geen getal. Gebruik een punt als decimaalteken.");
  });
});
