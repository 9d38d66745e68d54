// Use cases: the impact and equity analyses on the database, for SWV staff of the region (source:
// 004 §2). The rows are pseudonymised (analyse.repo.ts); the statistics are the ones the command-line
// tool runs on files (stats/), fed through `rowsTable`. Only aggregates leave the server: effects and
// model terms, with every group under 10 pupils withheld, also in the CSV export. Each run is audited.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { MINIMUM_GROEP, suppress } from '../core/kleine-groepen.js';
import { LVS_BANDEN } from '../signalering/blinde-vlekken.repo.js';
import { findEquityRijen, findImpactRijen, findSchaalAntwoorden, type ImpactRijen, type Respondent } from './analyse.repo.js';
import { vragenlijstItem, vragenlijstSchaal } from './monitor.table.js';
import { analyseEquity, type EquitySpec } from './stats/equity-analysis.js';
import { StatsInputError } from './stats/errors.js';
import { analyseImpact, type ImpactRow } from './stats/impact-analysis.js';
import { participationRates } from './stats/participation.js';
import { rowsTable } from './stats/rows-table.js';
import { reverseScore, scaleScores, type ScaleDefinition } from './stats/scales.js';
import type { WaldTerm } from './stats/wald.js';
import { assertVragenlijst } from './vragenlijst.service.js';

/**
 * The moderators of IMAGE (source: 004 §2): three properties of the participant's provision, and the
 * pupil's own need for challenge at wave 1, which splits both groups.
 */
export const MODERATOREN = ['vaste_leerkracht', 'expliciet_doel', 'heel_jaar', 'behoefte_uitdaging'] as const;
export type Moderator = (typeof MODERATOREN)[number];
/** Our own cut point: a scale score of 3.5 or more at wave 1 counts as a high need for challenge. */
export const HOGE_BEHOEFTE = 3.5;

type Mee = (r: Respondent, i: number) => boolean;

/** Wave-1 score of one scale per respondent number (NaN: too few items answered), by the scale-score rule. */
function schaalScoreMeting1(data: ImpactRijen, schaal: Schaal | undefined): Float64Array {
  const n = data.respondenten.length;
  if (!schaal) return new Float64Array(n).fill(NaN);
  const k = schaal.items.length;
  const positie = data.items.map((code) => schaal.items.indexOf(code));
  const matrix = new Float64Array(n * k).fill(NaN);
  const a = data.antwoorden;
  for (let i = 0; i < a.n; i++) {
    const j = positie[a.item[i]!]!;
    if (j < 0 || a.meting[i] !== 1) continue;
    const code = schaal.items[j]!;
    matrix[a.respondent[i]! * k + j] = schaal.omgepoold.includes(code) ? reverseScore(a.score[i]!) : a.score[i]!;
  }
  return scaleScores(matrix, k);
}

type Schaal = ScaleDefinition & { naam: string; soort: string };

async function actieveSchalen(db: Db, vragenlijstId: string): Promise<Schaal[]> {
  const schalen = await db.select().from(vragenlijstSchaal).where(eq(vragenlijstSchaal.vragenlijstId, vragenlijstId)).orderBy(asc(vragenlijstSchaal.volgorde));
  const items = await db.select().from(vragenlijstItem).where(eq(vragenlijstItem.vragenlijstId, vragenlijstId)).orderBy(asc(vragenlijstItem.volgorde));
  return schalen.filter((s) => s.actief).map((s) => {
    const eigen = items.filter((i) => i.schaalId === s.id);
    return { schaal: s.code, naam: s.naam, soort: s.soort, items: eigen.map((i) => i.code), omgepoold: eigen.filter((i) => i.omgepoold).map((i) => i.code) };
  });
}

/** A number that JSON can carry: NaN (e.g. alpha without a complete answer set) becomes null. */
type Getallen<T> = { [K in keyof T]: T[K] extends number ? number | null : T[K] };
const alsJson = (row: ImpactRow) => Object.fromEntries(Object.entries(row)
  .map(([k, v]) => [k, typeof v === 'number' && !Number.isFinite(v) ? null : v])) as Getallen<ImpactRow>;

export type ImpactUitkomst =
  | { schaal: string; naam: string; soort: string; onderdrukt: false; resultaat: Getallen<ImpactRow>; melding: null }
  | { schaal: string; naam: string; soort: string; onderdrukt: true; resultaat: null; melding: string };

