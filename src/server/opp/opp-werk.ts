// What waits on the OPPs, for the IB's worklist and the reminder mails: evaluations overdue or due
// soon, plans not yet evaluated with the parents this school year (WPO art. 40a: at least once a
// school year), and versions without the parents' consent. One query for both, so they agree.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../core/db/db.js';
import { huidigSchooljaar, schooljaarPeriode, vandaag } from '../core/schooljaar.js';
import type { Actor } from '../core/access/actor.js';
import { visibleLeerlingen } from '../core/access/leerling-access.js';

export const oppWerkSoorten = ['evaluatie_te_laat', 'evaluatie_binnenkort', 'geen_evaluatie_met_ouders', 'instemming_ontbreekt', 'niet_ingestemd'] as const;
export type OppWerkSoort = (typeof oppWerkSoorten)[number];

/** An evaluation within this many days counts as due. */
export const BINNENKORT_DAGEN = 14;

export type OppWerkRegel = {
  leerling_id: string; naam: string; school_id: string | null; school: string | null; opp_id: string;
  soort: OppWerkSoort; datum: string | null; sleutel: string; totaal: number;
};

export async function findOppWerk(db: DbOrTx, filter: SQL, max = 200, op = vandaag()): Promise<OppWerkRegel[]> {
  const jaar = huidigSchooljaar();
  const { van, tot } = schooljaarPeriode(jaar);
  return queryRows<OppWerkRegel>(db, sql`
    with huidig as (
      select o.id as opp_id, o.leerling_id, o.school_id, v.id as versie_id, v.versie, (v.aangemaakt at time zone 'Europe/Amsterdam')::date as sinds
        from opp o join lateral (select id, versie, aangemaakt from opp_versie where opp_id = o.id order by versie desc limit 1) v on true
       where o.afgesloten is null and ${filter}
    ), werk as (
      select h.opp_id, 'evaluatie_te_laat' as soort, e.gepland as datum, 'opp-evaluatie:' || e.id || ':te-laat' as sleutel
        from huidig h join opp_evaluatie e on e.opp_id = h.opp_id where e.gehouden is null and e.gepland < ${op}::date
      union all
      select h.opp_id, 'evaluatie_binnenkort', e.gepland, 'opp-evaluatie:' || e.id || ':binnenkort'
        from huidig h join opp_evaluatie e on e.opp_id = h.opp_id
       where e.gehouden is null and e.gepland between ${op}::date and ${op}::date + ${BINNENKORT_DAGEN}::int
      union all
      select h.opp_id, 'geen_evaluatie_met_ouders', null, 'opp-geen-evaluatie:' || h.opp_id || ':' || ${jaar}::int
        from huidig h
       where not exists (select 1 from opp_evaluatie e where e.opp_id = h.opp_id and (
               (e.gehouden between ${van}::date and ${tot}::date and 'ouders' = any(e.deelnemers))
               or (e.gehouden is null and e.met_ouders and e.gepland between ${op}::date and ${tot}::date)))
      union all
      select h.opp_id, x.stand, h.sinds, 'opp-instemming:' || h.versie_id || ':' || x.stand
        from huidig h cross join lateral (
          select case when bool_or(besluit = 'niet_ingestemd') then 'niet_ingestemd'
                      when bool_or(besluit = 'ingestemd') then 'ingestemd' else 'instemming_ontbreekt' end as stand
            from (select distinct on (ouder_id) besluit from opp_instemming where versie_id = h.versie_id order by ouder_id, tijdstip desc) b
        ) x
       where x.stand <> 'ingestemd'
    )
    select h.leerling_id, concat_ws(' ', l.voornaam, l.tussenvoegsel, l.achternaam) as naam, h.school_id, s.naam as school,
           w.opp_id, w.soort, w.datum::text as datum, w.sleutel, count(*) over ()::int as totaal
      from werk w join huidig h on h.opp_id = w.opp_id join leerling l on l.id = h.leerling_id left join school s on s.id = h.school_id
     order by w.datum nulls last, naam limit ${max}`);
}

/** The IB's worklist part: the OPPs of the pupils the actor may write plans for. */
export async function oppWerklijst(db: DbOrTx, actor: Actor) {
  const rijen = await findOppWerk(db, visibleLeerlingen(actor, sql`o.leerling_id`, 'opp.opstellen'));
  return {
    aantal: rijen[0]?.totaal ?? 0,
    items: rijen.map((r) => ({
      leerlingId: r.leerling_id, naam: r.naam, school: r.school, omschrijving: r.soort, datum: r.datum,
      dagen: null, taakId: null, taakSoort: null,
    })),
  };
}
