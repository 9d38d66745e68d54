// Questionnaire scales of the impact monitor: reverse scoring, scale scores, Cronbach's alpha and
// Hedges' g (source: 004 §2 for the constructs; shared/fixtures/README.md, impact, for the rules).
import { StatsInputError } from './errors.js';
import { qnorm } from './normal.js';

export interface ScaleDefinition {
  schaal: string;
  items: string[];
  /** Reverse-scored items: on the 1–5 answer scale, score becomes 6 − score. */
  omgepoold: string[];
}

export const LIKERT_MIN = 1;
export const LIKERT_MAX = 5;

export function reverseScore(score: number): number {
  return LIKERT_MIN + LIKERT_MAX - score;
}

/** A scale score needs at least ⌈2k/3⌉ of its k items answered. */
export function minimumAnswered(k: number): number {
  return Math.ceil((2 * k) / 3);
}

/** Mean of the answered items per row of a row-major rows×k matrix (NaN = not answered). */
export function scaleScores(answers: Float64Array, k: number): Float64Array {
  const rows = answers.length / k;
  const needed = minimumAnswered(k);
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    let count = 0;
    for (let j = 0; j < k; j++) {
      const v = answers[r * k + j];
      if (!Number.isNaN(v)) {
        sum += v;
        count++;
      }
    }
    out[r] = count >= needed ? sum / count : NaN;
  }
  return out;
}

/** Sample variance (n − 1), two-pass for accuracy. */
export function variance(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return NaN;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  return ss / (n - 1);
}

export function mean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return values.length > 0 ? s / values.length : NaN;
}

/** α = k/(k−1)·(1 − Σ var(item)/var(total)) over the rows that answered all k items; NaN if undefined. */
export function cronbachAlpha(answers: Float64Array, k: number): number {
  const complete: number[] = [];
  for (let r = 0; r < answers.length / k; r++) {
    let isComplete = true;
    for (let j = 0; j < k && isComplete; j++) isComplete = !Number.isNaN(answers[r * k + j]);
    if (isComplete) complete.push(r);
  }
  const m = complete.length;
  if (k < 2 || m < 2) return NaN;
  const column = new Float64Array(m);
  const totals = new Float64Array(m);
  let itemVariances = 0;
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < m; i++) {
      column[i] = answers[complete[i] * k + j];
      totals[i] += column[i];
    }
    itemVariances += variance(column);
  }
  return (k / (k - 1)) * (1 - itemVariances / variance(totals));
}

export interface HedgesG {
  g: number;
  se: number;
  low: number;
  high: number;
}

/**
 * Standardised effect: g = J·effect/s_pooled with J = 1 − 3/(4(n₁+n₀) − 9), SE = √((n₁+n₀)/(n₁n₀) +
 * g²/(2(n₁+n₀))) and a normal 95 % interval.
 */
export function hedgesG(effect: number, sd1: number, n1: number, sd0: number, n0: number, level = 0.95): HedgesG {
  const n = n1 + n0;
  const pooled = Math.sqrt(((n1 - 1) * sd1 ** 2 + (n0 - 1) * sd0 ** 2) / (n - 2));
  const g = ((1 - 3 / (4 * n - 9)) * effect) / pooled;
  const se = Math.sqrt(n / (n1 * n0) + (g * g) / (2 * n));
  const z = qnorm(1 - (1 - level) / 2);
  return { g, se, low: g - z * se, high: g + z * se };
}

/** Checks the parsed scales.json: [{ "schaal", "items": [...], "omgepoold": [...] }, …]. */
export function parseScaleDefinitions(data: unknown): ScaleDefinition[] {
  const fail = (message: string): never => {
    throw new StatsInputError('scales_invalid', `Schaaldefinities: ${message}`);
  };
  if (!Array.isArray(data) || data.length === 0) fail('verwacht een niet-lege lijst van schalen.');
  const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s !== '');
  const names = new Set<string>();
  const owner = new Map<string, string>();
  return (data as unknown[]).map((entry, i) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const label = typeof e.schaal === 'string' && e.schaal !== '' ? `schaal '${e.schaal}'` : `schaal ${i + 1}`;
    if (typeof e.schaal !== 'string' || e.schaal === '') fail(`${label} heeft geen naam ("schaal").`);
    const schaal = e.schaal as string;
    if (names.has(schaal)) fail(`${label} komt twee keer voor.`);
    names.add(schaal);
    if (!isStrings(e.items) || e.items.length < 2) fail(`${label}: "items" moet een lijst van minstens twee itemcodes zijn.`);
    const items = e.items as string[];
    const omgepoold = e.omgepoold ?? [];
    if (!isStrings(omgepoold)) fail(`${label}: "omgepoold" moet een lijst van itemcodes zijn.`);
    for (const item of items) {
      if (owner.get(item) === schaal) fail(`${label}: item '${item}' staat er twee keer in.`);
      if (owner.has(item)) fail(`item '${item}' staat in ${label} en in schaal '${owner.get(item)}'.`);
      owner.set(item, schaal);
    }
    for (const item of omgepoold as string[]) if (!items.includes(item)) fail(`${label}: omgepoold item '${item}' staat niet bij de items.`);
    return { schaal, items, omgepoold: omgepoold as string[] };
  });
}
