// The impact monitor: does taking part in a plusklas change how pupils experience school? Two waves,
// participants against a comparison group, per scale an ANCOVA-style OLS `na ~ voor + groep` and
// Hedges' g (source: 004 §2 — design with two waves and comparable non-participants; the product reports
// effect sizes with intervals because the summary gives none; rules from shared/fixtures/README.md).
import type { CsvTable } from './csv-parse.js';
import { StatsInputError } from './errors.js';
import { fitOls } from './ols.js';
import { cronbachAlpha, hedgesG, LIKERT_MAX, LIKERT_MIN, mean, reverseScore, scaleScores, variance, type ScaleDefinition } from './scales.js';
import { cellLabel, getColumn, getColumnIndex } from './table.js';

export const GROUPS = ['vergelijking', 'deelnemer'] as const; // reference first, as in R
const WAVES = 2;

export interface ImpactRow {
  schaal: string;
  alpha_meting1: number;
  alpha_meting2: number;
  n_deelnemer: number;
  n_vergelijking: number;
  gem_voor_deelnemer: number;
  gem_na_deelnemer: number;
  gem_voor_vergelijking: number;
  gem_na_vergelijking: number;
  effect: number;
  se: number;
  t: number;
  p: number;
  ci_lo: number;
  ci_hi: number;
  hedges_g: number;
  g_lo: number;
  g_hi: number;
}

export const IMPACT_COLUMNS: readonly (keyof ImpactRow)[] = [
  'schaal', 'alpha_meting1', 'alpha_meting2', 'n_deelnemer', 'n_vergelijking', 'gem_voor_deelnemer', 'gem_na_deelnemer',
  'gem_voor_vergelijking', 'gem_na_vergelijking', 'effect', 'se', 't', 'p', 'ci_lo', 'ci_hi', 'hedges_g', 'g_lo', 'g_hi',
];

export interface ImpactResult {
  pupils: number;
  answers: number;
  scales: ImpactRow[];
}

/** Answers in long format (leerling, groep, meting, item, score), one row per answered item. */
export function analyseImpact(table: CsvTable, scales: readonly ScaleDefinition[]): ImpactResult {
  const pupilColumnIndex = getColumnIndex(table, 'leerling');
  const groupColumn = getColumn(table, 'groep');
  const waveColumnIndex = getColumnIndex(table, 'meting');
  const itemColumn = getColumn(table, 'item');
  const scoreColumnIndex = getColumnIndex(table, 'score');
  const at = (r: number, column: string) => cellLabel(table, column, r);

  // Items of all scales in one list; an answer row refers to its item by position in it.
  const items = scales.flatMap((s, scale) => s.items.map((item, index) => ({ scale, index, isReversed: s.omgepoold.includes(item) })));
  const itemPosition = new Map(scales.flatMap((s) => s.items).map((item, position) => [item, position]));

  const pupilIndex = new Map<string, number>();
  const groupOf: number[] = [];
  const groupLine: number[] = [];
  const pupilOfRow = new Int32Array(table.rowCount).fill(-1); // -1: the row is not used
  const itemOfRow = new Int32Array(table.rowCount);
  const scoreOfRow = new Float64Array(table.rowCount);
  let lastId = '';
  let lastPupil = -1;
  let used = 0;
  for (let r = 0; r < table.rowCount; r++) {
    const position = itemPosition.get(itemColumn[r].trim());
    const score = table.numberAt(scoreColumnIndex, r);
    if (position === undefined || Number.isNaN(score)) continue;
    // Files are usually sorted by pupil: most rows belong to the pupil of the row before, and are
    // recognised without making a string of the cell.
    const isSamePupil = lastPupil >= 0 && table.cellEquals(pupilColumnIndex, r, lastId);
    const pupilId = isSamePupil ? lastId : table.cell(pupilColumnIndex, r).trim();
    if (pupilId === '') throw new StatsInputError('value_invalid', `${at(r, 'leerling')}: de leerling ontbreekt.`);
    const group = GROUPS.indexOf(groupColumn[r].trim() as (typeof GROUPS)[number]);
    if (group < 0) {
      throw new StatsInputError('value_invalid', `${at(r, 'groep')}: '${groupColumn[r]}' is geen groep; verwacht 'deelnemer' of 'vergelijking'.`);
    }
    const wave = table.numberAt(waveColumnIndex, r);
    if (wave !== 1 && wave !== 2) {
      throw new StatsInputError('value_invalid', `${at(r, 'meting')}: '${table.column(waveColumnIndex)[r]}' is geen meting; verwacht 1 of 2.`);
    }
    if (score === undefined || !(score >= LIKERT_MIN && score <= LIKERT_MAX)) {
      throw new StatsInputError(
        'value_invalid',
        `${at(r, 'score')}: '${table.column(scoreColumnIndex)[r]}' is geen score van ${LIKERT_MIN} tot en met ${LIKERT_MAX}.`,
      );
    }
    let pupil = isSamePupil ? lastPupil : pupilIndex.get(pupilId);
    if (pupil === undefined) {
      pupil = groupOf.length;
      pupilIndex.set(pupilId, pupil);
      groupOf.push(group);
      groupLine.push(table.lines[r]);
    } else if (groupOf[pupil] !== group) {
      throw new StatsInputError(
        'value_invalid',
        `${at(r, 'groep')}: leerling '${pupilId}' staat hier in groep '${GROUPS[group]}' en op regel ${groupLine[pupil]} in '${GROUPS[groupOf[pupil]]}'.`,
      );
    }
    lastId = pupilId;
    lastPupil = pupil;
    pupilOfRow[r] = pupil * WAVES + wave - 1;
    itemOfRow[r] = position;
    scoreOfRow[r] = items[position].isReversed ? reverseScore(score) : score;
    used++;
  }

  // Per scale and wave a pupils × items matrix of scores, NaN where not answered.
  const nPupils = groupOf.length;
  const answers = scales.map((s) => Array.from({ length: WAVES }, () => new Float64Array(nPupils * s.items.length).fill(NaN)));
  for (let r = 0; r < table.rowCount; r++) {
    if (pupilOfRow[r] < 0) continue;
    const { scale, index } = items[itemOfRow[r]];
    const pupil = Math.floor(pupilOfRow[r] / WAVES);
    const wave = pupilOfRow[r] % WAVES;
    const matrix = answers[scale][wave];
    const cell = pupil * scales[scale].items.length + index;
    if (!Number.isNaN(matrix[cell])) {
      throw new StatsInputError(
        'value_invalid',
        `Regel ${table.lines[r]}: leerling '${table.cell(pupilColumnIndex, r).trim()}' heeft item '${itemColumn[r].trim()}' in meting ${wave + 1} vaker dan eens beantwoord.`,
      );
    }
    matrix[cell] = scoreOfRow[r];
  }
  return {
    pupils: nPupils,
    answers: used,
    scales: scales.map((s, i) => analyseScale(s, answers[i], groupOf)),
  };
}

