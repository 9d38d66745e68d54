// The curative route (source: 003 §17.2.2, the Jaimo example): falling results lead to an
// observation, a talk with the pupil, a talk with the parents, a hypothesis, an analysis with the
// IB, and only then a trajectory outside the class with a stated goal. Steps may repeat (a second
// observation), but none may be skipped.
export const stappen = ['observatie', 'gesprek_leerling', 'gesprek_ouders', 'hypothese', 'analyse_ib', 'traject'] as const;
export type Stap = (typeof stappen)[number];

export const stapNaam: Record<Stap, string> = {
  observatie: 'Observatie',
  gesprek_leerling: 'Gesprek met de leerling',
  gesprek_ouders: 'Gesprek met de ouders',
  hypothese: 'Hypothese',
  analyse_ib: 'Analyse met de intern begeleider',
  traject: 'Traject buiten de klas met een doel',
};

export const CURATIEF_BRON = '003 §17.2.2';

/** The first earlier step that is missing, or null when `nieuw` may be added. */
export function ontbrekendeStap(gezet: readonly Stap[], nieuw: Stap): Stap | null {
  const tot = stappen.indexOf(nieuw);
  return stappen.slice(0, tot).find((s) => !gezet.includes(s)) ?? null;
}

/** The next step to take: the first one not yet set (null when the trajectory is there). */
export function volgendeStap(gezet: readonly Stap[]): Stap | null {
  return stappen.find((s) => !gezet.includes(s)) ?? null;
}

export function volgordeMelding(ontbreekt: Stap, nieuw: Stap): string {
  return `"${stapNaam[nieuw]}" kan pas als "${stapNaam[ontbreekt]}" is vastgelegd. De curatieve route gaat stap voor stap: `
    + `${stappen.map((s) => stapNaam[s].toLowerCase()).join(' → ')} (bron: ${CURATIEF_BRON}).`;
}
