// Participation per level of each background factor: the descriptive half of the equity monitor,
// next to the regression (source: 004 §2 — participation by gender, parental education, home language).
import type { FactorColumn } from './design.js';

export interface ParticipationRate {
  variabele: string;
  niveau: string;
  n: number;
  deelnemers: number;
  aandeel: number;
}

/** `y` is 0/1 per pupil; levels are reported in the factor's own order. */
export function participationRates(y: Float64Array, factors: readonly FactorColumn[]): ParticipationRate[] {
  const rates: ParticipationRate[] = [];
  for (const f of factors) {
    const counts = new Map(f.levels.map((level) => [level, { n: 0, deelnemers: 0 }]));
    for (let r = 0; r < y.length; r++) {
      const c = counts.get(f.values[r]);
      if (!c) continue;
      c.n++;
      c.deelnemers += y[r];
    }
    for (const [niveau, c] of counts) {
      rates.push({ variabele: f.name, niveau, n: c.n, deelnemers: c.deelnemers, aandeel: c.n > 0 ? c.deelnemers / c.n : NaN });
    }
  }
  return rates;
}
