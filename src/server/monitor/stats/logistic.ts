// Logistic regression by maximum likelihood, following R's glm.fit step for step (binomial family,
// logit link, prior weights 1) so that estimates *and* standard errors agree with R to many digits:
// start at μ = (y + ½)/2, iterate weighted least squares on the working response, stop when
// |dev − dev_old| / (|dev| + 0.1) < 1e-8, and take (XᵀWX)⁻¹ from the weights of that last iteration
// rather than at the exact optimum (source: shared/fixtures/README.md, equity).
import type { Design } from './design.js';
import { StatsInputError } from './errors.js';
import { decomposeQr, solveQr, unscaledCovariance } from './qr.js';

export const MAX_ITERATIONS = 25; // glm.control()$maxit
export const CONVERGENCE_EPSILON = 1e-8; // glm.control()$epsilon

const EPS = 2.220446049250313e-16; // .Machine$double.eps
// R's logit link clamps η to ±30 so that μ stays strictly inside (0, 1).
const ETA_LIMIT = 30;

export interface LogisticFit {
  terms: string[];
  coefficients: Float64Array;
  /** Row-major p×p covariance of the coefficients (the binomial dispersion is 1). */
  covariance: Float64Array;
  deviance: number;
  iterations: number;
  n: number;
}

function inverseLogit(eta: number): number {
  const e = eta < -ETA_LIMIT ? EPS : eta > ETA_LIMIT ? 1 / EPS : Math.exp(eta);
  return e / (1 + e);
}

/** dμ/dη, as R's logit link defines it (tiny but not zero beyond the clamp). */
function logitDerivative(eta: number): number {
  if (eta > ETA_LIMIT || eta < -ETA_LIMIT) return EPS;
  const e = Math.exp(eta);
  return e / ((1 + e) * (1 + e));
}

function binomialDeviance(y: Float64Array, mu: Float64Array): number {
  let dev = 0;
  for (let i = 0; i < y.length; i++) dev += y[i] === 1 ? -2 * Math.log(mu[i]) : -2 * Math.log(1 - mu[i]);
  return dev;
}

/** `y` holds 0 and 1 only (checked by the caller); `design` is not changed. */
export function fitLogistic(design: Design, y: Float64Array): LogisticFit {
  const { x, n, p, terms } = design;
  const eta = new Float64Array(n);
  const mu = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const start = (y[i] + 0.5) / 2;
    eta[i] = Math.log(start / (1 - start));
    mu[i] = inverseLogit(eta[i]);
  }
  let devOld = binomialDeviance(y, mu);
  const xw = new Float64Array(n * p);
  const zw = new Float64Array(n);
  const w = new Float64Array(n);
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    for (let i = 0; i < n; i++) {
      const dmu = logitDerivative(eta[i]);
      w[i] = Math.sqrt((dmu * dmu) / (mu[i] * (1 - mu[i])));
      zw[i] = (eta[i] + (y[i] - mu[i]) / dmu) * w[i];
    }
    // Column by column: the matrices are column-major, so this walks memory in order.
    for (let j = 0; j < p; j++) {
      const offset = j * n;
      for (let i = 0; i < n; i++) xw[offset + i] = x[offset + i] * w[i];
    }
    const qr = decomposeQr(xw, n, p);
    if (qr.deficientColumn >= 0) {
      throw new StatsInputError(
        'collinear',
        `De term '${terms[qr.deficientColumn]}' is een lineaire combinatie van de termen ervoor (of constant); ` +
          'het model kan zijn effect niet scheiden. Laat een van de variabelen weg.',
      );
    }
    const coefficients = solveQr(qr, zw);
    eta.fill(0);
    for (let j = 0; j < p; j++) {
      const offset = j * n;
      const b = coefficients[j];
      for (let i = 0; i < n; i++) eta[i] += x[offset + i] * b;
    }
    for (let i = 0; i < n; i++) mu[i] = inverseLogit(eta[i]);
    const dev = binomialDeviance(y, mu);
    // R halves the step when the deviance is not finite; with the clamped logit link it always is.
    if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < CONVERGENCE_EPSILON) {
      assertNoSeparation(mu);
      return { terms, coefficients, covariance: unscaledCovariance(qr), deviance: dev, iterations: iteration, n };
    }
    devOld = dev;
  }
  throw new StatsInputError(
    'not_converged',
    `Het model convergeert niet na ${MAX_ITERATIONS} iteraties; meestal scheidt een variabele deelnemers ` +
      'en niet-deelnemers (bijna) volledig. Controleer kleine groepen en laat zo nodig een variabele weg.',
  );
}

/** R warns "fitted probabilities numerically 0 or 1 occurred"; its estimates are then meaningless. */
function assertNoSeparation(mu: Float64Array): void {
  const bound = 10 * EPS;
  let count = 0;
  for (let i = 0; i < mu.length; i++) if (mu[i] < bound || mu[i] > 1 - bound) count++;
  if (count > 0) {
    throw new StatsInputError(
      'separation',
      `Volledige scheiding: voor ${count} ${count === 1 ? 'leerling' : 'leerlingen'} voorspelt het model deelname ` +
        'met kans 0 of 1. De schattingen en hun betrouwbaarheidsintervallen zijn dan zinloos; ' +
        'voeg groepen samen of laat de variabele weg die deelname volledig bepaalt.',
    );
  }
}
