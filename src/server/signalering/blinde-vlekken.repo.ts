// The blind-spot report in one pass: the population (pupils registered today at the school or in
// the region), one row per pupil with its flags, then GROUP BY GROUPING SETS over the dimensions.
// The latest LVS percentile and its fall come from lvs_stand, kept by triggers at import time, so
// the report never sorts all LVS results.
// Monitoring attributes are read only here, in aggregate (source: 004 §2).
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../core/db/db.js';
import { schooljaarPeriode, vandaag } from '../core/schooljaar.js';

export type Bereik = { soort: 'school'; schoolId: string } | { soort: 'regio'; swvId: string };
export type Dimensie = 'geslacht' | 'thuistaal' | 'opleiding_ouders' | 'lvs_band';

export type BlindeVlekRij = {
  dimensie: Dimensie | null;
  waarde: string | null;
  leerlingen: number;
  gesignaleerd: number;
  onderpresteerders: number;
  dubbel_bijzonder: number;
};

/** LVS bands on the latest percentile (our own cut points, quartiles with the top split at 90). */
export const LVS_BANDEN = ['lager_dan_25', '25_tot_50', '50_tot_75', '75_tot_90', '90_en_hoger', 'geen_lvs'] as const;

export async function findBlindeVlekken(db: DbOrTx, bereik: Bereik, schooljaar: number): Promise<BlindeVlekRij[]> {
  const d = vandaag();
  const { van, tot } = schooljaarPeriode(schooljaar);
  const scope: SQL = bereik.soort === 'school'
    ? sql`i.school_id = ${bereik.schoolId}`
    : sql`i.school_id in (select s.id from school s where s.swv_id = ${bereik.swvId})`;
  // For a school the child tables are probed by pupil (indexes); for a region, one hash join over
  // the whole table is cheaper than a semi-join per row.
  const inPop = bereik.soort === 'school' ? sql`and leerling_id in (select id from pop)` : sql``;
  const query = sql`
    with pop as materialized (
      select distinct i.leerling_id as id from inschrijving i
       where ${scope} and i.van <= ${d}::date and (i.tot is null or i.tot >= ${d}::date)
    ), sig as (
      select leerling_id,
             bool_or(soort in ('nominatie', 'observatie')) as gesignaleerd,
             bool_or(soort = 'nominatie') as nominatie,
             bool_or(soort = 'dubbel_bijzonder') as dubbel
        from signaal where schooljaar = ${schooljaar} ${inPop} group by leerling_id
    ), scr as (
      select leerling_id,
             bool_or(uitkomst in ('signaal', 'sterk_signaal')) as gesignaleerd,
             bool_or(uitkomst = 'sterk_signaal') as sterk
        from screening where schooljaar = ${schooljaar} ${inPop} group by leerling_id
    ), bes as (
      select distinct leerling_id from signalering_besluit
       where datum between ${van}::date and ${tot}::date and uitkomst <> 'geen_actie' ${inPop}
    ), per as (
      select l.geslacht::text as geslacht,
             coalesce(m.thuistaal::text, 'onbekend') as thuistaal,
             coalesce(m.opleiding_ouders::text, 'onbekend') as opleiding_ouders,
             case when lv.laatste_percentiel is null then 'geen_lvs' when lv.laatste_percentiel < 25 then 'lager_dan_25'
                  when lv.laatste_percentiel < 50 then '25_tot_50' when lv.laatste_percentiel < 75 then '50_tot_75'
                  when lv.laatste_percentiel < 90 then '75_tot_90' else '90_en_hoger' end as lvs_band,
             (coalesce(sig.gesignaleerd, false) or coalesce(scr.gesignaleerd, false) or bes.leerling_id is not null) as gesignaleerd,
             ((coalesce(scr.sterk, false) or (coalesce(sig.nominatie, false) and coalesce(scr.gesignaleerd, false)))
               and (lv.laatste_percentiel < 50 or lv.gedaald)) as onderpresteerder,
             coalesce(sig.dubbel, false) as dubbel
        from pop join leerling l on l.id = pop.id
        left join monitoring_kenmerk m on m.leerling_id = pop.id
        left join sig on sig.leerling_id = pop.id
        left join scr on scr.leerling_id = pop.id
        left join bes on bes.leerling_id = pop.id
        left join lvs_stand lv on lv.leerling_id = pop.id
    )
    select case when grouping(geslacht) = 0 then 'geslacht' when grouping(thuistaal) = 0 then 'thuistaal'
                when grouping(opleiding_ouders) = 0 then 'opleiding_ouders' when grouping(lvs_band) = 0 then 'lvs_band' end as dimensie,
           coalesce(geslacht, thuistaal, opleiding_ouders, lvs_band) as waarde,
           count(*)::int as leerlingen,
           (count(*) filter (where gesignaleerd))::int as gesignaleerd,
           (count(*) filter (where onderpresteerder))::int as onderpresteerders,
           (count(*) filter (where dubbel))::int as dubbel_bijzonder
      from per
     group by grouping sets ((geslacht), (thuistaal), (opleiding_ouders), (lvs_band), ())`;
  return queryRows<BlindeVlekRij>(db, query);
}

/** A report of a whole region sorts and hashes millions of rows: memory for this transaction only. */
export const REPORT_WORK_MEM = sql`set local work_mem = '128MB'`;
/** The planner's row estimates for this report are far too high and switch on JIT, which costs
 * about a second of compiling for a query that runs in two: off for this transaction only. */
export const REPORT_ZONDER_JIT = sql`set local jit = off`;
