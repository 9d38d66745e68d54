import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dnorm, pnorm, qnorm } from './normal.js';

const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

// Reference values computed with mpmath at 50 significant digits.
const PNORM: [number, number][] = [
  [-37, 5.7255712225245768e-300],
  [-20, 2.7536241186062337e-89],
  [-8.3, 5.2055697448902852e-17],
  [-5, 2.8665157187919391e-7],
  [-1.959963984540054, 0.025000000000000014],
  [-1, 0.15865525393145705],
  [-0.1, 0.46017216272297102],
  [0.5, 0.6914624612740131],
  [2.2, 0.98609655248650139],
  [3.7, 0.99989220026652261],
];

const QNORM: [number, number][] = [
  [1e-300, -37.047096299361199],
  [1e-50, -14.933337534788489],
  [1e-8, -5.6120012441747887],
  [0.001, -3.0902323061678135],
  [0.025, -1.9599639845400542],
  [0.2, -0.84162123357291421],
  [0.6, 0.2533471031357998],
  [0.975, 1.9599639845400542],
  [0.9999, 3.7190164854556806],
];

describe('pnorm', () => {
  it.each(PNORM)('Φ(%d) to 1e-13 relative', (x, expected) => {
    expect(relative(pnorm(x), expected)).toBeLessThan(1e-13);
    expect(relative(pnorm(-x, false), expected)).toBeLessThan(1e-13);
  });

  it('handles the edges', () => {
    expect(pnorm(0)).toBe(0.5);
    expect(pnorm(-Infinity)).toBe(0);
    expect(pnorm(Infinity)).toBe(1);
    expect(pnorm(Infinity, false)).toBe(0);
    expect(pnorm(NaN)).toBeNaN();
    expect(dnorm(0)).toBeCloseTo(0.3989422804014327, 15);
  });

  it('is symmetric: Φ(x) + Φ(−x) = 1', () => {
    fc.assert(fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (x) => {
      expect(Math.abs(pnorm(x) + pnorm(-x) - 1)).toBeLessThan(1e-15);
    }));
  });
});

describe('qnorm', () => {
  it.each(QNORM)('quantile of %d to 1e-13 relative', (p, expected) => {
    expect(relative(qnorm(p), expected)).toBeLessThan(1e-13);
  });

  it('reads small upper-tail probabilities without forming 1 − p', () => {
    expect(relative(qnorm(1e-300, false), 37.047096299361199)).toBeLessThan(1e-13);
    expect(relative(qnorm(0.025, false), 1.9599639845400542)).toBeLessThan(1e-13);
  });

  it('handles the edges', () => {
    expect(qnorm(0)).toBe(-Infinity);
    expect(qnorm(1)).toBe(Infinity);
    expect(qnorm(0.5)).toBe(0);
    expect(qnorm(1.5)).toBeNaN();
    expect(qnorm(-0.1)).toBeNaN();
  });

  it('inverts pnorm', () => {
    fc.assert(fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
      const p = x < 0 ? pnorm(x) : pnorm(x, false);
      const back = x < 0 ? qnorm(p) : qnorm(p, false);
      expect(Math.abs(back - x)).toBeLessThan(1e-12 * Math.max(1, Math.abs(x)));
    }));
  });
});
