// Typed queries for the worklist. Each takes the actor's visibility filter on the pupil id column.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../core/db/db.js';
import { huidigSchooljaar, schooljaarPeriode, vandaag } from '../core/schooljaar.js';

export const MAX_REGELS = 200;

const naam = sql`concat_ws(' ', l.voornaam, l.tussenvoegsel, l.achternaam)`;
const stamschool = (kolom: SQL) => sql`(select ws.naam from inschrijving wi join school ws on ws.id = wi.school_id
   where wi.leerling_id = ${kolom} and wi.van <= ${vandaag()}::date and (wi.tot is null or wi.tot >= ${vandaag()}::date) limit 1)`;

export type GesprekRegel = {
  id: string; leerling_id: string; naam: string; school: string | null; soort: string; reden: string;
  aangemaakt: string; dagen: number; totaal: number;
};

/** Open talks of the pupils the filter lets through (and those assigned to `toegewezenAan`). */
export async function findOpenGesprekken(db: DbOrTx, filter: SQL, toegewezenAan?: string): Promise<GesprekRegel[]> {
  return queryRows<GesprekRegel>(db, sql`
    select t.id, t.leerling_id, ${naam} as naam, ${stamschool(sql`t.leerling_id`)} as school, t.soort::text as soort, t.reden,
           (t.aangemaakt at time zone 'Europe/Amsterdam')::date::text as aangemaakt,
           (${vandaag()}::date - (t.aangemaakt at time zone 'Europe/Amsterdam')::date) as dagen,
           count(*) over ()::int as totaal
      from taak t join leerling l on l.id = t.leerling_id
     where t.gehouden is null
       and ${toegewezenAan ? sql`(t.toegewezen_aan = ${toegewezenAan} or (t.toegewezen_aan is null and ${filter}))` : filter}
     order by t.aangemaakt limit ${MAX_REGELS}`);
}

export type ZorgRegel = { id: string; leerling_id: string; naam: string; school: string | null; soort: string; datum: string; dagen: number; totaal: number };

/** Concerns of this school year not yet followed by a talk held on or after their date. */
export async function findOpenZorgsignalen(db: DbOrTx, filter: SQL): Promise<ZorgRegel[]> {
  return queryRows<ZorgRegel>(db, sql`
    select s.id, s.leerling_id, ${naam} as naam, ${stamschool(sql`s.leerling_id`)} as school, s.soort::text as soort,
           s.datum::text as datum, (${vandaag()}::date - s.datum) as dagen, count(*) over ()::int as totaal
      from signaal s join leerling l on l.id = s.leerling_id
     where s.zorgelijk and s.schooljaar = ${huidigSchooljaar()} and ${filter}
       and not exists (select 1 from taak t where t.leerling_id = s.leerling_id and t.soort = 'gesprek_zorgsignaal' and t.gehouden >= s.datum)
     order by s.datum limit ${MAX_REGELS}`);
}

export type BesluitRegel = { leerling_id: string; naam: string; school: string | null; sinds: string; bronnen: number; totaal: number };

/**
 * Pupils with a signal this school year (a form, an IQ result, a twice-exceptional flag, a screening
 * with a signal; concerns about behaviour or wellbeing lead to a talk instead) and no decision yet.
 */
export async function findBesluitenTeNemen(db: DbOrTx, filter: SQL): Promise<BesluitRegel[]> {
  const jaar = huidigSchooljaar();
  const { van, tot } = schooljaarPeriode(jaar);
  return queryRows<BesluitRegel>(db, sql`
    with signalen as (
      select leerling_id, datum from signaal where schooljaar = ${jaar} and not zorgelijk and soort not in ('gedrag', 'welbevinden')
      union all
      select leerling_id, datum from screening where schooljaar = ${jaar} and uitkomst <> 'geen_signaal'
    ), per_leerling as (
      select x.leerling_id, min(x.datum) as sinds, count(*)::int as bronnen from signalen x
       where ${filter} group by x.leerling_id
    )
    select p.leerling_id, ${naam} as naam, ${stamschool(sql`p.leerling_id`)} as school, p.sinds::text as sinds, p.bronnen,
           count(*) over ()::int as totaal
      from per_leerling p join leerling l on l.id = p.leerling_id
     where not exists (select 1 from signalering_besluit b where b.leerling_id = p.leerling_id
                        and b.datum between ${van}::date and ${tot}::date)
     order by p.sinds limit ${MAX_REGELS}`);
}

export type TaakDetail = {
  id: string; leerling_id: string; naam: string; soort: string; reden: string; aangemaakt: string;
  gehouden: string | null; verslag: string | null; afgerond_door_naam: string | null;
};

export async function findTaak(db: DbOrTx, id: string): Promise<TaakDetail | undefined> {
  const [r] = await queryRows<TaakDetail>(db, sql`
    select t.id, t.leerling_id, ${naam} as naam, t.soort::text as soort, t.reden,
           (t.aangemaakt at time zone 'Europe/Amsterdam')::date::text as aangemaakt, t.gehouden::text as gehouden, t.verslag,
           a.naam as afgerond_door_naam
      from taak t join leerling l on l.id = t.leerling_id left join account a on a.id = t.afgerond_door
     where t.id = ${id}`);
  return r;
}
