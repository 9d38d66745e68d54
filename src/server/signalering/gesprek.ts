// Talks to hold with pupil and parents (source: 003 §17.2.2): after a downward spiral, a concern
// about behaviour or wellbeing, or because a parent asked — parents can always ask. One open talk
// of a kind per pupil (the database's unique index); a second reason is added to the open one.
// A talk with no `toegewezen_aan` belongs to the pupil's current class teacher(s), worked out when
// the worklist is read, so a talk follows the pupil to the next class.
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../core/db/db.js';

export type TaakSoort = 'gesprek_neerwaartse_spiraal' | 'gesprek_op_verzoek_ouder' | 'gesprek_zorgsignaal';

export type NieuweTaak = {
  leerlingId: string;
  soort: TaakSoort;
  reden: string;
  aangevraagdDoor?: string | null;
  toegewezenAan?: string | null;
};

/** Opens the talk, or adds the reason to the open talk of this kind; says which it was. */
export async function openTalk(tx: DbOrTx, t: NieuweTaak): Promise<{ id: string; nieuw: boolean }> {
  const [rij] = await queryRows<{ id: string; nieuw: boolean }>(tx, sql`
    insert into taak (leerling_id, soort, reden, aangevraagd_door, toegewezen_aan)
    values (${t.leerlingId}, ${t.soort}, ${t.reden}, ${t.aangevraagdDoor ?? null}, ${t.toegewezenAan ?? null})
    on conflict (leerling_id, soort) where gehouden is null
    do update set reden = case when position(excluded.reden in taak.reden) > 0 then taak.reden
                               else taak.reden || E'\n' || excluded.reden end
    returning id, (xmax = 0) as nieuw`);
  return rij!;
}

// A concern recorded as a signal (zorgelijk = true) opens its talk in the database itself: see the
// trigger in drizzle/0003_gesprek_bij_zorgsignaal.sql, so that no way of recording a concern skips it.
