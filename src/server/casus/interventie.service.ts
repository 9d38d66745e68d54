// Interventions and how they were experienced (source: 004 §3): "elke gerichte poging om de
// ontwikkeling te beïnvloeden", seen from the parent's, the pupil's and the professional's side
// along the seven factors.
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { queryRows, type Db } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { assertLeerlingAccess } from '../core/access/leerling-access.js';
import type { Relatie } from '../core/access/leerling.policy.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { AppError, nietGevonden } from '../core/errors/app-error.js';
import { interventie, interventieErvaring } from './casus.table.js';
import { casusVoorBeheer } from './casus.service.js';
import type { ervaringBody, interventieBody } from './casus.schema.js';
import { vandaagNl } from '../vangnet/termijnen.js';

export async function recordInterventie(db: Db, actor: Actor, leerlingId: string, input: z.infer<typeof interventieBody>, meta: RequestMeta) {
  const c = await casusVoorBeheer(db, actor, leerlingId);
  if (input.tot && input.tot < input.van) throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'tot', melding: 'Het einde ligt voor het begin.' }]);
  return db.transaction(async (tx) => {
    const [i] = await tx.insert(interventie).values({ casusId: c.id, ...input, tot: input.tot ?? null, door: actor.accountId }).returning({ id: interventie.id });
    await writeAudit(tx, actor, meta, { actie: 'casus.interventie_vastgelegd', bron: 'casus', leerlingId, details: { casusId: c.id, interventieId: i!.id } });
    return { id: i!.id };
  });
}

/** The perspective a person speaks from: the relationship decides, not a choice in the form. */
const perspectief = (r: readonly Relatie[]) =>
  r.includes('eigen_kind') ? 'ouder' as const : r.includes('zelf') ? 'leerling' as const : 'professional' as const;

export async function recordErvaring(db: Db, actor: Actor, interventieId: string, input: z.infer<typeof ervaringBody>, meta: RequestMeta) {
  const [r] = await queryRows<{ leerling_id: string }>(db, sql`
    select c.leerling_id from interventie i join casus c on c.id = i.casus_id and c.gesloten is null where i.id = ${interventieId}`);
  if (!r) throw nietGevonden();
  const relaties = await assertLeerlingAccess(db, actor, 'casus.ervaring', r.leerling_id);
  const p = perspectief(relaties);
  return db.transaction(async (tx) => {
    const [e] = await tx.insert(interventieErvaring).values({
      interventieId, perspectief: p, factoren: input.factoren, toelichting: input.toelichting, door: actor.accountId, datum: vandaagNl(),
    }).returning({ id: interventieErvaring.id });
    await writeAudit(tx, actor, meta, { actie: 'casus.ervaring_vastgelegd', bron: 'casus', leerlingId: r.leerling_id, details: { interventieId, perspectief: p } });
    return { id: e!.id };
  });
}
