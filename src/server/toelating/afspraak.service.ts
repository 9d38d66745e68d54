// The written agreement between stamschool and provision (source: 003 §18.4): drawn up by the
// coordinator or the stamschool's IB, signed by both schools and the parents before the start;
// a change asks for new signatures. Both schools keep the contact log.
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { assertLeerlingAccess } from '../core/access/leerling-access.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { AppError, nietGevonden } from '../core/errors/app-error.js';
import { vandaag } from '../core/schooljaar.js';
import { afspraakContact, plaatsing, stamschoolAfspraak } from './toelating.table.js';
import { findStamschool } from './toelating.repo.js';
import { OVERSCHRIJVEN_BOVEN_PROCENT } from './plaatsing.service.js';
import type { z } from 'zod';
import type { afspraakBody, contactBody } from './toelating.schema.js';

async function findPlaatsing(db: Db, plaatsingId: string) {
  const [p] = await db.select().from(plaatsing).where(eq(plaatsing.id, plaatsingId));
  if (!p) throw nietGevonden();
  return p;
}

export async function saveAfspraak(db: Db, actor: Actor, plaatsingId: string, input: z.infer<typeof afspraakBody>, meta: RequestMeta) {
  const p = await findPlaatsing(db, plaatsingId);
  await assertLeerlingAccess(db, actor, 'toelating.afspraak', p.leerlingId);
  if (p.status !== 'gepland') throw new AppError('CONFLICT', 'De afspraak wordt vóór de start gemaakt en getekend (bron: Basisboek §18.4). Deze plaatsing is al begonnen.');
  const stamschool = await findStamschool(db, p.leerlingId);
  if (!stamschool) throw nietGevonden();
  return db.transaction(async (tx) => {
    // Any change asks all three parties to sign again.
    const opnieuw = { getekendStamschool: null, getekendStamschoolDoor: null, getekendVoorziening: null, getekendVoorzieningDoor: null, getekendOuders: null, getekendOudersDoor: null };
    const [a] = await tx.insert(stamschoolAfspraak).values({ plaatsingId, stamschoolId: stamschool.schoolId, ...input })
      .onConflictDoUpdate({ target: stamschoolAfspraak.plaatsingId, set: { ...input, ...opnieuw } })
      .returning({ id: stamschoolAfspraak.id });
    await writeAudit(tx, actor, meta, { actie: 'toelating.afspraak_vastgelegd', bron: 'stamschool_afspraak', leerlingId: p.leerlingId, details: { afspraakId: a!.id, ...input } });
    return { id: a!.id, overschrijvenVoorgesteld: input.aandeelOnderwijstijd > OVERSCHRIJVEN_BOVEN_PROCENT };
  });
}

async function findAfspraak(db: Db, afspraakId: string) {
  const [a] = await db.select().from(stamschoolAfspraak).where(eq(stamschoolAfspraak.id, afspraakId));
  if (!a) throw nietGevonden();
  return { a, p: await findPlaatsing(db, a.plaatsingId) };
}

