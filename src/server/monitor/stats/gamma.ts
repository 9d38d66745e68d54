// log Γ and log B on the positive axis, to about 1e-15 in absolute terms. They feed the t-distribution,
// where log B(½, ν/2) for large ν is the difference of two large log-gammas: written out below through
// Stirling's series so that the large parts cancel on paper, not in floating point.

const HALF_LN_2PI = 0.9189385332046728;

/**
 * Remainder of Stirling's series, log Γ(x) − [(x − ½)·ln x − x + ½·ln 2π], for x ≥ 10: the terms
 * B₂ₖ / (2k(2k−1)·x^(2k−1)) up to k = 8, whose error at x = 10 is below 2e-18.
 */
export function stirlingRemainder(x: number): number {
  const r = 1 / (x * x);
  return (
    (1 / 12 -
      r * (1 / 360 - r * (1 / 1260 - r * (1 / 1680 - r * (1 / 1188 - r * (691 / 360360 - r * (1 / 156 - r * (3617 / 122400)))))))) /
    x
  );
}

/** log Γ(x) for x > 0: Stirling's series, after shifting small x up with Γ(x) = Γ(x + m) / (x(x+1)…(x+m−1)). */
export function lgamma(x: number): number {
  if (!(x > 0)) return NaN;
  if (x === Infinity) return Infinity;
  let shift = 0;
  let product = 1;
  while (x < 10) {
    product *= x;
    x += 1;
    // Keep the product in range for tiny x.
    if (product < 1e-250) {
      shift += Math.log(product);
      product = 1;
    }
  }
  shift += Math.log(product);
  return (x - 0.5) * Math.log(x) - x + HALF_LN_2PI + stirlingRemainder(x) - shift;
}

/** log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b), for a, b > 0. */
export function lbeta(a: number, b: number): number {
  if (!(a > 0) || !(b > 0)) return NaN;
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (q === Infinity) return -Infinity;
  if (q < 10) return lgamma(p) + lgamma(q) - lgamma(p + q);
  const share = p / (p + q);
  const corrections = stirlingRemainder(q) - stirlingRemainder(p + q);
  if (p >= 10) {
    return HALF_LN_2PI - 0.5 * Math.log(q) + (p - 0.5) * Math.log(share) + q * Math.log1p(-share) + stirlingRemainder(p) + corrections;
  }
  // log Γ(q) − log Γ(p + q) = (q − ½)·log(1 − p/(p+q)) − p·log(p + q) + p + remainders.
  return lgamma(p) + corrections + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-share);
}