/**
 * One analysis per scale, so that a scale with too few pupils does not stop the others; `mee` says which
 * respondents are in (all, or the comparison group plus the participants with one moderator level).
 */
function impactPerSchaal(data: ImpactRijen, schalen: Schaal[], mee: Mee): ImpactUitkomst[] {
  const { respondenten, items, antwoorden: a } = data;
  const schaalVanItem = Int32Array.from(items, (code) => schalen.findIndex((s) => s.items.includes(code)));
  const doetMee = Uint8Array.from(respondenten, (r, i) => (mee(r, i) ? 1 : 0));
  const namen = respondenten.map((_, i) => String(i));
  const groep = respondenten.map((r) => (r.deelnemer ? 'deelnemer' : 'vergelijking'));
  // The answers of each scale, in the order they come (by respondent): counted first, then filled in
  // typed arrays, since a million answers pass here for every subgroup.
  const aantal = new Int32Array(schalen.length);
  for (let i = 0; i < a.n; i++) {
    const s = schaalVanItem[a.item[i]!]!;
    if (s >= 0 && doetMee[a.respondent[i]!]) aantal[s]!++;
  }
  const perSchaal = schalen.map((_, s) => new Int32Array(aantal[s]!));
  const gevuld = new Int32Array(schalen.length);
  for (let i = 0; i < a.n; i++) {
    const s = schaalVanItem[a.item[i]!]!;
    if (s >= 0 && doetMee[a.respondent[i]!]) perSchaal[s]![gevuld[s]!++] = i;
  }
  return schalen.map((s, i) => {
    const rij = perSchaal[i]!;
    const basis = { schaal: s.schaal, naam: s.naam, soort: s.soort };
    const m = rij.length;
    const columns = {
      leerling: new Array<string>(m), groep: new Array<string>(m), meting: new Float64Array(m), item: new Array<string>(m), score: new Float64Array(m),
    };
    for (let j = 0; j < m; j++) {
      const k = rij[j]!;
      const r = a.respondent[k]!;
      columns.leerling[j] = namen[r]!;
      columns.groep[j] = groep[r]!;
      columns.meting[j] = a.meting[k]!;
      columns.item[j] = items[a.item[k]!]!;
      columns.score[j] = a.score[k]!;
    }
    const table = rowsTable(columns);
    try {
      const [row] = analyseImpact(table, [s]).scales;
      if (row!.n_deelnemer < MINIMUM_GROEP || row!.n_vergelijking < MINIMUM_GROEP) {
        return { ...basis, onderdrukt: true, resultaat: null, melding: `Minder dan ${MINIMUM_GROEP} leerlingen per groep met beide metingen: niet getoond.` };
      }
      return { ...basis, onderdrukt: false, resultaat: alsJson(row!), melding: null };
    } catch (e) {
      if (!(e instanceof StatsInputError)) throw e;
      // The message of a too-small group names its counts; on screen only "too few" is said.
      const melding = e.code === 'too_few_rows' ? `Te weinig leerlingen met een schaalscore in beide metingen (minder dan ${MINIMUM_GROEP} per groep).` : e.message;
      return { ...basis, onderdrukt: true, resultaat: null, melding };
    }
  });
}

export async function analyseerImpact(db: Db, actor: Actor, vragenlijstId: string, input: { moderator?: Moderator }, meta: RequestMeta) {
  const v = await assertVragenlijst(db, actor, vragenlijstId);
  const schalen = await actieveSchalen(db, vragenlijstId);
  const data = await findImpactRijen(db, vragenlijstId, v.swvId);
  const m = input.moderator;
  const subgroepen = m
    ? [true, false].map((niveau) => ({ niveau: niveau ? 'ja' as const : 'nee' as const, mee: moderatorFilter(m, niveau, data, schalen) }))
    : [{ niveau: 'alle' as const, mee: () => true }];
  // Pupils with at least one answer, per group.
  const geantwoord = new Uint8Array(data.respondenten.length);
  for (let i = 0; i < data.antwoorden.n; i++) geantwoord[data.antwoorden.respondent[i]!] = 1;
  const tel = (mee: Mee, deelnemer: boolean) =>
    data.respondenten.filter((r, i) => geantwoord[i] && r.deelnemer === deelnemer && mee(r, i)).length;
  const groepen = subgroepen.map((g) => ({
    niveau: g.niveau,
    deelnemers: tel(g.mee, true),
    vergelijking: tel(g.mee, false),
    schalen: impactPerSchaal(data, schalen, g.mee),
  }));
  await writeAudit(db, actor, meta, {
    actie: 'monitor.impact', bron: 'monitor',
    details: { vragenlijstId, swvId: v.swvId, moderator: m ?? null, antwoorden: data.antwoorden.n },
  });
  return { vragenlijstId, moderator: m ?? null, minimumGroep: MINIMUM_GROEP, groepen };
}

