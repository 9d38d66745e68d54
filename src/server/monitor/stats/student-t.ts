// Student's t-distribution: P(T ≤ −|t|) = ½·I_x(ν/2, ½) with x = ν/(ν + t²) (Abramowitz & Stegun
// 26.7.1 via 26.5.27), and its quantile by Newton's method on the logarithm of the tail, which stays
// well-behaved from the centre out to the far tails of small ν.
import { incompleteBetaTails } from './incomplete-beta.js';
import { lbeta } from './gamma.js';
import { pnorm, qnorm } from './normal.js';

/** P(T > |t|), computed directly however small it is. */
function tailBeyond(t: number, df: number): number {
  if (Math.abs(t) === Infinity) return 0;
  // For large ν the continued fraction loses about ν·ε, because x = ν/(ν + t²) is rounded next to 1.
  // There the normal approximation of A&S 26.7.8 (also R's pt for ν > 4e5) takes over wherever its own
  // error, about 0.04·t⁶/ν² (measured against 60-digit arithmetic), stays below 1e-11.
  if (df > 1e5 && 0.04 * t ** 6 < 1e-11 * df * df) {
    const v = 1 / (4 * df);
    return pnorm((-Math.abs(t) * (1 - v)) / Math.sqrt(1 + t * t * 2 * v));
  }
  // x = ν/(ν + t²) and 1 − x = t²/(ν + t²), both formed without cancellation (and t² never overflows).
  const ratio = (t / df) * t;
  const x = ratio === Infinity ? df / t / t : 1 / (1 + ratio);
  const y = ratio === Infinity ? 1 : ratio / (1 + ratio);
  return 0.5 * incompleteBetaTails(x, y, df / 2, 0.5)[0];
}

export function dt(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (df === Infinity) return Math.exp(-0.5 * t * t) / Math.sqrt(2 * Math.PI);
  return Math.exp(-lbeta(0.5, df / 2) - 0.5 * Math.log(df) - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/** P(T ≤ t) for ν = df degrees of freedom (ν > 0, not necessarily whole), or P(T > t). */
export function pt(t: number, df: number, lowerTail = true): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (df === Infinity) return pnorm(t, lowerTail);
  const tail = tailBeyond(t, df);
  const isLeft = lowerTail ? t < 0 : t > 0;
  return isLeft ? tail : 1 - tail;
}

/** The t-value with P(T ≤ t) = p (or P(T > t) = p). */
export function qt(p: number, df: number, lowerTail = true): number {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(df > 0)) return NaN;
  if (df === Infinity) return qnorm(p, lowerTail);
  if (p === 0) return lowerTail ? -Infinity : Infinity;
  if (p === 1) return lowerTail ? Infinity : -Infinity;
  if (p === 0.5) return 0;
  const q = p < 0.5 ? p : 1 - p;
  const isPositive = lowerTail === p > 0.5;
  const x = solveTail(q, df);
  return isPositive ? x : -x;
}

/** x > 0 with P(T > x) = q < ½: Newton on h(u) = ln P(T > eᵘ) − ln q, kept inside a bracket. */
function solveTail(q: number, df: number): number {
  const target = Math.log(q);
  // Start from the normal quantile with the first Cornish–Fisher correction for ν.
  const z = qnorm(q, false);
  let u = Math.log(Math.max(z + (z * z * z + z) / (4 * df), 1e-3));
  let low = -Infinity; // h(low) > 0: the tail is still too heavy there
  let high = Infinity; // h(high) < 0
  for (let i = 0; i < 200; i++) {
    const x = Math.exp(u);
    const tail = tailBeyond(x, df);
    const value = Math.log(tail) - target;
    if (value > 0) low = u;
    else high = u;
    const slope = (-x * dt(x, df)) / tail;
    let next = u - value / slope;
    if (!(next > low && next < high) || !Number.isFinite(next)) {
      next = Number.isFinite(low) && Number.isFinite(high) ? (low + high) / 2 : value > 0 ? u + 1 : u - 1;
    }
    if (Math.abs(next - u) <= 1e-15 * Math.max(1, Math.abs(u))) return Math.exp(next);
    u = next;
    if (value === 0) return x;
  }
  return Math.exp(u);
}
