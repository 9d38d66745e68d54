// The rules a provision must keep to be in the catalogue, each with its source. The service calls
// them before writing; the database repeats the structural ones as CHECKs.
import type { VeldFout } from '../core/errors/app-error.js';

export type Ouderbijdrage = 'geen' | 'vrijwillig' | 'verplicht';

export type AanbodRegelInvoer = {
  vorm: string;
  ouderbijdrage: Ouderbijdrage;
  vrijwilligeBijdrage?: string | null;
  gekoppeldeSchoolId?: string | null;
  particuliereAanbieder?: string | null;
  bekostigdeSchoolId?: string | null;
  leeftijdVan: number;
  leeftijdTot: number;
};

export const REGEL_GRATIS_ONDERWIJS =
  'Onderwijs is gratis: toelating mag nooit afhangen van een bijdrage van ouders. Een verplichte ouderbijdrage kan daarom niet worden vastgelegd; een vrijwillige bijdrage mag wel worden genoemd, nooit als voorwaarde (bron: brief van de minister over voltijds hoogbegaafdenonderwijs, 2022; Kamerbrief passend onderwijs en hoogbegaafdheid, 2021).';
export const REGEL_VOLTIJD_GEKOPPELD =
  'Een voltijdvoorziening hoort bij een reguliere school, of is daaraan verbonden. Kies die school (bron: brief van de minister, 2022).';
export const REGEL_PARTICULIER_INGEKOCHT =
  'Een particuliere aanbieder kan alleen als ingekochte expertise van een bekostigde school: de leerling blijft ingeschreven op die school en krijgt daar onderwijs. Kies de bekostigde school (bron: Kamerbrief, 2021).';

/** The rule violations of a provision, as field errors; empty when it may be stored. */
export function checkAanbodRegels(v: AanbodRegelInvoer): VeldFout[] {
  const fouten: VeldFout[] = [];
  // source: 000, 001 — education is free; admission never depends on a contribution
  if (v.ouderbijdrage === 'verplicht') fouten.push({ veld: 'ouderbijdrage', melding: REGEL_GRATIS_ONDERWIJS });
  if (v.ouderbijdrage === 'vrijwillig' && !v.vrijwilligeBijdrage?.trim()) {
    fouten.push({ veld: 'vrijwilligeBijdrage', melding: 'Schrijf op wat de vrijwillige bijdrage is en waarvoor.' });
  }
  // source: 000 — full-time classes are connected to, preferably part of, a regular school
  if (v.vorm === 'voltijd' && !v.gekoppeldeSchoolId) fouten.push({ veld: 'gekoppeldeSchoolId', melding: REGEL_VOLTIJD_GEKOPPELD });
  // source: 001 — no public money to private schools; only expertise bought in by a funded school
  if (v.particuliereAanbieder?.trim() && !v.bekostigdeSchoolId) {
    fouten.push({ veld: 'bekostigdeSchoolId', melding: REGEL_PARTICULIER_INGEKOCHT });
  }
  if (v.leeftijdTot < v.leeftijdVan) fouten.push({ veld: 'leeftijdTot', melding: 'De hoogste leeftijd ligt onder de laagste.' });
  return fouten;
}
