// Queries of admission: the pupil's file as sources for an application, and the pupil's
// applications, waiting-list places and placements. Callers check access first.
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../core/db/db.js';
import { vandaag } from '../core/schooljaar.js';
import { BEZETTEND } from '../aanbod/aanbod.repo.js';
import { estimateStart, orderWachtlijst, type PeriodePlaatsen, type Prioriteit } from './wachtlijst-regels.js';

export type DossierRij = {
  id: string; soort: 'signaal' | 'screening' | 'gesprek' | 'besluit' | 'opp' | 'aanpassing'; datum: string; omschrijving: string;
};

/** What the file already holds, so that the IB enters nothing twice (UX "Enter once"). */
export async function findDossierBronnen(db: DbOrTx, leerlingId: string, ids?: string[]): Promise<DossierRij[]> {
  const filter = ids ? (ids.length ? sql`and x.id in ${ids}` : sql`and false`) : sql``;
  return queryRows<DossierRij>(db, sql`
    select * from (
      select s.id, 'signaal' as soort, s.datum::text as datum,
             s.soort::text || coalesce(': ' || s.toelichting, '') || case when s.zorgelijk then ' (zorgelijk)' else '' end as omschrijving
        from signaal s where s.leerling_id = ${leerlingId}
      union all
      select sc.id, 'screening', sc.datum::text, sc.instrument::text || ': ' || replace(sc.uitkomst::text, '_', ' ') || coalesce(' — ' || sc.advies, '')
        from screening sc where sc.leerling_id = ${leerlingId}
      union all
      select tk.id, 'gesprek', tk.gehouden::text, 'Gesprek: ' || coalesce(tk.verslag, tk.reden)
        from taak tk where tk.leerling_id = ${leerlingId} and tk.gehouden is not null
      union all
      select b.id, 'besluit', b.datum::text, 'Besluit ' || replace(b.uitkomst::text, '_', ' ') || ': ' || b.waarom
        from signalering_besluit b where b.leerling_id = ${leerlingId}
      union all
      -- The OPP if there is one (its latest version), and what the regular class already adapts:
      -- a plusklas alone is a part-time answer to a full-time need (source: 004 §2).
      select v.id, 'opp', (v.aangemaakt at time zone 'Europe/Amsterdam')::date::text, 'OPP versie ' || v.versie || ': ' || v.toelichting
        from opp o join opp_versie v on v.opp_id = o.id
       where o.leerling_id = ${leerlingId} and v.versie = (select max(v2.versie) from opp_versie v2 where v2.opp_id = o.id)
      union all
      select k.id, 'aanpassing', k.van::text, replace(k.soort::text, '_', ' ') || ' (' || k.vak || '): ' || k.doelen
        from klasaanpassing k where k.leerling_id = ${leerlingId}
    ) x where true ${filter} order by x.datum desc, x.id`);
}

/** The pupil's stamschool today and its SWV. */
export async function findStamschool(db: DbOrTx, leerlingId: string) {
  const d = vandaag();
  const [s] = await queryRows<{ schoolId: string; swvId: string; naam: string }>(db, sql`
    select s.id as "schoolId", s.swv_id as "swvId", s.naam from inschrijving i join school s on s.id = i.school_id
     where i.leerling_id = ${leerlingId} and i.van <= ${d}::date and (i.tot is null or i.tot >= ${d}::date)
     order by i.van desc limit 1`);
  return s ?? null;
}

export type WachtlijstRij = {
  id: string; leerlingId: string; naam: string; voorzieningId: string; voorziening: string; prioriteit: Prioriteit;
  sinds: string; verwachteStart: string | null; positie: number; geschatteStart: string | null; wekenWachtend: number;
};

/** The waiting list of one provision, in order, with positions and an expected start for each. */
export async function findWachtlijst(db: DbOrTx, voorzieningId: string): Promise<WachtlijstRij[]> {
  const rijen = await queryRows<Omit<WachtlijstRij, 'positie' | 'geschatteStart' | 'wekenWachtend'>>(db, sql`
    select w.id, w.leerling_id as "leerlingId",
           l.voornaam || ' ' || coalesce(l.tussenvoegsel || ' ', '') || l.achternaam as naam,
           v.id as "voorzieningId", v.naam as voorziening, w.prioriteit, w.sinds::text as sinds,
           w.verwachte_start::text as "verwachteStart"
      from wachtlijst_plaats w join leerling l on l.id = w.leerling_id join voorziening v on v.id = w.voorziening_id
     where w.voorziening_id = ${voorzieningId} and w.status = 'wachtend'`);
  const perioden = await findPeriodePlaatsen(db, voorzieningId);
  const d = vandaag();
  return orderWachtlijst(rijen).map((w) => ({
    ...w, geschatteStart: w.verwachteStart ?? estimateStart(w.positie, perioden, d),
    wekenWachtend: Math.max(0, Math.floor((Date.parse(d) - Date.parse(w.sinds)) / (7 * 86_400_000))),
  }));
}

export async function findPeriodePlaatsen(db: DbOrTx, voorzieningId: string): Promise<PeriodePlaatsen[]> {
  return queryRows<PeriodePlaatsen>(db, sql`
    select p.van::text as van, p.tot::text as tot, p.plaatsen,
           (select count(*)::int from plaatsing pl where pl.voorziening_id = p.voorziening_id and pl.status in ${BEZETTEND}
             and pl.van <= p.tot and (pl.tot is null or pl.tot >= p.van)) as bezet
      from voorziening_periode p where p.voorziening_id = ${voorzieningId} order by p.van`);
}

/** Of these pupils, those with an application waiting for their parents' consent (source: 003 §18.2). */
export async function findWachtOpOuders(db: DbOrTx, leerlingIds: string[]): Promise<Set<string>> {
  if (leerlingIds.length === 0) return new Set();
  const rijen = await queryRows<{ leerling_id: string }>(db, sql`
    select distinct leerling_id from aanvraag
     where status = 'wacht_op_ouders' and leerling_id in (${sql.join(leerlingIds.map((id) => sql`${id}::uuid`), sql`, `)})`);
  return new Set(rijen.map((r) => r.leerling_id));
}