function analyseScale(scale: ScaleDefinition, answers: Float64Array[], groupOf: number[]): ImpactRow {
  const k = scale.items.length;
  const before = scaleScores(answers[0], k);
  const after = scaleScores(answers[1], k);
  const pairs: number[] = [];
  for (let pupil = 0; pupil < groupOf.length; pupil++) {
    if (!Number.isNaN(before[pupil]) && !Number.isNaN(after[pupil])) pairs.push(pupil);
  }
  const byGroup = (g: number, scores: Float64Array) => Float64Array.from(pairs.filter((i) => groupOf[i] === g), (i) => scores[i]);
  const [beforeComparison, beforeParticipant] = [byGroup(0, before), byGroup(1, before)];
  const [afterComparison, afterParticipant] = [byGroup(0, after), byGroup(1, after)];
  const n1 = afterParticipant.length;
  const n0 = afterComparison.length;
  if (n1 < 2 || n0 < 2) {
    throw new StatsInputError(
      'too_few_rows',
      `Schaal '${scale.schaal}': te weinig leerlingen met een schaalscore in beide metingen ` +
        `(deelnemers: ${n1}, vergelijkingsgroep: ${n0}); per groep zijn er minstens twee nodig.`,
    );
  }
  const n = pairs.length;
  const x = new Float64Array(n * 3);
  const y = new Float64Array(n);
  pairs.forEach((pupil, i) => {
    x[i] = 1;
    x[n + i] = before[pupil];
    x[2 * n + i] = groupOf[pupil];
    y[i] = after[pupil];
  });
  const fit = fitOls({ x, n, p: 3, terms: ['(Intercept)', 'schaal_voor', 'groepdeelnemer'] }, y);
  const effect = fit.terms[2];
  const g = hedgesG(effect.estimate, Math.sqrt(variance(afterParticipant)), n1, Math.sqrt(variance(afterComparison)), n0);
  return {
    schaal: scale.schaal,
    alpha_meting1: cronbachAlpha(answers[0], k),
    alpha_meting2: cronbachAlpha(answers[1], k),
    n_deelnemer: n1,
    n_vergelijking: n0,
    gem_voor_deelnemer: mean(beforeParticipant),
    gem_na_deelnemer: mean(afterParticipant),
    gem_voor_vergelijking: mean(beforeComparison),
    gem_na_vergelijking: mean(afterComparison),
    effect: effect.estimate,
    se: effect.se,
    t: effect.t,
    p: effect.p,
    ci_lo: effect.ciLow,
    ci_hi: effect.ciHigh,
    hedges_g: g.g,
    g_lo: g.low,
    g_hi: g.high,
  };
}
