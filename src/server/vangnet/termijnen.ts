// The deadlines of the vangnet, computed here and nowhere else (source: 003 §20.3). Dates are plain
// calendar dates (YYYY-MM-DD) in the Netherlands; arithmetic is done on UTC midnights, so a switch to
// or from summer time never moves a deadline. "Today" is the date in Europe/Amsterdam.
//
// Do school holidays count? Yes, for both: the source speaks of calendar time ("binnen 2 weken dat een
// leerling echt uitvalt", "een periode van maximaal 12 weken tijdelijke opvang"), not of school weeks.
// A pupil who dropped out is at home in a holiday as well, and temporary care (huiskamer, zorgboerderij)
// runs through it; a holiday must not hide a thuiszitter for longer.

export type TermijnSoort = 'intake' | 'tijdelijke_opvang';

export type Termijn = {
  soort: TermijnSoort;
  /** Days after the starting date on which the deadline falls (the last allowed day). */
  dagen: number;
  /** School holidays count towards the period (see above). */
  vakantiesTellen: true;
  bron: string;
};

export const termijnen: Record<TermijnSoort, Termijn> = {
  // Drop-out on day D: the intake may be on D + 14 at the latest (the same weekday two weeks later).
  intake: { soort: 'intake', dagen: 14, vakantiesTellen: true, bron: '003 §20.3' },
  // Care starting on day S lasts 12 weeks = 84 days, S included: the last day of care is S + 83.
  tijdelijke_opvang: { soort: 'tijdelijke_opvang', dagen: 12 * 7 - 1, vakantiesTellen: true, bron: '003 §20.3' },
};

const DAG_MS = 86_400_000;
const alsUtc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const alsIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const plusDagen = (iso: string, dagen: number) => alsIso(alsUtc(iso) + dagen * DAG_MS);
export const dagenTussen = (van: string, tot: string) => Math.round((alsUtc(tot) - alsUtc(van)) / DAG_MS);

/** The date in the Netherlands at instant `nu` (summer and winter time alike). */
export function datumInNederland(nu: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(nu);
}

/** The last allowed day of a deadline that starts on `start`. */
export const uiterlijk = (soort: TermijnSoort, start: string) => plusDagen(start, termijnen[soort].dagen);

export type TermijnStand = {
  soort: TermijnSoort;
  uiterlijk: string;
  /** Days left until the last allowed day; 0 on that day, negative once it has passed. */
  dagenOver: number;
  /** Met (the step was done) on or before the last day, or not yet due, or overdue. */
  stand: 'op_tijd' | 'loopt' | 'verlopen' | 'te_laat_gehaald';
};

/**
 * Where a deadline stands at `vandaag`: `gedaan` is the date the step was done (intake held, care
 * ended), or null while it is still open.
 */
export function termijnStand(soort: TermijnSoort, start: string, gedaan: string | null, vandaag: string): TermijnStand {
  const laatste = uiterlijk(soort, start);
  const dagenOver = dagenTussen(vandaag, laatste);
  if (gedaan) return { soort, uiterlijk: laatste, dagenOver, stand: gedaan <= laatste ? 'op_tijd' : 'te_laat_gehaald' };
  return { soort, uiterlijk: laatste, dagenOver, stand: vandaag > laatste ? 'verlopen' : 'loopt' };
}

/** Today in the Netherlands: what a user in the region calls "today", also just after midnight. */
export const vandaagNl = () => datumInNederland(new Date());
