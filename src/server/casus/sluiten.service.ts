// Ending a case and ending someone's involvement (source: 004 §3 — one case manager keeps the case
// together, and so also ends it). Closing sets `casus.gesloten`: from then on the case manager and
// the people involved lose access through the policy SQL, while the school, the parents and the
// pupil keep what their own relationship gives. Ending an involvement sets `tot`: after that day the
// person no longer sees what the case hands them. Access first, audit in the same transaction.
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { assertLeerlingAccess } from '../core/access/leerling-access.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { AppError, nietGevonden } from '../core/errors/app-error.js';
import { vandaag } from '../core/schooljaar.js';
import { casus } from '../regio/regio.table.js';
import { casusBetrokkene, casusSluiting } from './casus.table.js';
import { findOpenCasus } from './casus.repo.js';
import type { betrokkeneEindeBody, sluitenBody } from './casus.schema.js';
import type { z } from 'zod';

const datumFout = (veld: string, melding: string) => new AppError('ONGELDIGE_INVOER', undefined, [{ veld, melding }]);

export async function closeCasus(db: Db, actor: Actor, leerlingId: string, input: z.infer<typeof sluitenBody>, meta: RequestMeta) {
  return db.transaction(async (tx) => {
    await assertLeerlingAccess(tx, actor, 'casus.beheren', leerlingId);
    const c = await findOpenCasus(tx, leerlingId);
    if (!c) throw new AppError('CONFLICT', 'Deze leerling heeft geen open casus.');
    if (input.datum > vandaag()) throw datumFout('datum', 'Een casus sluit u vandaag of met terugwerkende kracht, niet in de toekomst.');
    if (input.datum < c.geopend) throw datumFout('datum', `De casus is geopend op ${c.geopend}; hij kan niet eerder sluiten.`);
    if (input.reden === 'anders' && !input.toelichting) throw datumFout('toelichting', 'Schrijf op waarom de casus stopt.');
    await tx.insert(casusSluiting).values({ casusId: c.id, datum: input.datum, reden: input.reden, toelichting: input.toelichting || null, door: actor.accountId });
    await tx.update(casus).set({ gesloten: input.datum }).where(and(eq(casus.id, c.id), isNull(casus.gesloten)));
    await writeAudit(tx, actor, meta, {
      actie: 'casus.gesloten', bron: 'casus', leerlingId, details: { casusId: c.id, datum: input.datum, reden: input.reden, toelichting: input.toelichting || null },
    });
    return { id: c.id };
  });
}

/** `tot` is the last day of the involvement; a day before today ends the access at once. */
export async function endBetrokkene(db: Db, actor: Actor, betrokkeneId: string, input: z.infer<typeof betrokkeneEindeBody>, meta: RequestMeta) {
  const [b] = await db.select({ id: casusBetrokkene.id, casusId: casusBetrokkene.casusId, van: casusBetrokkene.van, tot: casusBetrokkene.tot, rol: casusBetrokkene.rol, accountId: casusBetrokkene.accountId, leerlingId: casus.leerlingId, gesloten: casus.gesloten })
    .from(casusBetrokkene).innerJoin(casus, eq(casus.id, casusBetrokkene.casusId)).where(eq(casusBetrokkene.id, betrokkeneId));
  if (!b || b.gesloten) throw nietGevonden();
  return db.transaction(async (tx) => {
    await assertLeerlingAccess(tx, actor, 'casus.beheren', b.leerlingId);
    if ((b.rol === 'ouder' || b.rol === 'leerling') && b.accountId) {
      throw new AppError('CONFLICT', 'Ouders en de leerling zijn partners zolang de casus loopt (bron: 004 §3). Sluit de casus als de ondersteuning klaar is.');
    }
    if (b.tot !== null && b.tot < vandaag()) throw new AppError('CONFLICT', 'De betrokkenheid van deze persoon is al beëindigd.');
    if (input.tot > vandaag()) throw datumFout('tot', 'Kies vandaag of een dag in het verleden als laatste dag.');
    if (input.tot < b.van) throw datumFout('tot', `Deze persoon is betrokken sinds ${b.van}; de laatste dag kan niet eerder zijn.`);
    await tx.update(casusBetrokkene).set({ tot: input.tot }).where(eq(casusBetrokkene.id, b.id));
    await writeAudit(tx, actor, meta, {
      actie: 'casus.betrokkene_beeindigd', bron: 'casus_betrokkene', leerlingId: b.leerlingId, details: { casusId: b.casusId, betrokkeneId: b.id, rol: b.rol, tot: input.tot },
    });
    return { id: b.id };
  });
}