export async function viewAfspraak(db: Db, actor: Actor, afspraakId: string, meta: RequestMeta) {
  const { a, p } = await findAfspraak(db, afspraakId);
  const relaties = await assertLeerlingAccess(db, actor, 'toelating.bekijken', p.leerlingId);
  const [namen] = await queryRows<{ stamschool: string; voorziening: string; stamschoolDoor: string | null; voorzieningDoor: string | null; oudersDoor: string | null }>(db, sql`
    select s.naam as stamschool, v.naam as voorziening, a1.naam as "stamschoolDoor", a2.naam as "voorzieningDoor", a3.naam as "oudersDoor"
      from stamschool_afspraak sa join school s on s.id = sa.stamschool_id join plaatsing p on p.id = sa.plaatsing_id
      join voorziening v on v.id = p.voorziening_id left join account a1 on a1.id = sa.getekend_stamschool_door
      left join account a2 on a2.id = sa.getekend_voorziening_door left join account a3 on a3.id = sa.getekend_ouders_door
     where sa.id = ${afspraakId}`);
  const contacten = await queryRows<{ id: string; datum: string; vorm: string; notitie: string; door: string }>(db, sql`
    select c.id, c.datum::text as datum, c.vorm, c.notitie, ac.naam as door from afspraak_contact c join account ac on ac.id = c.door
     where c.afspraak_id = ${afspraakId} order by c.datum desc, c.vastgelegd desc`);
  await writeAudit(db, actor, meta, { actie: 'toelating.bekeken', bron: 'stamschool_afspraak', leerlingId: p.leerlingId, details: { afspraakId } });
  const ts = (d: Date | null) => d?.toISOString() ?? null;
  return {
    id: a.id, plaatsingId: a.plaatsingId, leerlingId: p.leerlingId, ...namen!, aandeelOnderwijstijd: a.aandeelOnderwijstijd,
    symbiose: a.symbiose, contactritme: a.contactritme, verslaglegging: a.verslaglegging, oudergesprekken: a.oudergesprekken,
    lvsGekoppeld: a.lvsGekoppeld, getekendStamschool: ts(a.getekendStamschool), getekendVoorziening: ts(a.getekendVoorziening),
    getekendOuders: ts(a.getekendOuders), inschrijvingOvergeschreven: a.inschrijvingOvergeschreven,
    overschrijvenVoorgesteld: a.aandeelOnderwijstijd > OVERSCHRIJVEN_BOVEN_PROCENT, plaatsingStatus: p.status,
    contacten: relaties.some((r) => r === 'eigen_school' || r === 'eigen_voorziening') ? contacten : [],
    mag: {
      tekenen: (['eigen_school', 'eigen_voorziening', 'eigen_kind'] as const).filter((r) => relaties.includes(r)).map((r) => partijVan[r]),
      contact: relaties.some((r) => r === 'eigen_school' || r === 'eigen_voorziening'),
    },
  };
}

const partijVan = { eigen_school: 'stamschool', eigen_voorziening: 'voorziening', eigen_kind: 'ouders' } as const;

/** Each party signs through its own relationship with the pupil. */
export async function signAfspraak(db: Db, actor: Actor, afspraakId: string, meta: RequestMeta) {
  const { a, p } = await findAfspraak(db, afspraakId);
  const relaties = await assertLeerlingAccess(db, actor, 'toelating.ondertekenen', p.leerlingId);
  if (p.status !== 'gepland') throw new AppError('CONFLICT', 'Deze plaatsing is al begonnen.');
  const nu = new Date();
  const set: Partial<typeof stamschoolAfspraak.$inferInsert> = {};
  if (relaties.includes('eigen_school') && !a.getekendStamschool) Object.assign(set, { getekendStamschool: nu, getekendStamschoolDoor: actor.accountId });
  if (relaties.includes('eigen_voorziening') && !a.getekendVoorziening) Object.assign(set, { getekendVoorziening: nu, getekendVoorzieningDoor: actor.accountId });
  if (relaties.includes('eigen_kind') && !a.getekendOuders) Object.assign(set, { getekendOuders: nu, getekendOudersDoor: actor.accountId });
  if (Object.keys(set).length === 0) throw new AppError('CONFLICT', 'U heeft deze afspraak al ondertekend.');
  return db.transaction(async (tx) => {
    await tx.update(stamschoolAfspraak).set(set).where(eq(stamschoolAfspraak.id, afspraakId));
    await writeAudit(tx, actor, meta, { actie: 'toelating.afspraak_getekend', bron: 'stamschool_afspraak', leerlingId: p.leerlingId, details: { afspraakId } });
    return { id: afspraakId };
  });
}

export async function addContact(db: Db, actor: Actor, afspraakId: string, input: z.infer<typeof contactBody>, meta: RequestMeta) {
  const { p } = await findAfspraak(db, afspraakId);
  await assertLeerlingAccess(db, actor, 'toelating.afspraak', p.leerlingId);
  if (input.datum > vandaag()) throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'datum', melding: 'Deze datum ligt in de toekomst.' }]);
  return db.transaction(async (tx) => {
    const [c] = await tx.insert(afspraakContact).values({ afspraakId, ...input, door: actor.accountId }).returning({ id: afspraakContact.id });
    await writeAudit(tx, actor, meta, { actie: 'toelating.contact_vastgelegd', bron: 'afspraak_contact', leerlingId: p.leerlingId, details: { afspraakId } });
    return { id: c!.id };
  });
}
