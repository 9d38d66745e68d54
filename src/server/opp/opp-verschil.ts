// The readable difference between two versions of an OPP: per part what was added, changed or
// removed, in the words of the plan itself. Goals are followed by their `sleutel`; agreements and
// partners by what they are (their "wat" or name), so a reordering is no change.
import type { OppInhoud, Wijziging } from './opp.schema.js';

const tekstvelden = [
  'perspectief', 'sterkePunten', 'bevorderend', 'belemmerend', 'ondersteuningsbehoeften',
  'leerlingWoorden', 'leerlingDoelen', 'ouderVisie', 'thuis',
] as const;

type Doel = OppInhoud['doelen'][number];
type Actie = OppInhoud['handelingsdeel'][number];
type Partner = OppInhoud['partners'][number];

const doelTekst = (d: Doel) => [d.omschrijving, d.soort === 'houdingsdoel' ? '(houdingsdoel)' : null, d.criterium ? `— bereikt als: ${d.criterium}` : null]
  .filter(Boolean).join(' ');
const actieTekst = (a: Actie) => `${a.wat} — wie: ${a.wie}; wanneer: ${a.wanneer}; waar: ${a.waar}${a.keuzeuur ? ' (keuze-uur)' : ''}`;
const partnerTekst = (p: Partner) => (p.rol ? `${p.naam} (${p.rol})` : p.naam);

function lijst<T>(onderdeel: string, oud: T[], nieuw: T[], sleutel: (x: T) => string, label: (x: T) => string, tekst: (x: T) => string): Wijziging[] {
  const uit: Wijziging[] = [];
  const oudPer = new Map(oud.map((x) => [sleutel(x), x]));
  const nieuwPer = new Map(nieuw.map((x) => [sleutel(x), x]));
  for (const [k, n] of nieuwPer) {
    const o = oudPer.get(k);
    if (!o) uit.push({ onderdeel, label: label(n), soort: 'toegevoegd', oud: null, nieuw: tekst(n) });
    else if (tekst(o) !== tekst(n)) uit.push({ onderdeel, label: label(n), soort: 'gewijzigd', oud: tekst(o), nieuw: tekst(n) });
  }
  for (const [k, o] of oudPer) if (!nieuwPer.has(k)) uit.push({ onderdeel, label: label(o), soort: 'verwijderd', oud: tekst(o), nieuw: null });
  return uit;
}

export function verschil(oud: OppInhoud | null, nieuw: OppInhoud): Wijziging[] {
  const o: Partial<OppInhoud> = oud ?? {};
  const uit: Wijziging[] = [];
  for (const veld of tekstvelden) {
    const a = (o[veld] ?? '').trim();
    const b = (nieuw[veld] ?? '').trim();
    if (a === b) continue;
    uit.push({ onderdeel: veld, label: null, soort: !a ? 'toegevoegd' : !b ? 'verwijderd' : 'gewijzigd', oud: a || null, nieuw: b || null });
  }
  uit.push(...lijst('doelen', o.doelen ?? [], nieuw.doelen, (d) => d.sleutel ?? d.omschrijving, (d) => d.omschrijving, doelTekst));
  uit.push(...lijst('handelingsdeel', o.handelingsdeel ?? [], nieuw.handelingsdeel, (a) => a.wat.toLowerCase(), (a) => a.wat, actieTekst));
  uit.push(...lijst('partners', o.partners ?? [], nieuw.partners, (p) => p.naam.toLowerCase(), (p) => p.naam, partnerTekst));
  return uit;
}

/**
 * Gives every goal a `sleutel`: goals keep theirs, new ones get the next free number of the plan
 * (counting every key the plan ever used, so a removed goal's key is never reused).
 */
export function sleutelsToekennen(doelen: OppInhoud['doelen'], eerder: string[]): { doelen: (Doel & { sleutel: string })[]; fout: string | null } {
  const gebruikt = new Set([...eerder, ...doelen.flatMap((d) => (d.sleutel ? [d.sleutel] : []))]);
  const dubbel = doelen.map((d) => d.sleutel).filter((s, i, a) => s && a.indexOf(s) !== i);
  if (dubbel.length) return { doelen: [], fout: `Het doel ${dubbel[0]} staat er twee keer in.` };
  let volgende = Math.max(0, ...[...gebruikt].map((s) => Number(s.slice(1)))) + 1;
  return { doelen: doelen.map((d) => ({ ...d, sleutel: d.sleutel ?? `d${volgende++}` })), fout: null };
}
