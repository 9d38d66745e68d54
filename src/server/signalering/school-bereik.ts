// Which schools and regions an actor works for, for the school-wide parts of signalling (the LVS
// import, the blind-spot report): an IB at the school, a specialist appointed at the school, its
// board or its SWV; SWV staff for their region. Missing and forbidden both give 404.
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../core/db/db.js';
import type { Actor } from '../core/access/actor.js';
import { nietGevonden } from '../core/errors/app-error.js';
import { vandaag } from '../core/schooljaar.js';

export type SchoolRol = 'ib' | 'specialist';
export type SchoolBereik = { id: string; naam: string; swvId: string; swvCode: string };
export type RegioBereik = { id: string; naam: string; code: string };

const actief = (alias: string) => {
  const a = sql.raw(alias);
  return sql`${a}.van <= ${vandaag()}::date and (${a}.tot is null or ${a}.tot >= ${vandaag()}::date)`;
};

/** The schools where the actor holds one of `rollen` today. */
export async function findMijnScholen(db: DbOrTx, actor: Actor, rollen: readonly SchoolRol[], schoolId?: string): Promise<SchoolBereik[]> {
  const mag = rollen.filter((r) => actor.rollen.includes(r));
  if (mag.length === 0) return [];
  return queryRows<SchoolBereik>(db, sql`
    select distinct s.id, s.naam, s.swv_id as "swvId", v.code as "swvCode"
      from school s join samenwerkingsverband v on v.id = s.swv_id
      join functie f on f.account_id = ${actor.accountId} and ${actief('f')}
       and ((f.soort = 'ib' and 'ib' in ${mag} and f.school_id = s.id)
         or (f.soort = 'specialist' and 'specialist' in ${mag}
             and (f.school_id = s.id or f.bestuur_id = s.bestuur_id or f.swv_id = s.swv_id)))
     ${schoolId ? sql`where s.id = ${schoolId}` : sql``}
     order by s.naam`);
}

/** Throws NIET_GEVONDEN unless the actor works at this school in one of `rollen`. */
export async function assertSchoolRol(db: DbOrTx, actor: Actor, schoolId: string, rollen: readonly SchoolRol[]): Promise<SchoolBereik> {
  const [s] = await findMijnScholen(db, actor, rollen, schoolId);
  if (!s) throw nietGevonden();
  return s;
}

/** The SWVs where the actor is SWV staff today. */
export async function findMijnRegios(db: DbOrTx, actor: Actor, swvId?: string): Promise<RegioBereik[]> {
  if (!actor.rollen.includes('swv_medewerker')) return [];
  return queryRows<RegioBereik>(db, sql`
    select distinct v.id, v.naam, v.code from samenwerkingsverband v
      join functie f on f.swv_id = v.id and f.account_id = ${actor.accountId} and f.soort = 'swv_medewerker' and ${actief('f')}
     ${swvId ? sql`where v.id = ${swvId}` : sql``} order by v.naam`);
}
