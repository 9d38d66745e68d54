// The equity monitor: who takes part, by background, with and without control for LVS and experienced
// challenge (source: 004 §2). From a table of pupils to R's glm table plus participation per level.
import type { CsvTable } from './csv-parse.js';
import { buildTreatmentDesign, orderLevels, type FactorColumn, type NumericColumn } from './design.js';
import { StatsInputError } from './errors.js';
import { fitLogistic } from './logistic.js';
import { participationRates, type ParticipationRate } from './participation.js';
import { cellLabel, getColumn, getColumnIndex, getNumberColumn, isMissing } from './table.js';
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
  const outcome = readOutcome(table, spec.outcome);
  const factorRaw = spec.factors.map((f) => getColumn(table, f.name));
  const covariateValues = spec.covariates.map((name) => getNumberColumn(table, name));

  // R's na.omit: a row takes part only when the outcome, every factor and every covariate is there.
  const isComplete = new Uint8Array(table.rowCount).fill(1);
  for (let r = 0; r < table.rowCount; r++) if (Number.isNaN(outcome[r])) isComplete[r] = 0;
  for (const column of factorRaw) for (let r = 0; r < table.rowCount; r++) if (isMissing(column[r])) isComplete[r] = 0;
  for (const values of covariateValues) for (let r = 0; r < table.rowCount; r++) if (Number.isNaN(values[r])) isComplete[r] = 0;
  const keep: number[] = [];
  for (let r = 0; r < table.rowCount; r++) if (isComplete[r]) keep.push(r);
  const n = keep.length;
  const y = Float64Array.from(keep, (r) => outcome[r]);
  assertOutcomeVaries(spec.outcome, y);
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

/** The 0/1 outcome of every row, NaN where it is missing. */
function readOutcome(table: CsvTable, name: string): Float64Array {
  const c = getColumnIndex(table, name);
  const y = new Float64Array(table.rowCount);
  for (let r = 0; r < y.length; r++) {
    const value = table.numberAt(c, r);
    if (value === undefined || (value !== 0 && value !== 1 && !Number.isNaN(value))) {
      throw new StatsInputError(
        'outcome_invalid',
        `${cellLabel(table, name, r)}: '${table.column(c)[r]}' is geen 0 of 1. De uitkomst moet 0 (neemt niet deel) of 1 (neemt deel) zijn.`,
      );
    }
    y[r] = value;
  }
  return y;
}

function assertOutcomeVaries(name: string, y: Float64Array): void {
  if (y.length === 0) {
    throw new StatsInputError('too_few_rows', 'Er zijn geen rijen met volledige gegevens om te analyseren.');
  }
  let sum = 0;
  for (let i = 0; i < y.length; i++) sum += y[i];
  if (sum === 0 || sum === y.length) {
    throw new StatsInputError(
      'outcome_invalid',
      `De uitkomst '${name}' is voor alle ${y.length} leerlingen ${sum === 0 ? 0 : 1}: zonder variatie valt er niets te vergelijken.`,
    );
  }
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
