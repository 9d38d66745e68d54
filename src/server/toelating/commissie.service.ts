// The SWV commissie (source: 003 §18.2, §18.6): weighs the sources of an application — never one
// threshold — with a behavioural scientist, and decides: recommend the pupil to the provision's
// coordinator, not now with advice, or another provision. A recommendation puts the pupil on
// that provision's waiting list; the reasons are recorded and the parents read them.
import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { assertLeerlingAccess, visibleLeerlingen } from '../core/access/leerling-access.js';
import { writeAudit, writeAudits } from '../core/audit/audit.service.js';
import { AppError, nietGevonden } from '../core/errors/app-error.js';
import { vandaag } from '../core/schooljaar.js';
import { findVoorzieningen } from '../aanbod/aanbod.repo.js';
import { aanvraag, wachtlijstPlaats } from './toelating.table.js';
import type { z } from 'zod';
import type { besluitBody } from './toelating.schema.js';

export type WerkvoorraadRij = {
  id: string; aanvraagId: string; naam: string; school: string; voorziening: string; aangevraagd: string;
  status: 'bij_commissie' | 'besloten'; besluit: 'aanbevolen' | 'nu_niet' | 'andere_voorziening' | null;
};

/** Applications to weigh at my SWV, and those decided in the past year. */
export async function listWerkvoorraad(db: Db, actor: Actor, meta: RequestMeta) {
  const rijen = await queryRows<WerkvoorraadRij>(db, sql`
    select a.leerling_id as id, a.id as "aanvraagId",
           l.voornaam || ' ' || coalesce(l.tussenvoegsel || ' ', '') || l.achternaam as naam,
           s.naam as school, v.naam as voorziening, a.aangevraagd::text as aangevraagd, a.status, a.besluit
      from aanvraag a join leerling l on l.id = a.leerling_id join school s on s.id = a.school_id
      join voorziening v on v.id = a.voorziening_id
     where (a.status = 'bij_commissie' or (a.status = 'besloten' and a.besloten >= now() - interval '1 year'))
       and a.swv_id in (select f.swv_id from functie f where f.account_id = ${actor.accountId} and f.soort = 'commissielid'
                          and f.van <= current_date and (f.tot is null or f.tot >= current_date))
       and ${visibleLeerlingen(actor, sql`a.leerling_id`, 'toelating.besluiten')}
     order by a.status, a.aangevraagd`);
  await writeAudits(db, actor, meta, [
    { actie: 'toelating.werkvoorraad_bekeken', bron: 'aanvraag', details: { aantal: rijen.length } },
    ...rijen.map((r) => ({ actie: 'toelating.werkvoorraad_bekeken' as const, bron: 'aanvraag', leerlingId: r.id })),
  ]);
  return rijen;
}

export async function decideAanvraag(db: Db, actor: Actor, aanvraagId: string, input: z.infer<typeof besluitBody>, meta: RequestMeta) {
  const [a] = await db.select().from(aanvraag).where(eq(aanvraag.id, aanvraagId));
  if (!a) throw nietGevonden();
  await assertLeerlingAccess(db, actor, 'toelating.besluiten', a.leerlingId);
  if (a.status !== 'bij_commissie') throw new AppError('CONFLICT', 'Over deze aanvraag is al besloten.');
  const fouten = [];
  if (input.besluit === 'nu_niet' && !input.advies) fouten.push({ veld: 'advies', melding: 'Geef bij "nu niet" een advies: wat kan de school nu al doen?' });
  let doelId = a.voorzieningId;
  if (input.besluit === 'andere_voorziening') {
    const [ander] = input.andereVoorzieningId
      ? await findVoorzieningen(db, { swvIds: [a.swvId], id: input.andereVoorzieningId, alleenActief: true }) : [];
    if (!ander || ander.id === a.voorzieningId) fouten.push({ veld: 'andereVoorzieningId', melding: 'Kies een andere voorziening uit het aanbod van het samenwerkingsverband.' });
    else doelId = ander.id;
  }
  if (fouten.length) throw new AppError('ONGELDIGE_INVOER', undefined, fouten);
  return db.transaction(async (tx) => {
    const rijen = await tx.update(aanvraag).set({
      status: 'besloten', besluit: input.besluit, redenen: input.redenen, advies: input.advies || null,
      gewogenBronnen: input.gewogenBronnen, gedragswetenschapper: input.gedragswetenschapper,
      besluitVoorzieningId: input.besluit === 'andere_voorziening' ? doelId : null,
      besluitDoor: actor.accountId, besloten: new Date(),
    }).where(and(eq(aanvraag.id, aanvraagId), eq(aanvraag.status, 'bij_commissie'))).returning({ id: aanvraag.id });
    if (rijen.length === 0) throw new AppError('CONFLICT', 'Over deze aanvraag is al besloten.');
    let wachtlijstId: string | null = null;
    if (input.besluit !== 'nu_niet') {
      // source: 003 §18.2 — the commissie recommends the pupil to the provision's coordinator
      const [w] = await tx.insert(wachtlijstPlaats).values({
        voorzieningId: doelId, leerlingId: a.leerlingId, aanvraagId, sinds: vandaag(), prioriteit: input.prioriteit,
      }).onConflictDoNothing().returning({ id: wachtlijstPlaats.id });
      wachtlijstId = w?.id ?? null;
    }
    await writeAudit(tx, actor, meta, {
      actie: 'toelating.besloten', bron: 'aanvraag', leerlingId: a.leerlingId, details: { aanvraagId, besluit: input.besluit, voorzieningId: doelId },
    });
    return { id: aanvraagId, wachtlijstId };
  });
}
