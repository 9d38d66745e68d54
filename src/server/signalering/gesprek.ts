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

/**
 * For the signal routes: a concern (a signal with zorgelijk = true) about behaviour or wellbeing
 * starts a talk for the teacher, seen by the IB. Call it inside the transaction that records the
 * signal, after the access check; the caller's audit row covers it.
 */
export async function createTalkForConcern(
  tx: DbOrTx, input: { leerlingId: string; door: string; soort: string; toelichting?: string | null; datum: string },
): Promise<{ id: string; nieuw: boolean }> {
  const wat = input.soort === 'welbevinden' ? 'welbevinden' : input.soort === 'gedrag' ? 'gedrag' : input.soort;
  const datum = `${input.datum.slice(8, 10)}-${input.datum.slice(5, 7)}-${input.datum.slice(0, 4)}`;
  const reden = `Zorgsignaal over ${wat} (${datum})${input.toelichting ? `: ${input.toelichting.trim().slice(0, 500)}` : '.'}`;
  return openTalk(tx, { leerlingId: input.leerlingId, soort: 'gesprek_zorgsignaal', reden });
}
