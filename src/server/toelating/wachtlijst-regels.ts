// The waiting-list rules, in plain sight for parents, schools and the coordinator: one order for
// everyone, first by priority rule, then by the day the commissie recommended the pupil.
// source: 003 §20.3 — everyone aims to prevent thuiszitten; 003 ch. 20 — waiting lists are a warning sign.

export type Prioriteit = 'thuiszitter' | 'dreigende_uitval' | 'regulier';

export const PRIORITEITSREGELS: { prioriteit: Prioriteit; regel: string }[] = [
  { prioriteit: 'thuiszitter', regel: 'Eerst: leerlingen die nu thuiszitten, zonder passend onderwijs.' },
  { prioriteit: 'dreigende_uitval', regel: 'Daarna: leerlingen bij wie thuiszitten dreigt (veel verzuim, vastgelopen op school).' },
  { prioriteit: 'regulier', regel: 'Daarna: alle andere leerlingen.' },
];
export const VOLGORDE_REGEL = 'Binnen elke groep telt de dag waarop de commissie de leerling aanbeval: wie eerder is aanbevolen, is eerder aan de beurt. Een ouderbijdrage telt nooit mee.';

const rang: Record<Prioriteit, number> = { thuiszitter: 0, dreigende_uitval: 1, regulier: 2 };

export type Wachtende = { id: string; prioriteit: Prioriteit; sinds: string };

/** The list in order, each with its position (1 = next). */
export function orderWachtlijst<W extends Wachtende>(rijen: W[]): (W & { positie: number })[] {
  return [...rijen]
    .sort((a, b) => rang[a.prioriteit] - rang[b.prioriteit] || a.sinds.localeCompare(b.sinds) || a.id.localeCompare(b.id))
    .map((w, i) => ({ ...w, positie: i + 1 }));
}

export type PeriodePlaatsen = { van: string; tot: string; plaatsen: number; bezet: number };

/**
 * The expected start of the pupil at `positie`: today when enough places are free now, otherwise
 * the first later period with enough free places; null when no period has room yet.
 */
export function estimateStart(positie: number, perioden: PeriodePlaatsen[], vandaag: string): string | null {
  for (const p of [...perioden].sort((a, b) => a.van.localeCompare(b.van))) {
    if (p.tot < vandaag) continue;
    const vrij = p.plaatsen - (p.van <= vandaag ? p.bezet : 0);
    if (vrij >= positie) return p.van <= vandaag ? vandaag : p.van;
  }
  return null;
}

/** Whole weeks between two ISO dates. */
export const wekenTussen = (van: string, tot: string) => Math.floor((Date.parse(tot) - Date.parse(van)) / (7 * 86_400_000));
