// The privacy officer's search of the audit log; the search is itself audited.
import { eq } from 'drizzle-orm';
import type { Db } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { findAudit, writeAudit } from '../core/audit/audit.service.js';
import { account } from '../core/auth/auth.table.js';
import { dagBeginInNederland, isoDate } from '../core/schooljaar.js';

export const AUDIT_PAGINA = 50;

export type AuditZoekopdracht = {
  leerlingId?: string; actorEmail?: string; actie?: string; van?: string; tot?: string; pagina: number;
};


export async function searchAuditLog(db: Db, actor: Actor, q: AuditZoekopdracht, meta: RequestMeta) {
  let actorId: string | undefined;
  if (q.actorEmail) {
    const [acc] = await db.select({ id: account.id }).from(account).where(eq(account.email, q.actorEmail));
    // An unknown address matches nobody: search for an id no account has.
    actorId = acc?.id ?? '00000000-0000-0000-0000-000000000000';
  }
  const rijen = await findAudit(db, {
    leerlingId: q.leerlingId, actorId, actie: q.actie,
    // dates are Dutch calendar days, as the privacy officer means them
    van: q.van ? dagBeginInNederland(q.van) : undefined,
    tot: q.tot ? dagBeginInNederland(isoDate(new Date(Date.parse(`${q.tot}T00:00:00Z`) + 86_400_000))) : undefined, // the whole last day
    limit: AUDIT_PAGINA + 1, offset: (q.pagina - 1) * AUDIT_PAGINA,
  });
  await writeAudit(db, actor, meta, {
    actie: 'audit.zoeken', bron: 'audit', leerlingId: q.leerlingId ?? null,
    details: { ...q, aantal: Math.min(rijen.length, AUDIT_PAGINA) },
  });
  return { rijen: rijen.slice(0, AUDIT_PAGINA), meer: rijen.length > AUDIT_PAGINA };
}
