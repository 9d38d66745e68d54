// The relationships of an actor to pupils, worked out in SQL: for one pupil (the check before a
// use case) and as a filter for lists (search), from the same fragments.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../db/db.js';
import { nietGevonden } from '../errors/app-error.js';
import { huidigSchooljaar, vandaag } from '../schooljaar.js';
import type { Actor } from './actor.js';
import { isAllowed, relatiesVoorRollen, type LeerlingActie, type Relatie } from './leerling.policy.js';

/** A row of `alias` (with van/tot columns) that holds today. */
function actief(alias: string): SQL {
  const d = vandaag();
  const a = sql.raw(alias);
  return sql`${a}.van <= ${d}::date and (${a}.tot is null or ${a}.tot >= ${d}::date)`;
}

/** For each relationship: the pupils the actor holds it with, as a subquery of leerling ids. */
function pupilsVia(relatie: Relatie, actor: Actor): SQL {
  const a = actor.accountId;
  switch (relatie) {
    case 'eigen_klas':
      return sql`select gl.leerling_id from groep_leraar gr
        join groep g on g.id = gr.groep_id and g.schooljaar = ${huidigSchooljaar()}
        join groep_leerling gl on gl.groep_id = g.id where gr.account_id = ${a}`;
    case 'eigen_school':
      return sql`select i.leerling_id from functie f join inschrijving i on i.school_id = f.school_id
        where f.account_id = ${a} and f.soort = 'ib' and ${actief('f')} and ${actief('i')}`;
    case 'aangesteld':
      // Three plain joins rather than one join on "school or board or SWV": the planner estimates
      // an OR-join badly and would scan every registration of the region.
      return sql`select i.leerling_id from inschrijving i
        where ${actief('i')} and i.school_id in (${specialistScholen(a)})`;
    case 'eigen_casus':
      return sql`select c.leerling_id from casus c where c.casemanager_id = ${a} and c.gesloten is null`;
    case 'eigen_kind':
      return sql`select ok.leerling_id from ouder_kind ok where ok.account_id = ${a}`;
    case 'zelf':
      return sql`select ${actor.leerlingId}::uuid`;
    case 'swv_commissie':
      // Applications handed in (parents consented) at an SWV where the actor sits on the commissie;
      // a decided one stays in view for a year, for objections and follow-up.
      return sql`select av.leerling_id from aanvraag av join functie f on f.swv_id = av.swv_id
        where f.account_id = ${a} and f.soort = 'commissielid' and ${actief('f')}
          and (av.status = 'bij_commissie' or (av.status = 'besloten' and av.besloten >= now() - interval '1 year'))`;
    case 'eigen_voorziening':
      // Pupils on the waiting list of, or placed in, a provision the actor coordinates.
      return sql`select w.leerling_id from wachtlijst_plaats w join voorziening v on v.id = w.voorziening_id
        where v.coordinator_id = ${a} and w.status = 'wachtend'
        union select p.leerling_id from plaatsing p join voorziening v on v.id = p.voorziening_id
        where v.coordinator_id = ${a} and (p.tot is null or p.tot >= ${vandaag()}::date)`;
    case 'casus_zorg':
      return casusBetrokken(a, 'zorgverlener');
    case 'casus_leerplicht':
      return casusBetrokken(a, 'leerplichtambtenaar');
    case 'casus_proces':
      return casusBetrokken(a, 'procesbegeleider');
  }
}

/** The pupils whose open case involves this account, today, in this role. */
function casusBetrokken(accountId: string, rol: 'zorgverlener' | 'leerplichtambtenaar' | 'procesbegeleider'): SQL {
  return sql`select c.leerling_id from casus_betrokkene b join casus c on c.id = b.casus_id and c.gesloten is null
    where b.account_id = ${accountId} and b.rol = ${rol} and ${actief('b')}`;
}

/** The schools where a specialist is appointed: at the school itself, its board or its SWV. */
export function specialistScholen(accountId: string): SQL {
  const isSpecialist = sql`f.account_id = ${accountId} and f.soort = 'specialist' and ${actief('f')}`;
  return sql`select f.school_id from functie f where ${isSpecialist} and f.school_id is not null
    union select s.id from school s join functie f on f.bestuur_id = s.bestuur_id where ${isSpecialist}
    union select s.id from school s join functie f on f.swv_id = s.swv_id where ${isSpecialist}`;
}

/** The relationships the actor holds with one pupil (those whose role the actor has). */
export async function relationsWith(db: DbOrTx, actor: Actor, leerlingId: string): Promise<Relatie[]> {
  const mogelijk = relatiesVoorRollen(actor.rollen);
  if (mogelijk.length === 0) return [];
  const checks = mogelijk.map((r) => sql`${leerlingId}::uuid in (${pupilsVia(r, actor)}) as ${sql.identifier(r)}`);
  const [row] = await queryRows<Record<Relatie, boolean>>(db, sql`select ${sql.join(checks, sql`, `)}`);
  return mogelijk.filter((r) => row![r]);
}

/** Throws NIET_GEVONDEN unless the actor may do `actie` with this pupil; returns the relationships. */
export async function assertLeerlingAccess(
  db: DbOrTx, actor: Actor, actie: LeerlingActie, leerlingId: string,
): Promise<Relatie[]> {
  const gehouden = await relationsWith(db, actor, leerlingId);
  if (!isAllowed(actie, gehouden)) throw nietGevonden();
  return gehouden;
}

/** The ids of the pupils the actor may `actie`, as a query (`select … union select …`). */
export function visibleLeerlingIds(actor: Actor, actie: LeerlingActie): SQL {
  const mogelijk = relatiesVoorRollen(actor.rollen).filter((r) => isAllowed(actie, [r]));
  if (mogelijk.length === 0) return sql`select null::uuid where false`;
  return sql.join(mogelijk.map((r) => pupilsVia(r, actor)), sql` union `);
}

/** A condition on a leerling id column: true for the pupils the actor may `actie`. */
export function visibleLeerlingen(actor: Actor, kolom: SQL, actie: LeerlingActie): SQL {
  return sql`${kolom} in (${visibleLeerlingIds(actor, actie)})`;
}
