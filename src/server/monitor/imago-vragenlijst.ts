// The default questionnaire every SWV starts from: IMAGE's constructs (source: 004 §2), in
// child-friendly Dutch, Likert 1–5. Only the two items of "ervaren uitdaging" are quoted in the source;
// every other item is our own and marked so. The SWV switches scales off or adds its own items.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../core/db/db.js';
import { vragenlijst, vragenlijstItem, vragenlijstSchaal } from './monitor.table.js';

type Item = { code: string; tekst: string; omgepoold?: boolean; bron?: string };
type Schaal = { code: string; naam: string; soort: 'uitkomst' | 'ervaren_impact'; items: Item[] };

export const STANDAARD_NAAM = 'Leerlingvragenlijst (op basis van IMAGE)';

export const IMAGO_SCHALEN: readonly Schaal[] = [
  { code: 'ervaren_uitdaging', naam: 'Ervaren uitdaging', soort: 'uitkomst', items: [
    { code: 'eu1', tekst: 'De les op school is voldoende uitdagend voor mij.', bron: '004 §2' },
    { code: 'eu2', tekst: 'De les op school gaat voor mij te langzaam.', bron: '004 §2', omgepoold: true },
    { code: 'eu3', tekst: 'Op school leer ik dingen die ik nog niet wist.' },
    { code: 'eu4', tekst: 'Het werk in de klas is vaak te makkelijk voor mij.', omgepoold: true },
  ] },
  { code: 'behoefte_uitdaging', naam: 'Behoefte aan cognitieve uitdaging', soort: 'uitkomst', items: [
    { code: 'bu1', tekst: 'Ik vind het fijn als een opdracht moeilijk is.' },
    { code: 'bu2', tekst: 'Ik wil graag opdrachten waarbij ik goed moet nadenken.' },
    { code: 'bu3', tekst: 'Ik kies liever een makkelijke opdracht.', omgepoold: true },
  ] },
  { code: 'verveling', naam: 'Verveling', soort: 'uitkomst', items: [
    { code: 've1', tekst: 'Ik verveel me in de les.' },
    { code: 've2', tekst: 'In de klas zit ik vaak te wachten tot de anderen klaar zijn.' },
    { code: 've3', tekst: 'De tijd op school gaat snel voorbij.', omgepoold: true },
  ] },
  { code: 'band_klasgenoten', naam: 'Band met klasgenoten', soort: 'uitkomst', items: [
    { code: 'bk1', tekst: 'Ik hoor erbij in mijn klas.' },
    { code: 'bk2', tekst: 'Ik heb vrienden in mijn klas.' },
    { code: 'bk3', tekst: 'Ik voel me vaak alleen in mijn klas.', omgepoold: true },
  ] },
  { code: 'intrinsieke_motivatie', naam: 'Intrinsieke motivatie', soort: 'uitkomst', items: [
    { code: 'im1', tekst: 'Ik leer graag nieuwe dingen.' },
    { code: 'im2', tekst: 'Ik doe mijn schoolwerk omdat ik het leuk vind.' },
    { code: 'im3', tekst: 'Ik doe mijn schoolwerk alleen omdat het moet.', omgepoold: true },
  ] },
  { code: 'competentie', naam: 'Gevoel van competentie voor school', soort: 'uitkomst', items: [
    { code: 'co1', tekst: 'Ik ben goed in schoolwerk.' },
    { code: 'co2', tekst: 'Als ik mijn best doe, lukt mijn schoolwerk.' },
    { code: 'co3', tekst: 'Ik denk vaak dat ik iets niet kan.', omgepoold: true },
  ] },
  { code: 'plannen', naam: 'Zelfregulerend leren: plannen', soort: 'uitkomst', items: [
    { code: 'pl1', tekst: 'Ik maak een plan voordat ik aan een grote opdracht begin.' },
    { code: 'pl2', tekst: 'Ik weet hoe ik mijn werk over de week verdeel.' },
    { code: 'pl3', tekst: 'Ik begin vaak te laat aan mijn werk.', omgepoold: true },
  ] },
  { code: 'plezier', naam: 'Plezier op school', soort: 'uitkomst', items: [
    { code: 'ps1', tekst: 'Ik ga graag naar school.' },
    { code: 'ps2', tekst: 'Ik heb het naar mijn zin op school.' },
    { code: 'ps3', tekst: 'Ik zou liever niet naar school gaan.', omgepoold: true },
  ] },
  // Perceived impact: asked of every pupil, worded so that it also fits a pupil outside a plusklas.
  { code: 'meer_leren', naam: 'Ervaren impact: meer leren', soort: 'ervaren_impact', items: [
    { code: 'ml1', tekst: 'Dit schooljaar leer ik meer dan vorig jaar.' },
    { code: 'ml2', tekst: 'Door wat ik buiten mijn klas doe, leer ik meer.' },
    { code: 'ml3', tekst: 'Ik leer nu dingen die ik in de klas niet zou leren.' },
  ] },
];

/** Copies the default into the SWV's own questionnaire (its items can then be changed). Returns its id. */
export async function kopieerStandaardVragenlijst(tx: DbOrTx, swvId: string): Promise<string> {
  const [v] = await tx.insert(vragenlijst).values({ swvId, naam: STANDAARD_NAAM }).returning({ id: vragenlijst.id });
  let volgorde = 0;
  for (const [i, s] of IMAGO_SCHALEN.entries()) {
    const [schaal] = await tx.insert(vragenlijstSchaal)
      .values({ vragenlijstId: v!.id, code: s.code, naam: s.naam, soort: s.soort, volgorde: i })
      .returning({ id: vragenlijstSchaal.id });
    await tx.insert(vragenlijstItem).values(s.items.map((it) => ({
      vragenlijstId: v!.id, schaalId: schaal!.id, code: it.code, tekst: it.tekst,
      herkomst: it.bron ? 'bron' as const : 'eigen' as const, bron: it.bron ?? null,
      omgepoold: it.omgepoold ?? false, volgorde: volgorde++,
    })));
  }
  return v!.id;
}

/** The SWV's questionnaire, made from the default on first use. */
export async function vragenlijstVanSwv(tx: DbOrTx, swvId: string): Promise<string> {
  const [bestaand] = await tx.select({ id: vragenlijst.id }).from(vragenlijst).where(eq(vragenlijst.swvId, swvId)).limit(1);
  return bestaand?.id ?? kopieerStandaardVragenlijst(tx, swvId);
}
