// The trend rule on LVS results: when does a downward spiral call for a talk with pupil and parents?
// source: 003 §17.2.2 — "a downward spiral in results, learning behaviour and/or wellbeing is always a
// reason to talk". The sources give no thresholds: the rule and its defaults below are OUR OWN,
// configurable per SWV. It starts a talk; it never decides anything about the pupil (003 §18.6).

export type TrendConfig = {
  /** This many results in a row of one subject, each lower than the one before, is a spiral. */
  aantalDalend: number;
  /** A drop of at least this many percentile points between two consecutive tests of one subject. */
  dalingPercentiel: number;
};

/** Our own defaults (not from the sources). */
export const STANDAARD_TREND: TrendConfig = { aantalDalend: 3, dalingPercentiel: 20 };

/** Per SWV (by its code), the thresholds it chose; the defaults hold for everything left out. */
export const TREND_PER_SWV: Record<string, Partial<TrendConfig>> = {};

export const trendConfigVoor = (swvCode: string | null | undefined): TrendConfig =>
  ({ ...STANDAARD_TREND, ...(swvCode ? TREND_PER_SWV[swvCode] : undefined) });

export type Resultaat = { vak: string; toets: string; datum: string; score: number; percentiel: number | null };

export type TrendSignaal = {
  vak: string;
  regel: 'dalend' | 'daling_percentiel';
  /** The date of the latest result the rule looked at: a talk is due only when this result is new. */
  totEnMet: string;
  /** The reason, spelled out in Dutch for the teacher. */
  reden: string;
};

const fmt = (n: number) => n.toLocaleString('nl-NL');
const datumNl = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/**
 * The spirals in one pupil's results, at most one per subject. Percentiles compare across tests;
 * raw scores only within one test, so without percentiles the rule looks at the latest results
 * of one test only.
 */
export function findTrends(resultaten: readonly Resultaat[], config: TrendConfig = STANDAARD_TREND): TrendSignaal[] {
  const perVak = new Map<string, Resultaat[]>();
  for (const r of resultaten) {
    const k = r.vak.trim().toLowerCase();
    perVak.set(k, [...(perVak.get(k) ?? []), r]);
  }
  const uit: TrendSignaal[] = [];
  for (const lijst of perVak.values()) {
    const reeks = [...lijst].sort((a, b) => a.datum.localeCompare(b.datum));
    const laatste = reeks[reeks.length - 1]!;
    const vak = laatste.vak;

    // Rule 1: a fall of ≥ N percentile points between the last two tests with a percentile.
    const metP = reeks.filter((r) => r.percentiel !== null);
    const [vorige, nu] = metP.slice(-2);
    if (vorige && nu && nu === laatste && vorige.percentiel! - nu.percentiel! >= config.dalingPercentiel) {
      uit.push({
        vak, regel: 'daling_percentiel', totEnMet: nu.datum,
        reden: `${vak}: het percentiel daalde van ${vorige.percentiel} (${datumNl(vorige.datum)}) naar ${nu.percentiel} (${datumNl(nu.datum)}), ${vorige.percentiel! - nu.percentiel!} punten.`,
      });
      continue;
    }

    // Rule 2: the last N results keep falling (percentiles when all have one, else scores of one test).
    const n = config.aantalDalend;
    if (n < 2 || reeks.length < n) continue;
    const laatsteN = reeks.slice(-n);
    const allemaalP = laatsteN.every((r) => r.percentiel !== null);
    const eenToets = laatsteN.every((r) => r.toets.trim().toLowerCase() === laatste.toets.trim().toLowerCase());
    if (!allemaalP && !eenToets) continue;
    const waarde = (r: Resultaat) => (allemaalP ? r.percentiel! : r.score);
    const dalend = laatsteN.every((r, i) => i === 0 || waarde(r) < waarde(laatsteN[i - 1]!));
    if (!dalend) continue;
    const wat = allemaalP ? 'percentielen' : `scores op ${laatste.toets}`;
    uit.push({
      vak, regel: 'dalend', totEnMet: laatste.datum,
      reden: `${vak}: de laatste ${n} ${wat} dalen steeds (${laatsteN.map((r) => `${fmt(waarde(r))} op ${datumNl(r.datum)}`).join(', ')}).`,
    });
  }
  return uit;
}
