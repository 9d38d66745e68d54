// The parents' picture set against the school's, per characteristic (source: 003 §19.4 — parents
// and school see different sides of a child; where the pictures differ, talk together).
// The thresholds are Piramide's own rule, not from a source: a difference of 2 or more points on
// one characteristic, or of 1 or more on the mean, raises a flag. A flag asks for a conversation;
// it never decides anything (003 §18.6: no rule decides on a single score).
import { kenmerken } from './standaard-formulieren.js';

export const VERSCHIL_KENMERK = 2;
export const VERSCHIL_GEMIDDELDE = 1;
export const VERGELIJKING_REGEL =
  'Eigen regel van Piramide: het beeld verschilt bij 2 of meer punten verschil op een kenmerk, of 1 of meer punt op het gemiddelde (bron: 003 §19.4).';

/** Scores per characteristic from one source (a filled-in form); missing = not scored. */
export type Scores = Record<string, number | undefined>;

export type KenmerkVergelijking = {
  sleutel: string;
  naam: string;
  school: number | null;
  ouders: number | null;
  verschil: number | null;
  verschilt: boolean;
};

export type Vergelijking = {
  kenmerken: KenmerkVergelijking[];
  gemiddelde: { school: number | null; ouders: number | null; verschil: number | null; verschilt: boolean };
  verschilt: boolean;
};

const rond = (n: number) => Math.round(n * 10) / 10;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/**
 * `school` holds every teacher nomination and observation; the school's score on a characteristic
 * is their mean. `ouders` is the parents' latest picture. The mean is taken over the
 * characteristics both scored, so a missing score does not move it.
 */
export function vergelijkBeelden(school: Scores[], ouders: Scores | null): Vergelijking {
  const rijen = kenmerken.map((k): KenmerkVergelijking => {
    const s = mean(school.map((x) => x[k.sleutel]).filter((v): v is number => typeof v === 'number'));
    const o = ouders?.[k.sleutel] ?? null;
    const verschil = s !== null && o !== null ? rond(o - s) : null;
    return {
      sleutel: k.sleutel, naam: k.naam, school: s === null ? null : rond(s), ouders: o,
      verschil, verschilt: verschil !== null && Math.abs(verschil) >= VERSCHIL_KENMERK - 1e-9,
    };
  });
  const beide = kenmerken.map((k) => ({
    s: mean(school.map((x) => x[k.sleutel]).filter((v): v is number => typeof v === 'number')),
    o: ouders?.[k.sleutel] ?? null,
  })).filter((x): x is { s: number; o: number } => x.s !== null && x.o !== null);
  // With nothing to compare, each side's mean is shown on its own (over what it scored).
  const ms = beide.length ? mean(beide.map((x) => x.s)) : mean(rijen.flatMap((r) => (r.school === null ? [] : [r.school])));
  const mo = beide.length ? mean(beide.map((x) => x.o)) : mean(rijen.flatMap((r) => (r.ouders === null ? [] : [r.ouders])));
  const verschil = beide.length && ms !== null && mo !== null ? rond(mo - ms) : null;
  const gemiddelde = {
    school: ms === null ? null : rond(ms), ouders: mo === null ? null : rond(mo), verschil,
    verschilt: verschil !== null && Math.abs(verschil) >= VERSCHIL_GEMIDDELDE - 1e-9,
  };
  return { kenmerken: rijen, gemiddelde, verschilt: gemiddelde.verschilt || rijen.some((r) => r.verschilt) };
}