/** A provision's property keeps the whole comparison group; the pupil's need for challenge splits both. */
function moderatorFilter(m: Moderator, niveau: boolean, data: ImpactRijen, schalen: Schaal[]): Mee {
  if (m !== 'behoefte_uitdaging') return (r) => !r.deelnemer || r[m] === niveau;
  const behoefte = schaalScoreMeting1(data, schalen.find((s) => s.schaal === 'behoefte_uitdaging'));
  return (_r, i) => !Number.isNaN(behoefte[i]!) && (behoefte[i]! >= HOGE_BEHOEFTE) === niveau;
}

const FACTOREN = [
  { name: 'geslacht', reference: 'm', order: ['v', 'x'] },
  { name: 'opleiding_ouders', reference: 'laag', order: ['midden', 'hoog'] },
  { name: 'thuistaal', reference: 'nl', order: ['anders'] },
];

export function lvsBand(p: number | null): (typeof LVS_BANDEN)[number] {
  if (p === null) return 'geen_lvs';
  return p < 25 ? 'lager_dan_25' : p < 50 ? '25_tot_50' : p < 75 ? '50_tot_75' : p < 90 ? '75_tot_90' : '90_en_hoger';
}

type Model = { n: number; weggelaten: number; termen: WaldTerm[]; waarschuwing: string | null };

/**
 * Participation by background, and the logistic model without and with LVS and experienced challenge.
 * Levels with fewer than 10 pupils ('onbekend' among them) are left out of the models: a tiny level
 * would be shown on screen and often separates the data; the page says which were left out.
 */
