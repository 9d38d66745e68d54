// Synthetic people: names, birth dates that fit the class, and unique e-mail addresses.
import type { Random } from './random.js';
import { achternamen, letters, voornamenJongens, voornamenMeisjes, voornamenVolwassenen } from './names.js';

export type Geslacht = 'm' | 'v' | 'x';
export type Familienaam = { tussenvoegsel: string | null; achternaam: string };
export type Persoon = Familienaam & { voornaam: string };

export function familienaam(rng: Random): Familienaam {
  const [tussenvoegsel, achternaam] = rng.pick(achternamen);
  return { tussenvoegsel: tussenvoegsel || null, achternaam };
}

export const geslacht = (rng: Random): Geslacht => rng.weighted({ m: 49.5, v: 49.5, x: 1 });

export function voornaamKind(rng: Random, g: Geslacht): string {
  if (g === 'm') return rng.pick(voornamenJongens);
  if (g === 'v') return rng.pick(voornamenMeisjes);
  return rng.pick(rng.chance(0.5) ? voornamenJongens : voornamenMeisjes);
}

export const volwassene = (rng: Random): Persoon => ({ voornaam: rng.pick(voornamenVolwassenen), ...familienaam(rng) });

/**
 * A birth date that fits the class. Pupils born from 1 October of one year to 30 September of the
 * next form one cohort: in the school year starting in `schooljaar`, groep 3 holds the cohort
 * ending in `schooljaar - 6`. `niveau` counts on from po into vo: jaargroep 1–8, then 9 for
 * leerjaar 1 and so on. A few pupils repeated a year and are a year older.
 */
export function geboortedatum(rng: Random, schooljaar: number, niveau: number): string {
  const eindjaar = schooljaar - 3 - niveau - (rng.chance(0.03) ? 1 : 0);
  const start = Date.UTC(eindjaar - 1, 9, 1);
  const dagen = (Date.UTC(eindjaar, 8, 30) - start) / 86_400_000;
  return new Date(start + rng.int(0, dagen) * 86_400_000).toISOString().slice(0, 10);
}

/** A random day of the school year that started in `schooljaar`. */
export function dagInSchooljaar(rng: Random, schooljaar: number): string {
  return new Date(Date.UTC(schooljaar, 7, 1) + rng.int(0, 364) * 86_400_000).toISOString().slice(0, 10);
}

export function dagErvoor(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** "j.vandenberg@domein", with a number added when the address is taken. */
export function medewerkerEmail(p: Persoon, domein: string, gebruikt: Set<string>): string {
  const basis = `${letters(p.voornaam).slice(0, 1)}.${letters(`${p.tussenvoegsel ?? ''}${p.achternaam}`)}`;
  let email = `${basis}@${domein}`;
  for (let n = 2; gebruikt.has(email); n++) email = `${basis}${n}@${domein}`;
  gebruikt.add(email);
  return email;
}
