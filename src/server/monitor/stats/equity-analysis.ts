// The equity monitor: who takes part, by background, with and without control for LVS and experienced
// challenge (source: 004 §2). From a table of pupils to R's glm table plus participation per level.
import type { CsvTable } from './csv-parse.js';
import { buildTreatmentDesign, orderLevels, type FactorColumn, type NumericColumn } from './design.js';
import { StatsInputError } from './errors.js';
import { fitLogistic } from './logistic.js';
import { participationRates, type ParticipationRate } from './participation.js';
import { getColumn, getNumberColumn, isMissing, parseDecimal } from './table.js';
import { summarizeWald, type WaldTerm } from './wald.js';

export interface FactorSpec {
  name: string;
  reference: string;
  /** Levels to put right after the reference, in this order; the rest follow alphabetically. */
  order?: string[];
}

export interface EquitySpec {
  outcome: string;
  factors: FactorSpec[];
  covariates: string[];
}

export interface EquityResult {
  /** Pupils in the model. */
  n: number;
  /** Rows left out because the outcome, a factor or a covariate was missing (R's na.omit). */
  dropped: number;
  deviance: number;
  iterations: number;
  terms: WaldTerm[];
  rates: ParticipationRate[];
}

export function analyseEquity(table: CsvTable, spec: EquitySpec): EquityResult {
  const outcomeRaw = getColumn(table, spec.outcome);
  const factorRaw = spec.factors.map((f) => getColumn(table, f.name));
  const covariateValues = spec.covariates.map((name) => getNumberColumn(table, name));

  const keep: number[] = [];
  for (let r = 0; r < table.rowCount; r++) {
    const isComplete =
      !isMissing(outcomeRaw[r]) && factorRaw.every((column) => !isMissing(column[r])) && covariateValues.every((v) => !Number.isNaN(v[r]));
    if (isComplete) keep.push(r);
  }
  const n = keep.length;
  const y = readOutcome(table, spec.outcome, outcomeRaw, keep);
  const factors: FactorColumn[] = spec.factors.map((f, i) => {
    const values = keep.map((r) => factorRaw[i][r].trim());
    return { name: f.name, values, levels: orderLevels(f.name, values, f.reference, f.order) };
  });
  const covariates: NumericColumn[] = spec.covariates.map((name, i) => ({
    name,
    values: Float64Array.from(keep, (r) => covariateValues[i][r]),
  }));
  const rates = participationRates(y, factors);
  assertEveryLevelVaries(rates);

  const design = buildTreatmentDesign(n, factors, covariates);
  if (n <= design.p) {
    throw new StatsInputError(
      'too_few_rows',
      `Te weinig leerlingen: ${n} met volledige gegevens voor een model met ${design.p} termen.`,
    );
  }
  const fit = fitLogistic(design, y);
  return { n, dropped: table.rowCount - n, deviance: fit.deviance, iterations: fit.iterations, terms: summarizeWald(fit), rates };
}

function readOutcome(table: CsvTable, name: string, raw: string[], keep: number[]): Float64Array {
  const y = new Float64Array(keep.length);
  let sum = 0;
  for (let i = 0; i < keep.length; i++) {
    const value = parseDecimal(raw[keep[i]]);
    if (value !== 0 && value !== 1) {
      throw new StatsInputError(
        'outcome_invalid',
        `Regel ${table.lines[keep[i]]}, kolom '${name}': '${raw[keep[i]]}' is geen 0 of 1. De uitkomst moet 0 (neemt niet deel) of 1 (neemt deel) zijn.`,
      );
    }
    y[i] = value;
    sum += value;
  }
  if (keep.length === 0) {
    throw new StatsInputError('too_few_rows', 'Er zijn geen rijen met volledige gegevens om te analyseren.');
  }
  if (sum === 0 || sum === keep.length) {
    throw new StatsInputError(
      'outcome_invalid',
      `De uitkomst '${name}' is voor alle ${keep.length} leerlingen ${sum === 0 ? 0 : 1}: zonder variatie valt er niets te vergelijken.`,
    );
  }
  return y;
}

/**
 * A level in which nobody, or everybody, takes part separates the data: the maximum-likelihood estimate
 * is infinite and R would report a huge coefficient with a huge standard error, without warning.
 */
function assertEveryLevelVaries(rates: ParticipationRate[]): void {
  for (const r of rates) {
    if (r.deelnemers === 0 || r.deelnemers === r.n) {
      throw new StatsInputError(
        'separation',
        `Scheiding: in niveau '${r.niveau}' van '${r.variabele}' ${r.deelnemers === 0 ? 'neemt niemand' : 'neemt iedereen'} deel ` +
          `(${r.deelnemers} van ${r.n}). Het effect van dit niveau is dan niet te schatten; voeg het samen met een ander niveau.`,
      );
    }
  }
}
