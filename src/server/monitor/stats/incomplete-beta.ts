// The regularized incomplete beta function I_x(a, b), the cumulative distribution of Beta(a, b) and the
// core of Student's t. Evaluated by the continued fraction of Abramowitz & Stegun 26.5.8 (modified
// Lentz), which converges quickly for x < (a+1)/(a+b+2); on the other side the symmetry
// I_x(a, b) = 1 − I_{1−x}(b, a) applies. Both x and 1 − x are taken as arguments: callers such as the
// t-distribution know 1 − x exactly where forming it would lose digits.
import { lbeta } from './gamma.js';

const MAX_TERMS = 100_000;
const EPSILON = 1e-16;
const TINY = 1e-300;

/** The continued fraction part of I_x(a, b) (without the factor x^a (1−x)^b / (a·B(a, b))). */
function continuedFraction(x: number, a: number, b: number): number {
  const sum = a + b;
  let c = 1;
  let d = 1 / nonZero(1 - (sum * x) / (a + 1));
  let h = d;
  for (let m = 1; m <= MAX_TERMS; m++) {
    const m2 = 2 * m;
    // Even step d₂ₘ, then odd step d₂ₘ₊₁ of A&S 26.5.8.
    let coefficient = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 / nonZero(1 + coefficient * d);
    c = nonZero(1 + coefficient / c);
    h *= d * c;
    coefficient = (-(a + m) * (sum + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 / nonZero(1 + coefficient * d);
    c = nonZero(1 + coefficient / c);
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) return h;
  }
  throw new Error(`De onvolledige bètafunctie convergeert niet (x=${x}, a=${a}, b=${b}).`);
}

/** Lentz's guard: a zero denominator is replaced by a tiny one instead of dividing by zero. */
function nonZero(v: number): number {
  return Math.abs(v) < TINY ? TINY : v;
}

/**
 * Both tails at once: [I_x(a, b), 1 − I_x(a, b)], each computed without subtracting from 1 where it is
 * the small one. `y` must be 1 − x (pass it exactly if you can).
 */
export function incompleteBetaTails(x: number, y: number, a: number, b: number): [number, number] {
  if (!(a > 0) || !(b > 0) || Number.isNaN(x) || Number.isNaN(y)) return [NaN, NaN];
  if (x <= 0) return [0, 1];
  if (y <= 0) return [1, 0];
  const lnX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const lnY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  const front = Math.exp(a * lnX + b * lnY - lbeta(a, b));
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (front * continuedFraction(x, a, b)) / a;
    return [lower, 1 - lower];
  }
  const upper = (front * continuedFraction(y, b, a)) / b;
  return [1 - upper, upper];
}

/** I_x(a, b), the Beta(a, b) distribution function. */
export function pbeta(x: number, a: number, b: number, lowerTail = true): number {
  const [lower, upper] = incompleteBetaTails(x, 1 - x, a, b);
  return lowerTail ? lower : upper;
}
