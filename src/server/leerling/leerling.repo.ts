// Typed queries for the pupil file. Lists take the actor's visibility filter; single-pupil
// queries are called only after the access check in the service.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../core/db/db.js';
import { huidigSchooljaar, vandaag } from '../core/schooljaar.js';

export type LeerlingRij = {
  id: string; voornaam: string; tussenvoegsel: string | null; achternaam: string;
  geboortedatum: string; geslacht: 'm' | 'v' | 'x';
  school_naam: string | null; groep_naam: string | null; leerjaar: number | null;
};

/**
 * Name, stamschool and this year's class of the pupils `ids` (a query of leerling ids). The query
 * starts from those ids: an actor's pupils are usually a few hundred among millions, and a filter
 * on the whole table leads the planner to walk every pupil by name.
 */
export async function findLeerlingen(
  db: DbOrTx, ids: SQL, opts: { zoek?: string; limit: number; offset: number },
): Promise<LeerlingRij[]> {
  const d = vandaag();
  const zoek = opts.zoek?.trim().toLowerCase();
  return queryRows<LeerlingRij>(db, sql`
    select l.id, l.voornaam, l.tussenvoegsel, l.achternaam, l.geboortedatum::text as geboortedatum,
           l.geslacht, s.naam as school_naam, g.naam as groep_naam, g.leerjaar
      from (select distinct v.id from (${ids}) as v(id)) as v
      -- lateral with a limit (not flattened): one index probe per visible pupil, whatever size the
      -- planner guesses for the set; a join lets it scan all pupils when it over-estimates
      cross join lateral (select * from leerling l where l.id = v.id limit 1) as l
      left join inschrijving i on i.leerling_id = l.id and i.van <= ${d}::date and (i.tot is null or i.tot >= ${d}::date)
      left join school s on s.id = i.school_id
      left join lateral (
        select g.naam, g.leerjaar from groep_leerling gl join groep g on g.id = gl.groep_id
         where gl.leerling_id = l.id and g.schooljaar = ${huidigSchooljaar()} order by g.naam limit 1
      ) g on true
     ${zoek ? sql`where l.zoeknaam like ${`%${escapeLike(zoek)}%`}` : sql``}
     order by l.achternaam, l.voornaam, l.id
     limit ${opts.limit} offset ${opts.offset}`);
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export type InschrijvingRij = {
  school_naam: string; brin: string; vestiging: string; gemeente: string; soort: 'po' | 'vo' | 'so';
  van: string; tot: string | null; stamschool: boolean;
};

export async function findInschrijvingen(db: DbOrTx, leerlingId: string): Promise<InschrijvingRij[]> {
  const d = vandaag();
  return queryRows<InschrijvingRij>(db, sql`
    select s.naam as school_naam, s.brin, s.vestiging, s.gemeente, s.soort, i.van::text as van, i.tot::text as tot,
           (i.van <= ${d}::date and (i.tot is null or i.tot >= ${d}::date)) as stamschool
      from inschrijving i join school s on s.id = i.school_id
     where i.leerling_id = ${leerlingId} order by i.van desc`);
}

export type BetrokkeneRij = { naam: string; rol: string; school: string | null };

/** Who is involved with the pupil now: teachers, IB, specialists, case manager, parents. */
export async function findBetrokkenen(db: DbOrTx, leerlingId: string): Promise<BetrokkeneRij[]> {
  const d = vandaag();
  const actief = sql`f.van <= ${d}::date and (f.tot is null or f.tot >= ${d}::date)`;
  return queryRows<BetrokkeneRij>(db, sql`
    with stam as (
      select s.* from inschrijving i join school s on s.id = i.school_id
       where i.leerling_id = ${leerlingId} and i.van <= ${d}::date and (i.tot is null or i.tot >= ${d}::date)
    )
    select a.naam, 'leraar' as rol, s.naam as school from groep_leerling gl
      join groep g on g.id = gl.groep_id and g.schooljaar = ${huidigSchooljaar()}
      join groep_leraar gr on gr.groep_id = g.id join account a on a.id = gr.account_id
      join school s on s.id = g.school_id
     where gl.leerling_id = ${leerlingId}
       and exists (select 1 from functie f where f.account_id = a.id and f.soort = 'leraar' and ${actief})
    union all
    -- IB and specialists at the school, its board or its SWV: one join each (an OR-join scans all positions)
    select a.naam, f.soort::text, stam.naam from stam
      join functie f on f.school_id = stam.id and f.soort in ('ib', 'specialist') and ${actief}
      join account a on a.id = f.account_id
    union all
    select a.naam, 'specialist', stam.naam from stam
      join functie f on f.bestuur_id = stam.bestuur_id and f.soort = 'specialist' and ${actief}
      join account a on a.id = f.account_id
    union all
    select a.naam, 'specialist', stam.naam from stam
      join functie f on f.swv_id = stam.swv_id and f.soort = 'specialist' and ${actief}
      join account a on a.id = f.account_id
    union all
    select a.naam, 'casemanager', null from casus c join account a on a.id = c.casemanager_id
     where c.leerling_id = ${leerlingId} and c.gesloten is null
    union all
    select a.naam, 'ouder', null from ouder_kind ok join account a on a.id = ok.account_id
     where ok.leerling_id = ${leerlingId}
    union all
    -- people the open case involves with an account of their own: they can open the file too
    select a.naam, b.rol::text, b.organisatie from casus c join casus_betrokkene b on b.casus_id = c.id
      join account a on a.id = b.account_id
     where c.leerling_id = ${leerlingId} and c.gesloten is null and b.rol in ('zorgverlener', 'leerplichtambtenaar', 'procesbegeleider')
       and b.van <= ${d}::date and (b.tot is null or b.tot >= ${d}::date)
    order by 2, 1`);
}

export type GroepRij = { naam: string; leerjaar: number; schooljaar: number };

export async function findHuidigeGroep(db: DbOrTx, leerlingId: string): Promise<GroepRij | null> {
  const [rij] = await queryRows<GroepRij>(db, sql`
    select g.naam, g.leerjaar, g.schooljaar from groep_leerling gl join groep g on g.id = gl.groep_id
     where gl.leerling_id = ${leerlingId} and g.schooljaar = ${huidigSchooljaar()} order by g.naam limit 1`);
  return rij ?? null;
}
