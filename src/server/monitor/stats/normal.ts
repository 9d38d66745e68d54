// The standard normal distribution to near machine precision, tails included (p-values of 1e-50 must
// keep their digits, as R's do). Φ is built from two classical expansions of the Mills ratio:
// the power series Φ(x) − ½ = φ(x)·Σ x^(2k+1)/(1·3·…·(2k+1)) near the centre, and Laplace's continued
// fraction 1 − Φ(x) = φ(x)/(x + 1/(x + 2/(x + 3/(x + …)))) in the tails (Abramowitz & Stegun 26.2.11, 26.2.14).

const INV_SQRT_2PI = 0.3989422804014327;
/** Where the continued fraction takes over: past it the series would lose digits to cancellation. */
const TAIL_FROM = 2;

/** φ(x), with x² split so that its rounding error does not grow in the tails (as in Cody's algorithm). */
export function dnorm(x: number): number {
  const hi = Math.trunc(x * 16) / 16;
  const lo = (x - hi) * (x + hi);
  return INV_SQRT_2PI * Math.exp(-0.5 * hi * hi) * Math.exp(-0.5 * lo);
}

/** Φ(x) − ½ for |x| ≤ TAIL_FROM; every term is positive, so nothing cancels. */
function centralPart(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let k = 1; k < 200; k++) {
    term *= x2 / (2 * k + 1);
    sum += term;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum)) break;
  }
  return dnorm(x) * sum;
}

/** 1 − Φ(x) for x ≥ TAIL_FROM, by the modified Lentz evaluation of Laplace's continued fraction. */
function upperTail(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 1000; k++) {
    d = x + k * d;
    d = d === 0 ? 1 / tiny : 1 / d;
    c = x + k / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return dnorm(x) / f;
}

/** Φ(x), or 1 − Φ(x) when lowerTail is false (computed directly, not by subtraction). */
export function pnorm(x: number, lowerTail = true): number {
  if (Number.isNaN(x)) return NaN;
  const z = lowerTail ? x : -x;
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  if (Math.abs(z) <= TAIL_FROM) return 0.5 + centralPart(z);
  return z > 0 ? 1 - upperTail(z) : upperTail(-z);
}

/**
 * The quantile: an initial value from Abramowitz & Stegun 26.2.23 (error < 4.5e-4), then Halley steps on
 * the tail probability, each of which roughly triples the number of correct digits.
 */
export function qnorm(p: number, lowerTail = true): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return lowerTail ? -Infinity : Infinity;
  if (p === 1) return lowerTail ? Infinity : -Infinity;
  if (p === 0.5) return 0;
  // Work with the smaller tail q (never formed as 1 − tiny) and the quantile's magnitude x: Q(x) = q.
  const q = p < 0.5 ? p : 1 - p;
  const isPositive = lowerTail === p > 0.5;
  const t = Math.sqrt(-2 * Math.log(q));
  let x = t - (2.515517 + t * (0.802853 + t * 0.010328)) / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308)));
  for (let i = 0; i < 8; i++) {
    const u = (pnorm(x, false) - q) / dnorm(x);
    const step = u / (1 + 0.5 * x * u);
    x += step;
    if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(x))) break;
  }
  return isPositive ? x : -x;
}