export async function analyseerEquity(db: Db, actor: Actor, vragenlijstId: string, meta: RequestMeta) {
  const v = await assertVragenlijst(db, actor, vragenlijstId);
  const rijen = await findEquityRijen(db, vragenlijstId, v.swvId);
  const schalen = await actieveSchalen(db, vragenlijstId);
  const uitdaging = await ervarenUitdaging(db, vragenlijstId, schalen.find((s) => s.schaal === 'ervaren_uitdaging'));

  const y = Float64Array.from(rijen, (r) => r.deelname);
  const waarden = {
    geslacht: rijen.map((r) => r.geslacht),
    opleiding_ouders: rijen.map((r) => r.opleiding_ouders),
    thuistaal: rijen.map((r) => r.thuistaal),
    lvs_band: rijen.map((r) => lvsBand(r.lvs)),
  };
  const niveaus: Record<keyof typeof waarden, string[]> = {
    geslacht: ['m', 'v', 'x'], opleiding_ouders: ['laag', 'midden', 'hoog', 'onbekend'], thuistaal: ['nl', 'anders', 'onbekend'], lvs_band: [...LVS_BANDEN],
  };
  const rates = participationRates(y, (Object.keys(waarden) as (keyof typeof waarden)[]).map((name) => ({ name, values: waarden[name], levels: niveaus[name] })));
  const deelname = (Object.keys(waarden) as (keyof typeof waarden)[]).map((dimensie) => ({
    dimensie,
    groepen: suppress(rates.filter((r) => r.variabele === dimensie).map((r) => ({ waarde: r.niveau, leerlingen: r.n, gesignaleerd: r.deelnemers })))
      .map((g) => ({ waarde: g.waarde, leerlingen: g.leerlingen, deelnemers: g.gesignaleerd, onderdrukt: g.onderdrukt })),
  }));

  const klein = new Set(rates.filter((r) => r.n < MINIMUM_GROEP || r.niveau === 'onbekend').map((r) => `${r.variabele}=${r.niveau}`));
  const factor = (name: string) => waarden[name as keyof typeof waarden].map((w) => (klein.has(`${name}=${w}`) ? '' : w));
  // A level that is absent or left out cannot be named in the factor's order.
  const aanwezig = new Set(rates.filter((r) => r.n > 0 && !klein.has(`${r.variabele}=${r.niveau}`)).map((r) => `${r.variabele}=${r.niveau}`));
  const factors = FACTOREN.filter((f) => aanwezig.has(`${f.name}=${f.reference}`))
    .map((f) => ({ ...f, order: f.order.filter((o) => aanwezig.has(`${f.name}=${o}`)) }));
  const columns = {
    deelname: y,
    ...Object.fromEntries(factors.map((f) => [f.name, factor(f.name)])),
    lvs: Float64Array.from(rijen, (r) => r.lvs ?? NaN),
    ervaren_uitdaging: Float64Array.from(rijen, (r) => uitdaging.get(r.respondent) ?? NaN),
  };
  const table = rowsTable(columns);
  const model = (covariates: string[]): Model => {
    const spec: EquitySpec = { outcome: 'deelname', factors, covariates };
    try {
      const res = analyseEquity(table, spec);
      if (res.n < MINIMUM_GROEP) return { n: res.n, weggelaten: res.dropped, termen: [], waarschuwing: `Minder dan ${MINIMUM_GROEP} leerlingen met volledige gegevens: niet getoond.` };
      return { n: res.n, weggelaten: res.dropped, termen: res.terms, waarschuwing: null };
    } catch (e) {
      if (!(e instanceof StatsInputError)) throw e;
      return { n: 0, weggelaten: rijen.length, termen: [], waarschuwing: e.message };
    }
  };
  const zonder = model([]);
  const met = model(uitdaging.size > 0 ? ['lvs', 'ervaren_uitdaging'] : ['lvs']);
  await writeAudit(db, actor, meta, { actie: 'monitor.equity', bron: 'monitor', details: { vragenlijstId, swvId: v.swvId, leerlingen: rijen.length } });
  const totaal = rijen.length;
  return {
    vragenlijstId, minimumGroep: MINIMUM_GROEP,
    leerlingen: totaal >= MINIMUM_GROEP || totaal === 0 ? totaal : null,
    deelnemers: totaal >= MINIMUM_GROEP ? y.reduce((a, b) => a + b, 0) : null,
    deelname: totaal >= MINIMUM_GROEP ? deelname : [],
    weggelatenNiveaus: [...klein].filter((k) => !k.startsWith('lvs_band=')),
    zonderCorrectie: totaal >= MINIMUM_GROEP ? zonder : { n: 0, weggelaten: 0, termen: [], waarschuwing: `Minder dan ${MINIMUM_GROEP} leerlingen: niet getoond.` },
    metCorrectie: totaal >= MINIMUM_GROEP ? met : { n: 0, weggelaten: 0, termen: [], waarschuwing: `Minder dan ${MINIMUM_GROEP} leerlingen: niet getoond.` },
    correctieVoor: uitdaging.size > 0 ? ['lvs', 'ervaren_uitdaging'] : ['lvs'],
  };
}

/** The wave-1 scale score of experienced challenge per respondent, by the rule of the impact analysis. */
async function ervarenUitdaging(db: Db, vragenlijstId: string, schaal: Schaal | undefined): Promise<Map<string, number>> {
  const uit = new Map<string, number>();
  if (!schaal) return uit;
  const antwoorden = await findSchaalAntwoorden(db, vragenlijstId, schaal.schaal);
  const respondenten = [...new Set(antwoorden.map((a) => a.respondent))];
  const index = new Map(respondenten.map((r, i) => [r, i]));
  const k = schaal.items.length;
  const matrix = new Float64Array(respondenten.length * k).fill(NaN);
  for (const a of antwoorden) {
    const j = schaal.items.indexOf(a.item);
    if (j >= 0) matrix[index.get(a.respondent)! * k + j] = schaal.omgepoold.includes(a.item) ? reverseScore(a.score) : a.score;
  }
  const scores = scaleScores(matrix, k);
  respondenten.forEach((r, i) => { if (!Number.isNaN(scores[i])) uit.set(r, scores[i]); });
  return uit;
}
