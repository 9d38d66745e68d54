// In-class adaptations, layer 1 of the pyramid (source: 003 §16.2.1, §16.5): compacten, verrijken or
// versnellen per subject, goals set in advance in a weektaak or periodeplanning, what to do when the
// work is done, who holds the regie, and the handover to next year's teacher. Every teacher of the
// pupil sees them: the offer must not depend on which teacher a pupil happens to have (004 §2).
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { assertLeerlingAccess } from '../core/access/leerling-access.js';
import { isAllowed } from '../core/access/leerling.policy.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { AppError } from '../core/errors/app-error.js';
import { account } from '../core/auth/auth.table.js';
import { vandaag } from '../core/schooljaar.js';
import { klasaanpassing } from './opp.table.js';

export async function listKlasaanpassingen(db: Db, actor: Actor, leerlingId: string, meta: RequestMeta) {
  const relaties = await assertLeerlingAccess(db, actor, 'klasaanpassing.bekijken', leerlingId);
  const rijen = await db.select({
    id: klasaanpassing.id, soort: klasaanpassing.soort, vak: klasaanpassing.vak, planning: klasaanpassing.planning,
    doelen: klasaanpassing.doelen, alsWerkAf: klasaanpassing.alsWerkAf, regie: klasaanpassing.regie, van: klasaanpassing.van,
    tot: klasaanpassing.tot, overdracht: klasaanpassing.overdracht, door: account.naam,
  }).from(klasaanpassing).innerJoin(account, eq(account.id, klasaanpassing.door))
    .where(eq(klasaanpassing.leerlingId, leerlingId)).orderBy(asc(klasaanpassing.vak), asc(klasaanpassing.van));
  await writeAudit(db, actor, meta, { actie: 'klasaanpassing.bekijken', bron: 'klasaanpassing', leerlingId });
  return {
    aanpassingen: rijen.map((r) => ({ ...r, planning: r.planning as 'weektaak' | 'periodeplanning' })),
    magVastleggen: isAllowed('klasaanpassing.vastleggen', relaties),
  };
}

export type KlasaanpassingInput = {
  soort: 'compacten' | 'verrijken' | 'versnellen'; vak: string; planning: 'weektaak' | 'periodeplanning';
  doelen: string; alsWerkAf: string; regie: string; van: string;
};

export async function recordKlasaanpassing(db: Db, actor: Actor, leerlingId: string, input: KlasaanpassingInput, meta: RequestMeta) {
  return db.transaction(async (tx) => {
    await assertLeerlingAccess(tx, actor, 'klasaanpassing.vastleggen', leerlingId);
    const [r] = await tx.insert(klasaanpassing).values({ leerlingId, ...input, door: actor.accountId }).returning({ id: klasaanpassing.id });
    await writeAudit(tx, actor, meta, { actie: 'klasaanpassing.vastgelegd', bron: 'klasaanpassing', leerlingId, details: { aanpassingId: r!.id, soort: input.soort, vak: input.vak } });
    return { id: r!.id };
  });
}

/**
 * The handover to next year's teacher (003 §16.5): a note on one running adaptation, or on all of
 * them; `beeindigen` ends them today (the next teacher records anew what she continues).
 */
export async function recordOverdracht(
  db: Db, actor: Actor, leerlingId: string, input: { aanpassingId?: string; overdracht: string; beeindigen: boolean }, meta: RequestMeta,
) {
  return db.transaction(async (tx) => {
    await assertLeerlingAccess(tx, actor, 'klasaanpassing.vastleggen', leerlingId);
    const lopend = await tx.select({ id: klasaanpassing.id }).from(klasaanpassing)
      .where(and(eq(klasaanpassing.leerlingId, leerlingId), isNull(klasaanpassing.tot)));
    const ids = lopend.map((r) => r.id).filter((id) => !input.aanpassingId || id === input.aanpassingId);
    if (ids.length === 0) {
      throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'aanpassingId', melding: 'Er is geen lopende aanpassing om over te dragen.' }]);
    }
    await tx.update(klasaanpassing).set({ overdracht: input.overdracht, ...(input.beeindigen ? { tot: vandaag() } : {}) })
      .where(inArray(klasaanpassing.id, ids));
    await writeAudit(tx, actor, meta, { actie: 'klasaanpassing.overdracht', bron: 'klasaanpassing', leerlingId, details: { aanpassingen: ids, beeindigd: input.beeindigen } });
    return { id: ids[0]! };
  });
}
