// Use cases of talks: a parent asks for one (always possible, source: 003 §17.2.2) and sees its
// state; a teacher or IB records that it was held. Access first, audit in the same transaction.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { assertLeerlingAccess } from '../core/access/leerling-access.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { AppError, nietGevonden } from '../core/errors/app-error.js';
import { vandaag } from '../core/schooljaar.js';
import { openTalk } from './gesprek.js';

export async function requestGesprek(
  db: Db, actor: Actor, leerlingId: string, input: { toelichting: string }, meta: RequestMeta,
) {
  await assertLeerlingAccess(db, actor, 'signalering.ouder', leerlingId);
  return db.transaction(async (tx) => {
    const reden = `Vraag van ${actor.naam} (ouder) op ${vandaag().split('-').reverse().join('-')}: ${input.toelichting.trim()}`;
    const t = await openTalk(tx, { leerlingId, soort: 'gesprek_op_verzoek_ouder', reden, aangevraagdDoor: actor.accountId });
    await writeAudit(tx, actor, meta, { actie: 'gesprek.aangevraagd', bron: 'taak', leerlingId, details: { taakId: t.id, nieuw: t.nieuw } });
    return { id: t.id, alOpen: !t.nieuw };
  });
}

export type VerzoekRij = { id: string; aangemaakt: Date; gehouden: string | null };

/** A parent's view of the talks parents asked for: when asked, and whether it was held (not the notes). */
export async function listGespreksverzoeken(db: Db, actor: Actor, leerlingId: string, meta: RequestMeta) {
  await assertLeerlingAccess(db, actor, 'signalering.ouder', leerlingId);
  const rijen = await queryRows<VerzoekRij>(db, sql`
    select id, aangemaakt, gehouden::text as gehouden from taak
     where leerling_id = ${leerlingId} and soort = 'gesprek_op_verzoek_ouder'
     order by aangemaakt desc limit 20`);
  await writeAudit(db, actor, meta, { actie: 'gesprek.verzoeken_bekijken', bron: 'taak', leerlingId });
  return rijen.map((r) => ({ ...r, aangemaakt: new Date(r.aangemaakt) }));
}

export async function markGesprekGehouden(
  db: Db, actor: Actor, taakId: string, input: { gehouden: string; verslag: string }, meta: RequestMeta,
) {
  const [taak] = await queryRows<{ leerling_id: string; gehouden: string | null; aangemaakt: string }>(db, sql`
    select leerling_id, gehouden::text as gehouden, (aangemaakt at time zone 'Europe/Amsterdam')::date::text as aangemaakt
      from taak where id = ${taakId}`);
  if (!taak) throw nietGevonden();
  await assertLeerlingAccess(db, actor, 'signalering.vastleggen', taak.leerling_id);
  if (taak.gehouden) throw new AppError('CONFLICT', 'Dit gesprek is al als gehouden vastgelegd.');
  if (input.gehouden > vandaag()) {
    throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'gehouden', melding: 'Deze datum ligt in de toekomst.' }]);
  }
  if (input.gehouden < taak.aangemaakt) {
    throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'gehouden', melding: 'Deze datum ligt voor de dag waarop het gesprek werd klaargezet.' }]);
  }
  return db.transaction(async (tx) => {
    const bijgewerkt = await queryRows<{ id: string }>(tx, sql`
      update taak set gehouden = ${input.gehouden}, verslag = ${input.verslag.trim()}, afgerond_door = ${actor.accountId}
       where id = ${taakId} and gehouden is null returning id`);
    if (bijgewerkt.length === 0) throw new AppError('CONFLICT', 'Dit gesprek is al als gehouden vastgelegd.');
    await writeAudit(tx, actor, meta, { actie: 'gesprek.gehouden', bron: 'taak', leerlingId: taak.leerling_id, details: { taakId } });
    return { id: taakId, gehouden: input.gehouden };
  });
}
