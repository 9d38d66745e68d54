// Model matrices as R's model.matrix builds them for `y ~ f1 + f2 + x1`: an intercept, then per factor
// one 0/1 column for every level except the reference (treatment contrasts), then the covariates as
// they are. Term names follow R (`(Intercept)`, `geslachtv`, `lvs`) so that output can be compared
// with R line by line. Column-major: column j is x[j*n … j*n+n-1].
import { StatsInputError } from './errors.js';

export interface Design {
  x: Float64Array;
  n: number;
  p: number;
  terms: string[];
}

export interface FactorColumn {
  name: string;
  values: readonly string[];
  /** Reference level first; every value must be one of them. */
  levels: readonly string[];
}

export interface NumericColumn {
  name: string;
  values: Float64Array;
}

const collator = new Intl.Collator('nl');

/**
 * The levels in model order: the reference, then the levels named in `order`, then the rest sorted
 * alphabetically as R's factor() does.
 */
export function orderLevels(name: string, values: readonly string[], reference: string, order: readonly string[] = []): string[] {
  const present = new Set(values);
  for (const level of [reference, ...order]) {
    if (!present.has(level)) {
      const found = [...present].sort(collator.compare).map((l) => `'${l}'`).join(', ');
      throw new StatsInputError(
        'level_missing',
        `Niveau '${level}' komt niet voor in kolom '${name}'. Gevonden niveaus: ${found || '(geen)'}.`,
      );
    }
  }
  const named = [reference, ...order.filter((l) => l !== reference)];
  const rest = [...present].filter((l) => !named.includes(l)).sort(collator.compare);
  const levels = [...named, ...rest];
  if (levels.length < 2) {
    throw new StatsInputError(
      'level_missing',
      `Kolom '${name}' heeft alleen het niveau '${reference}': om te vergelijken zijn minstens twee niveaus nodig.`,
    );
  }
  return levels;
}

export function buildTreatmentDesign(n: number, factors: readonly FactorColumn[], covariates: readonly NumericColumn[]): Design {
  const terms = ['(Intercept)'];
  for (const f of factors) for (const level of f.levels.slice(1)) terms.push(f.name + level);
  for (const c of covariates) terms.push(c.name);
  const p = terms.length;
  const x = new Float64Array(n * p);
  x.fill(1, 0, n);
  let column = 1;
  for (const f of factors) {
    // Level index → design column, or -1 for the reference level (all zeros).
    const columnOf = new Map(f.levels.map((level, i) => [level, i === 0 ? -1 : column + i - 1]));
    for (let r = 0; r < n; r++) {
      const j = columnOf.get(f.values[r]);
      if (j === undefined) throw new Error(`Waarde '${f.values[r]}' van '${f.name}' staat niet in de niveaus.`);
      if (j >= 0) x[j * n + r] = 1;
    }
    column += f.levels.length - 1;
  }
  for (const c of covariates) {
    x.set(c.values.subarray(0, n), column * n);
    column++;
  }
  return { x, n, p, terms };
}
