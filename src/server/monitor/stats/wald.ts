// Wald inference for a fitted logistic model, as summary.glm and confint.default report it: z = b/se,
// two-sided normal p-value, odds ratio exp(b) with interval exp(b ± z₀.₉₇₅·se) (source: 004 §2 and
// shared/fixtures/README.md, equity).
import type { LogisticFit } from './logistic.js';
import { pnorm, qnorm } from './normal.js';

export interface WaldTerm {
  term: string;
  estimate: number;
  se: number;
  z: number;
  p: number;
  or: number;
  or_lo: number;
  or_hi: number;
}

export const WALD_COLUMNS = ['term', 'estimate', 'se', 'z', 'p', 'or', 'or_lo', 'or_hi'] as const;

export function summarizeWald(fit: LogisticFit, level = 0.95): WaldTerm[] {
  const p = fit.terms.length;
  const zCrit = qnorm(1 - (1 - level) / 2);
  return fit.terms.map((term, j) => {
    const estimate = fit.coefficients[j];
    const se = Math.sqrt(fit.covariance[j * p + j]);
    const z = estimate / se;
    return {
      term,
      estimate,
      se,
      z,
      p: 2 * pnorm(-Math.abs(z)),
      or: Math.exp(estimate),
      or_lo: Math.exp(estimate - zCrit * se),
      or_hi: Math.exp(estimate + zCrit * se),
    };
  });
}
