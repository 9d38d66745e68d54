// The CSV exports of the monitor pages: the same aggregates as the screen, small groups left out.
import { formatCsv, formatCsvObjects } from './stats/csv-write.js';
import { IMPACT_COLUMNS } from './stats/impact-analysis.js';
import { WALD_COLUMNS } from './stats/wald.js';
import type { analyseerEquity, analyseerImpact } from './analyse.service.js';

export function impactCsv(r: Awaited<ReturnType<typeof analyseerImpact>>): string {
  const kolommen = ['moderator', 'niveau', ...IMPACT_COLUMNS, 'melding'];
  const rijen = r.groepen.flatMap((g) => g.schalen.map((s) => [
    r.moderator ?? '', g.niveau,
    ...IMPACT_COLUMNS.map((c) => (c === 'schaal' ? s.schaal : s.resultaat ? s.resultaat[c] ?? NaN : '')),
    s.melding ?? '',
  ]));
  return formatCsv(kolommen, rijen);
}

export function equityCsv(r: Awaited<ReturnType<typeof analyseerEquity>>): string {
  const model = (naam: string, m: typeof r.zonderCorrectie) => m.termen.map((t) => ({ model: naam, n: m.n, ...t }));
  const termen = [...model('zonder_correctie', r.zonderCorrectie), ...model('met_correctie', r.metCorrectie)];
  return formatCsvObjects(['model', 'n', ...WALD_COLUMNS], termen);
}
