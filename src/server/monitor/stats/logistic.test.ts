import { describe, expect, it } from 'vitest';
import { buildTreatmentDesign, orderLevels } from './design.js';
import { StatsInputError } from './errors.js';
import { fitLogistic } from './logistic.js';
import { summarizeWald } from './wald.js';

/** A 2×2 table as pupils: `a` participants and `b` others in group x, `c` and `d` in group y. */
function twoByTwo(a: number, b: number, c: number, d: number) {
  const values: string[] = [];
  const y: number[] = [];
  const add = (level: string, ones: number, zeros: number) => {
    for (let i = 0; i < ones; i++) (values.push(level), y.push(1));
    for (let i = 0; i < zeros; i++) (values.push(level), y.push(0));
  };
  add('x', a, b);
  add('y', c, d);
  const design = buildTreatmentDesign(values.length, [{ name: 'g', values, levels: orderLevels('g', values, 'x') }], []);
  return { design, y: Float64Array.from(y) };
}

describe('fitLogistic', () => {
  it('reproduces the closed form of a 2×2 table: log odds ratio and Woolf standard error', () => {
    const [a, b, c, d] = [30, 70, 45, 55];
    const { design, y } = twoByTwo(a, b, c, d);
    const fit = fitLogistic(design, y);
    const [intercept, effect] = summarizeWald(fit);
    expect(fit.terms).toEqual(['(Intercept)', 'gy']);
    expect(intercept.estimate).toBeCloseTo(Math.log(a / b), 9);
    expect(effect.estimate).toBeCloseTo(Math.log((c * b) / (d * a)), 9);
    // The covariance is taken one step before the exact optimum (as R does): equal to about 1e-7.
    expect(effect.se).toBeCloseTo(Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d), 6);
    expect(effect.or).toBeCloseTo((c * b) / (d * a), 8);
    expect(fit.deviance).toBeGreaterThan(0);
  });

  it('stops by R\'s rule after a handful of iterations', () => {
    const { design, y } = twoByTwo(12, 88, 20, 80);
    expect(fitLogistic(design, y).iterations).toBeLessThanOrEqual(6);
  });

  it('refuses a covariate that separates the outcome completely', () => {
    const n = 40;
    const x = new Float64Array(n * 2).fill(1, 0, n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x[n + i] = i;
      y[i] = i >= 20 ? 1 : 0;
    }
    expect(() => fitLogistic({ x, n, p: 2, terms: ['(Intercept)', 'lvs'] }, y)).toThrow(StatsInputError);
    try {
      fitLogistic({ x, n, p: 2, terms: ['(Intercept)', 'lvs'] }, y);
    } catch (error) {
      expect((error as StatsInputError).code).toMatch(/separation|not_converged/);
      expect((error as Error).message).toMatch(/scheid/i);
    }
  });

  it('names a term that is a copy of another', () => {
    const n = 10;
    const x = new Float64Array(n * 3).fill(1, 0, n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x[n + i] = i % 3;
      x[2 * n + i] = 2 * (i % 3);
      y[i] = i % 2;
    }
    expect(() => fitLogistic({ x, n, p: 3, terms: ['(Intercept)', 'a', 'b'] }, y)).toThrow(/'b' is een lineaire combinatie/);
  });
});
