// Householder QR of a tall matrix, the way R's lm and glm solve least squares (LINPACK dqrdc2 via
// Cdqrls): solving through QR instead of the normal equations keeps the accuracy of the data instead of
// squaring the condition number. Matrices are column-major Float64Arrays: column j is a[j*n … j*n+n-1].

export interface QrFactors {
  n: number;
  p: number;
  /** Householder vectors on and below the diagonal, R strictly above it. */
  qr: Float64Array;
  rDiag: Float64Array;
  /** 2 / (vᵀv) of each Householder vector. */
  beta: Float64Array;
  /** First column that is (numerically) a linear combination of the ones before it, or -1. */
  deficientColumn: number;
}

/** R's tolerance for glm.fit (min(1e-7, epsilon/1000)) and close to lm's 1e-7 in effect. */
export const RANK_TOLERANCE = 1e-11;

/** Factorises in place: `a` is overwritten. */
export function decomposeQr(a: Float64Array, n: number, p: number, tolerance = RANK_TOLERANCE): QrFactors {
  const rDiag = new Float64Array(p);
  const beta = new Float64Array(p);
  const originalNorm = new Float64Array(p);
  for (let j = 0; j < p; j++) originalNorm[j] = Math.sqrt(sumSquares(a, j * n, j * n + n));
  let deficientColumn = -1;
  for (let k = 0; k < p; k++) {
    const col = k * n;
    const norm = Math.sqrt(sumSquares(a, col + k, col + n));
    // As dqrdc2: a column that lost nearly all of its length to the earlier ones is aliased.
    if (norm === 0 || norm < tolerance * originalNorm[k]) {
      deficientColumn = k;
      break;
    }
    const x0 = a[col + k];
    const alpha = x0 >= 0 ? -norm : norm;
    a[col + k] = x0 - alpha;
    beta[k] = 1 / (norm * (norm + Math.abs(x0)));
    rDiag[k] = alpha;
    for (let j = k + 1; j < p; j++) reflect(a, col, j * n, k, n, beta[k]);
  }
  return { n, p, qr: a, rDiag, beta, deficientColumn };
}

function sumSquares(a: Float64Array, from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) s += a[i] * a[i];
  return s;
}

/** Applies the k-th reflection (vector at a[vOffset+k…]) to the column of `target` at tOffset. */
function reflect(a: Float64Array, vOffset: number, tOffset: number, k: number, n: number, b: number, target = a): void {
  let s = 0;
  for (let i = k; i < n; i++) s += a[vOffset + i] * target[tOffset + i];
  s *= b;
  for (let i = k; i < n; i++) target[tOffset + i] -= s * a[vOffset + i];
}

/** Qᵀy, without changing y. */
export function applyQt(f: QrFactors, y: Float64Array): Float64Array {
  const out = Float64Array.from(y);
  for (let k = 0; k < f.p; k++) reflect(f.qr, k * f.n, 0, k, f.n, f.beta[k], out);
  return out;
}

/** Least-squares coefficients: solves R b = (Qᵀy)[0…p-1]. */
export function solveQr(f: QrFactors, y: Float64Array): Float64Array {
  const qty = applyQt(f, y);
  const b = new Float64Array(f.p);
  for (let i = f.p - 1; i >= 0; i--) {
    let s = qty[i];
    for (let j = i + 1; j < f.p; j++) s -= f.qr[j * f.n + i] * b[j];
    b[i] = s / f.rDiag[i];
  }
  return b;
}

/** (XᵀX)⁻¹ = R⁻¹R⁻ᵀ as a row-major p×p array (R's chol2inv of the QR's R). */
export function unscaledCovariance(f: QrFactors): Float64Array {
  const { p, n, qr, rDiag } = f;
  const rInv = new Float64Array(p * p); // row-major, upper triangular
  for (let j = 0; j < p; j++) {
    rInv[j * p + j] = 1 / rDiag[j];
    for (let i = j - 1; i >= 0; i--) {
      let s = 0;
      for (let k = i + 1; k <= j; k++) s += qr[k * n + i] * rInv[k * p + j];
      rInv[i * p + j] = -s / rDiag[i];
    }
  }
  const cov = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = i; j < p; j++) {
      let s = 0;
      for (let k = j; k < p; k++) s += rInv[i * p + k] * rInv[j * p + k];
      cov[i * p + j] = s;
      cov[j * p + i] = s;
    }
  }
  return cov;
}
