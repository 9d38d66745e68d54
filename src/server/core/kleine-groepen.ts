// Small-cell suppression for every figure about pupils that leaves the server as an aggregate
// (blind spots, the monitor, the network's coverage): no figure on fewer than 10 pupils, and when one
// part of a shown total is hidden, the next smallest is hidden too, so that it cannot be worked out
// by subtracting the others from the total.

/** Our own threshold, common in official statistics: no figure on fewer than 10 pupils. */
export const MINIMUM_GROEP = 10;

export type Telling = { aantal: number | null; onderdrukt: boolean };
export type Groep = { waarde: string; leerlingen: number | null; gesignaleerd: number | null; onderdrukt: boolean };

const klein = (n: number, minimum: number) => n > 0 && n < minimum;

/**
 * Which of these counts, the parts of one total that is shown, to withhold: every count under the
 * minimum (0 is shown: it names nobody), and the next smallest when exactly one is withheld.
 */
export function teOnderdrukken(aantallen: readonly number[], minimum = MINIMUM_GROEP): boolean[] {
  const weg = aantallen.map((n) => klein(n, minimum));
  if (weg.filter(Boolean).length === 1) {
    const volgende = aantallen.map((n, i) => ({ n, i })).filter((x) => !weg[x.i] && x.n > 0).sort((a, b) => a.n - b.n)[0];
    if (volgende) weg[volgende.i] = true;
  }
  return weg;
}

/** A count of pupils on its own: shown when 0 or at least the minimum. */
export const telling = (n: number, minimum = MINIMUM_GROEP): Telling =>
  (klein(n, minimum) ? { aantal: null, onderdrukt: true } : { aantal: n, onderdrukt: false });

/** The parts of one shown total, each withheld by `teOnderdrukken`. */
export const tellingen = (aantallen: readonly number[], minimum = MINIMUM_GROEP): Telling[] =>
  teOnderdrukken(aantallen, minimum).map((weg, i) => (weg ? { aantal: null, onderdrukt: true } : { aantal: aantallen[i]!, onderdrukt: false }));

/** Groups of one dimension (pupils, and those signalled among them): a group is hidden as a whole. */
export function suppress(groepen: { waarde: string; leerlingen: number; gesignaleerd: number }[], minimum = MINIMUM_GROEP): Groep[] {
  const weg = teOnderdrukken(groepen.map((g) => g.leerlingen), minimum);
  return groepen.map((g, i) => (weg[i]
    ? { waarde: g.waarde, leerlingen: null, gesignaleerd: null, onderdrukt: true }
    : { waarde: g.waarde, leerlingen: g.leerlingen, gesignaleerd: g.gesignaleerd, onderdrukt: false }));
}
