// Typed queries for the LVS import; called only after the school check in the service.
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../core/db/db.js';
import { vandaag } from '../core/schooljaar.js';
import type { LvsRij } from './lvs-csv.js';
import type { Resultaat } from './trend-regel.js';

export type SchoolLeerling = { id: string; voornaam: string; tussenvoegsel: string | null; achternaam: string; geboortedatum: string };

/** The pupils registered at the school today: only they can be in its LVS file. */
export async function findSchoolLeerlingen(db: DbOrTx, schoolId: string): Promise<SchoolLeerling[]> {
  const d = vandaag();
  return queryRows<SchoolLeerling>(db, sql`
    select l.id, l.voornaam, l.tussenvoegsel, l.achternaam, l.geboortedatum::text as geboortedatum
      from inschrijving i join leerling l on l.id = i.leerling_id
     where i.school_id = ${schoolId} and i.van <= ${d}::date and (i.tot is null or i.tot >= ${d}::date)`);
}

export type BestaandResultaat = { leerling_id: string; toets: string; vak: string; datum: string; score: number; percentiel: number | null };

/** Results already stored for these pupils (to tell a re-import from a conflicting one). */
export async function findResultaten(db: DbOrTx, leerlingIds: string[]): Promise<(BestaandResultaat & { id: string })[]> {
  if (leerlingIds.length === 0) return [];
  return queryRows(db, sql`
    select id, leerling_id, toets, vak, datum::text as datum, score::float8 as score, percentiel
      from lvs_resultaat where leerling_id = any(${pgArray(leerlingIds)}::uuid[])`);
}

export async function insertImport(tx: DbOrTx, v: { schoolId: string; door: string; bestandsnaam: string; aantal: number }): Promise<string> {
  const [r] = await queryRows<{ id: string }>(tx, sql`
    insert into lvs_import (school_id, door, bestandsnaam, aantal) values (${v.schoolId}, ${v.door}, ${v.bestandsnaam}, ${v.aantal}) returning id`);
  return r!.id;
}

/** A PostgreSQL array literal as one text parameter (drizzle would expand a JS array into a list). */
export function pgArray(values: readonly (string | number | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${String(v).replace(/[\\"]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}

/** Many rows in few statements: unnest keeps one parameter per column, whatever the row count. */
export async function insertResultaten(tx: DbOrTx, importId: string, rijen: LvsRij[]): Promise<void> {
  const BATCH = 5000;
  for (let i = 0; i < rijen.length; i += BATCH) {
    const deel = rijen.slice(i, i + BATCH);
    await tx.execute(sql`
      insert into lvs_resultaat (leerling_id, import_id, toets, vak, datum, score, niveau, percentiel)
      select l, ${importId}::uuid, t, v, d, s, n, p
        from unnest(${pgArray(deel.map((r) => r.leerlingId))}::uuid[], ${pgArray(deel.map((r) => r.toets))}::text[], ${pgArray(deel.map((r) => r.vak))}::text[],
                    ${pgArray(deel.map((r) => r.datum))}::date[], ${pgArray(deel.map((r) => r.score))}::numeric[], ${pgArray(deel.map((r) => r.niveau))}::text[],
                    ${pgArray(deel.map((r) => r.percentiel))}::int[]) as x(l, t, v, d, s, n, p)`);
  }
}

export const toResultaat = (r: BestaandResultaat): Resultaat =>
  ({ vak: r.vak, toets: r.toets, datum: r.datum, score: r.score, percentiel: r.percentiel });
