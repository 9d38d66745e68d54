// Date rules in one place. A school year runs from 1 August to 31 July (WPO/WVO; the
// zomervakantie falls between). `schooljaar` is stored as the year it starts in.

/** Today's date in the Netherlands: between 22:00 and 24:00 UTC it is already tomorrow there. */
export const vandaag = (): string => datumInNederland(new Date());

/** The calendar date of a moment as a Dutch school sees it, 'YYYY-MM-DD'. */
export function datumInNederland(moment: Date): string {
  return moment.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
}

/** The moment a Dutch calendar day begins: 23:00 UTC the day before in winter, 22:00 in summer. */
export function dagBeginInNederland(iso: string): Date {
  const middernachtUtc = Date.parse(`${iso}T00:00:00Z`);
  for (const uren of [1, 2]) {
    const kandidaat = new Date(middernachtUtc - uren * 3_600_000);
    if (datumInNederland(kandidaat) === iso && datumInNederland(new Date(kandidaat.getTime() - 1)) !== iso) return kandidaat;
  }
  throw new Error(`geen begin van de dag gevonden voor ${iso}`);
}

/** The date part of a UTC date, for arithmetic on dates held as UTC midnight. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The start year of the school year a date falls in: 2026-11-30 → 2026, 2027-07-31 → 2026. */
export function schooljaarVan(datum: string | Date): number {
  const iso = typeof datum === 'string' ? datum : isoDate(datum);
  const jaar = Number(iso.slice(0, 4));
  const maand = Number(iso.slice(5, 7));
  return maand >= 8 ? jaar : jaar - 1;
}

export const huidigSchooljaar = () => schooljaarVan(vandaag());

/** "2026-2027", as schools write it. */
export const schooljaarLabel = (start: number) => `${start}-${start + 1}`;

export function schooljaarPeriode(start: number): { van: string; tot: string } {
  return { van: `${start}-08-01`, tot: `${start + 1}-07-31` };
}

/** Whole years between a birth date and a given date. */
export function leeftijdOp(geboortedatum: string, op: string): number {
  const [gj, gm, gd] = geboortedatum.split('-').map(Number) as [number, number, number];
  const [j, m, d] = op.split('-').map(Number) as [number, number, number];
  return j - gj - (m < gm || (m === gm && d < gd) ? 1 : 0);
}
