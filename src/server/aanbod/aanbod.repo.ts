// Queries of the catalogue: provisions with their places, occupancy and waiting list, per SWV.
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../core/db/db.js';
import { vandaag } from '../core/schooljaar.js';
import type { VoorzieningView } from './aanbod.schema.js';

type Rij = Omit<VoorzieningView, 'ouderbijdrage'> & { ouderbijdrage: 'geen' | 'vrijwillig' };

/** A placement takes a place in every period it overlaps, from planned until it ends. */
export const BEZETTEND = sql`('gepland', 'wenperiode', 'geplaatst')`;

/** The SWVs where the actor holds one of the given positions today. */
export async function findSwvIds(db: DbOrTx, accountId: string, soorten: readonly string[]): Promise<string[]> {
  const d = vandaag();
  const rijen = await queryRows<{ swv_id: string }>(db, sql`
    select distinct coalesce(f.swv_id, s.swv_id) as swv_id
      from functie f left join school s on s.id = f.school_id
     where f.account_id = ${accountId} and f.soort::text in ${soorten}
       and f.van <= ${d}::date and (f.tot is null or f.tot >= ${d}::date)`);
  return rijen.map((r) => r.swv_id).filter(Boolean);
}

export async function findVoorzieningen(db: DbOrTx, where: { swvIds?: string[]; id?: string; alleenActief?: boolean }): Promise<Rij[]> {
  const conds = [sql`true`];
  if (where.swvIds) conds.push(where.swvIds.length ? sql`v.swv_id in ${where.swvIds}` : sql`false`);
  if (where.id) conds.push(sql`v.id = ${where.id}`);
  if (where.alleenActief) conds.push(sql`v.actief`);
  return queryRows<Rij>(db, sql`
    select v.id, v.swv_id as "swvId", v.naam, v.laag, v.vorm, v.doelgroep, v.doelen,
           v.expliciet_cognitief_doel as "explicietCognitiefDoel", v.vaste_leerkracht as "vasteLeerkracht", v.duur,
           v.dagen_tijden as "dagenTijden", v.locatie, v.gemeente, v.leeftijd_van as "leeftijdVan", v.leeftijd_tot as "leeftijdTot",
           v.toelatingsbronnen::text[] as toelatingsbronnen, v.contact_naam as "contactNaam", v.contact_email as "contactEmail",
           v.contact_telefoon as "contactTelefoon", v.gekoppelde_school_id as "gekoppeldeSchoolId",
           v.particuliere_aanbieder as "particuliereAanbieder", v.bekostigde_school_id as "bekostigdeSchoolId",
           case when v.vrijwillige_bijdrage is null then 'geen' else 'vrijwillig' end as ouderbijdrage,
           v.vrijwillige_bijdrage as "vrijwilligeBijdrage", v.coordinator_id as "coordinatorId", v.actief,
           gs.naam as "gekoppeldeSchool", bs.naam as "bekostigdeSchool", c.naam as coordinator,
           coalesce((select json_agg(json_build_object('id', p.id, 'van', p.van, 'tot', p.tot, 'plaatsen', p.plaatsen,
             'bezet', (select count(*)::int from plaatsing pl where pl.voorziening_id = v.id and pl.status in ${BEZETTEND}
                         and pl.van <= p.tot and (pl.tot is null or pl.tot >= p.van))) order by p.van)
             from voorziening_periode p where p.voorziening_id = v.id), '[]') as perioden,
           (select count(*)::int from wachtlijst_plaats w where w.voorziening_id = v.id and w.status = 'wachtend') as wachtend
      from voorziening v
      left join school gs on gs.id = v.gekoppelde_school_id
      left join school bs on bs.id = v.bekostigde_school_id
      left join account c on c.id = v.coordinator_id
     where ${sql.join(conds, sql` and `)}
     order by case v.laag when 'in_de_klas' then 1 when 'in_de_school' then 2 else 3 end, v.gemeente, v.naam`);
}

/** The period whose places count today, or else the next one. */
export function huidigePeriode<P extends { van: string; tot: string }>(perioden: P[], op = vandaag()): P | null {
  return perioden.find((p) => p.van <= op && p.tot >= op) ?? perioden.find((p) => p.van > op) ?? null;
}
