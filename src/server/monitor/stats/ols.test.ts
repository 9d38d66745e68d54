import { describe, expect, it } from 'vitest';
import { fitOls } from './ols.js';
import { pt, qt } from './student-t.js';

describe('fitOls', () => {
  it('agrees with the textbook formulas of simple regression', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8];
    const ys = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.1];
    const n = xs.length;
    const x = new Float64Array(2 * n).fill(1, 0, n);
    x.set(xs, n);
    const fit = fitOls({ x, n, p: 2, terms: ['(Intercept)', 'x'] }, Float64Array.from(ys));

    const mx = xs.reduce((s, v) => s + v) / n;
    const my = ys.reduce((s, v) => s + v) / n;
    const sxx = xs.reduce((s, v) => s + (v - mx) ** 2, 0);
    const slope = xs.reduce((s, v, i) => s + (v - mx) * (ys[i] - my), 0) / sxx;
    const intercept = my - slope * mx;
    const rss = ys.reduce((s, v, i) => s + (v - intercept - slope * xs[i]) ** 2, 0);
    const sigma = Math.sqrt(rss / (n - 2));
    const seSlope = sigma / Math.sqrt(sxx);

    const term = fit.terms[1];
    expect(fit.df).toBe(6);
    expect(term.estimate).toBeCloseTo(slope, 12);
    expect(fit.terms[0].estimate).toBeCloseTo(intercept, 12);
    expect(fit.sigma).toBeCloseTo(sigma, 12);
    expect(term.se).toBeCloseTo(seSlope, 12);
    expect(term.t).toBeCloseTo(slope / seSlope, 9);
    expect(term.p).toBeCloseTo(2 * pt(-Math.abs(slope / seSlope), 6), 15);
    expect(term.ciLow).toBeCloseTo(slope - qt(0.975, 6) * seSlope, 12);
    expect(term.ciHigh).toBeCloseTo(slope + qt(0.975, 6) * seSlope, 12);
  });

  it('refuses a constant predictor and too few rows', () => {
    const n = 5;
    const x = new Float64Array(2 * n).fill(1);
    expect(() => fitOls({ x, n, p: 2, terms: ['(Intercept)', 'groepdeelnemer'] }, new Float64Array(n))).toThrow(/'groepdeelnemer'/);
    expect(() => fitOls({ x: new Float64Array(4).fill(1), n: 2, p: 2, terms: ['a', 'b'] }, new Float64Array(2))).toThrow(/Te weinig/);
  });
});
