// Ordinary least squares as R's lm + summary.lm + confint report it: coefficients through QR,
// σ² = RSS/(n − p), standard errors from σ²(XᵀX)⁻¹, two-sided t p-values and t-intervals.
import type { Design } from './design.js';
import { StatsInputError } from './errors.js';
import { decomposeQr, solveQr, unscaledCovariance } from './qr.js';
import { pt, qt } from './student-t.js';

export interface OlsTerm {
  term: string;
  estimate: number;
  se: number;
  t: number;
  p: number;
  ciLow: number;
  ciHigh: number;
}

export interface OlsFit {
  terms: OlsTerm[];
  /** Residual degrees of freedom, n − p. */
  df: number;
  sigma: number;
}

/** `design` is not changed. */
export function fitOls(design: Design, y: Float64Array, level = 0.95): OlsFit {
  const { n, p, terms } = design;
  if (n <= p) {
    throw new StatsInputError('too_few_rows', `Te weinig waarnemingen (${n}) voor een model met ${p} termen.`);
  }
  const qr = decomposeQr(Float64Array.from(design.x), n, p);
  if (qr.deficientColumn >= 0) {
    throw new StatsInputError(
      'collinear',
      `De term '${terms[qr.deficientColumn]}' is een lineaire combinatie van de termen ervoor (of constant).`,
    );
  }
  const b = solveQr(qr, y);
  let rss = 0;
  for (let i = 0; i < n; i++) {
    let fitted = 0;
    for (let j = 0; j < p; j++) fitted += design.x[j * n + i] * b[j];
    rss += (y[i] - fitted) ** 2;
  }
  const df = n - p;
  const sigma = Math.sqrt(rss / df);
  const covariance = unscaledCovariance(qr);
  const tCrit = qt(1 - (1 - level) / 2, df);
  return {
    df,
    sigma,
    terms: terms.map((term, j) => {
      const se = sigma * Math.sqrt(covariance[j * p + j]);
      const t = b[j] / se;
      return { term, estimate: b[j], se, t, p: 2 * pt(-Math.abs(t), df), ciLow: b[j] - tCrit * se, ciHigh: b[j] + tCrit * se };
    }),
  };
}
