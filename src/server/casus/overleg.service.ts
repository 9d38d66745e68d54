// Structured meetings (source: 004 §3): agenda, participants (pupil and parents included), the
// gespreksverslag, decisions, follow-up actions with an owner and a due date, the next meeting.
// Minutes reach the participants once the case manager shares them.
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { queryRows, type Db } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { assertLeerlingAccess } from '../core/access/leerling-access.js';
import { isAllowed } from '../core/access/leerling.policy.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { AppError, nietGevonden } from '../core/errors/app-error.js';
import { casusActie, casusOverleg, overlegDeelnemer } from './casus.table.js';
import { casusVoorBeheer } from './casus.service.js';
import type { afgerondBody, overlegBody } from './casus.schema.js';
import { vandaagNl } from '../vangnet/termijnen.js';

type Betrokkene = { id: string; account_id: string | null; naam: string; rol: string };

export async function recordOverleg(db: Db, actor: Actor, leerlingId: string, input: z.infer<typeof overlegBody>, meta: RequestMeta) {
  const c = await casusVoorBeheer(db, actor, leerlingId);
  const betrokkenen = await queryRows<Betrokkene>(db, sql`
    select id, account_id, naam, rol::text as rol from casus_betrokkene where casus_id = ${c.id} and (tot is null or tot >= current_date)`);
  const perId = new Map(betrokkenen.map((b) => [b.id, b]));
  const velden: { veld: string; melding: string }[] = [];
  input.deelnemers.forEach((d, i) => { if (!perId.has(d)) velden.push({ veld: `deelnemers.${i}`, melding: 'Deze persoon is niet betrokken bij de casus.' }); });
  input.acties.forEach((a, i) => {
    if (a.eigenaar !== 'casemanager' && !perId.has(a.eigenaar)) velden.push({ veld: `acties.${i}.eigenaar`, melding: 'Kies iemand die bij de casus betrokken is.' });
    if (a.uiterlijk < input.datum) velden.push({ veld: `acties.${i}.uiterlijk`, melding: 'Deze datum ligt voor het overleg.' });
  });
  if (input.volgendOverleg && input.volgendOverleg <= input.datum) velden.push({ veld: 'volgendOverleg', melding: 'Het volgende overleg moet na dit overleg zijn.' });
  if (velden.length) throw new AppError('ONGELDIGE_INVOER', undefined, velden);

  return db.transaction(async (tx) => {
    const [o] = await tx.insert(casusOverleg).values({
      casusId: c.id, datum: input.datum, agenda: input.agenda, verslag: input.verslag, besluiten: input.besluiten,
      volgendOverleg: input.volgendOverleg ?? null, gedeeld: input.delen ? new Date() : null, door: actor.accountId,
    }).returning({ id: casusOverleg.id });
    const deelnemers = [
      { accountId: c.casemanager_id, naam: c.casemanager_naam, rol: 'casemanager' },
      ...input.deelnemers.map((d) => { const b = perId.get(d)!; return { accountId: b.account_id, naam: b.naam, rol: b.rol }; }),
    ];
    await tx.insert(overlegDeelnemer).values(deelnemers.map((d, i) => ({ overlegId: o!.id, volgorde: i, ...d })));
    if (input.acties.length) {
      await tx.insert(casusActie).values(input.acties.map((a) => {
        const b = a.eigenaar === 'casemanager' ? null : perId.get(a.eigenaar)!;
        return {
          casusId: c.id, overlegId: o!.id, omschrijving: a.omschrijving, uiterlijk: a.uiterlijk, oppDoel: a.oppDoel,
          eigenaarId: b ? b.account_id : c.casemanager_id, eigenaarNaam: b ? b.naam : c.casemanager_naam,
        };
      }));
    }
    await writeAudit(tx, actor, meta, { actie: 'casus.overleg_vastgelegd', bron: 'casus', leerlingId, details: { casusId: c.id, overlegId: o!.id, acties: input.acties.length, gedeeld: input.delen } });
    return { id: o!.id };
  });
}

/** Shares a draft's minutes with the participants. */
export async function shareOverleg(db: Db, actor: Actor, overlegId: string, meta: RequestMeta) {
  const [o] = await queryRows<{ leerling_id: string; gedeeld: boolean }>(db, sql`
    select c.leerling_id, o.gedeeld is not null as gedeeld from casus_overleg o join casus c on c.id = o.casus_id and c.gesloten is null where o.id = ${overlegId}`);
  if (!o) throw nietGevonden();
  await assertLeerlingAccess(db, actor, 'casus.beheren', o.leerling_id);
  if (o.gedeeld) throw new AppError('CONFLICT', 'Dit verslag is al gedeeld.');
  return db.transaction(async (tx) => {
    await tx.execute(sql`update casus_overleg set gedeeld = now() where id = ${overlegId}`);
    await writeAudit(tx, actor, meta, { actie: 'casus.overleg_gedeeld', bron: 'casus', leerlingId: o.leerling_id, details: { overlegId } });
    return { id: overlegId };
  });
}

/** The owner of an action or the case manager records that it is done. */
export async function completeActie(db: Db, actor: Actor, actieId: string, input: z.infer<typeof afgerondBody>, meta: RequestMeta) {
  const [r] = await queryRows<{ leerling_id: string; eigenaar_id: string | null; afgerond: string | null }>(db, sql`
    select c.leerling_id, a.eigenaar_id, a.afgerond::text as afgerond
      from casus_actie a join casus c on c.id = a.casus_id and c.gesloten is null where a.id = ${actieId}`);
  if (!r) throw nietGevonden();
  const relaties = await assertLeerlingAccess(db, actor, 'casus.bekijken', r.leerling_id);
  if (r.eigenaar_id !== actor.accountId && !isAllowed('casus.beheren', relaties)) throw nietGevonden();
  if (r.afgerond) throw new AppError('CONFLICT', 'Deze actie is al afgerond.');
  if (input.datum > vandaagNl()) throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'datum', melding: 'Deze datum ligt in de toekomst.' }]);
  return db.transaction(async (tx) => {
    await tx.execute(sql`update casus_actie set afgerond = ${input.datum}, afgerond_door = ${actor.accountId} where id = ${actieId}`);
    await writeAudit(tx, actor, meta, { actie: 'casus.actie_afgerond', bron: 'casus', leerlingId: r.leerling_id, details: { actieId } });
    return { id: actieId };
  });
}
