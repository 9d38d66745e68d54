// Use cases of the pupil file: search, open the page, the parent's children and the access log.
// Each checks access first and writes its audit row before any pupil data leaves the server.
import { sql } from 'drizzle-orm';
import type { Db } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { assertLeerlingAccess, visibleLeerlingIds } from '../core/access/leerling-access.js';
import { findAudit, writeAudit, writeAudits } from '../core/audit/audit.service.js';
import { nietGevonden } from '../core/errors/app-error.js';
import {
  findBetrokkenen, findHuidigeGroep, findInschrijvingen, findLeerlingen,
} from './leerling.repo.js';
import { findWachtOpInstemming } from '../opp/opp.repo.js';
import { findWachtOpOuders } from '../toelating/toelating.repo.js';

export const PAGINA_GROOTTE = 25;

export async function searchLeerlingen(
  db: Db, actor: Actor, input: { zoek?: string; pagina: number }, meta: RequestMeta,
) {
  const rijen = await findLeerlingen(db, visibleLeerlingIds(actor, 'leerling.bekijken'), {
    zoek: input.zoek, limit: PAGINA_GROOTTE + 1, offset: (input.pagina - 1) * PAGINA_GROOTTE,
  });
  const getoond = rijen.slice(0, PAGINA_GROOTTE);
  // One row per pupil shown (name, school, class), so that her parents' access page lists the search.
  // The search term stays out of those rows: it may be another pupil's name. The row without a pupil
  // keeps it for the privacy officer.
  await writeAudits(db, actor, meta, [
    { actie: 'leerling.zoeken', bron: 'leerlingen', details: { zoek: input.zoek ?? null, pagina: input.pagina, aantal: getoond.length } },
    ...getoond.map((r) => ({ actie: 'leerling.zoeken' as const, bron: 'leerlingen', leerlingId: r.id, details: { pagina: input.pagina } })),
  ]);
  return { rijen: getoond, meer: rijen.length > PAGINA_GROOTTE };
}

export async function viewLeerling(db: Db, actor: Actor, leerlingId: string, meta: RequestMeta) {
  await assertLeerlingAccess(db, actor, 'leerling.bekijken', leerlingId);
  const [basis] = await findLeerlingen(db, sql`select ${leerlingId}::uuid`, { limit: 1, offset: 0 });
  if (!basis) throw nietGevonden();
  const [inschrijvingen, betrokkenen, groep] = await Promise.all([
    findInschrijvingen(db, leerlingId), findBetrokkenen(db, leerlingId), findHuidigeGroep(db, leerlingId),
  ]);
  await writeAudit(db, actor, meta, { actie: 'leerling.bekijken', bron: 'leerling', leerlingId });
  return { basis, inschrijvingen, betrokkenen, groep };
}

export async function listMijnKinderen(db: Db, actor: Actor, meta: RequestMeta) {
  const rijen = await findLeerlingen(db, visibleLeerlingIds(actor, 'leerling.toegang_bekijken'), {
    limit: 50, offset: 0,
  });
  await writeAudits(db, actor, meta, rijen.map((r) => ({
    actie: 'kinderen.bekijken' as const, bron: 'leerling', leerlingId: r.id,
  })));
  // The parent's first question on her home page: does anything wait for my consent? A plan's
  // handelingsdeel (WPO art. 40a) or an application to a provision (source: 003 §18.2).
  const ids = rijen.map((r) => r.id);
  const [plannen, aanmeldingen] = [await findWachtOpInstemming(db, ids), await findWachtOpOuders(db, ids)];
  return rijen.map((r) => ({ ...r, planWachtOpInstemming: plannen.has(r.id), aanmeldingWachtOpToestemming: aanmeldingen.has(r.id) }));
}

/** The reads and writes of this pupil's data, for the parents (who opened the file, and when). */
export async function viewToegangslog(
  db: Db, actor: Actor, leerlingId: string, input: { pagina: number }, meta: RequestMeta,
) {
  await assertLeerlingAccess(db, actor, 'leerling.toegang_bekijken', leerlingId);
  const rijen = await findAudit(db, {
    leerlingId, limit: PAGINA_GROOTTE + 1, offset: (input.pagina - 1) * PAGINA_GROOTTE,
  });
  await writeAudit(db, actor, meta, { actie: 'leerling.toegang_bekijken', bron: 'audit', leerlingId });
  return { rijen: rijen.slice(0, PAGINA_GROOTTE), meer: rijen.length > PAGINA_GROOTTE };
}
