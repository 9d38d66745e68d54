// Use cases of the vangnet (source: 003 §20.3), run by the case manager of the pupil's open case:
// register the real drop-out date, record contact with the home school, then — never before that
// contact — intake, temporary care, the 12-week plan and re-entry. Informing the leerplichtambtenaar
// is a record of a legal duty and is never refused. The route offers no Veilig Thuis report: a
// dispute about the offer is no reason for one (source: 001).
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { queryRows, type Db } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { AppError } from '../core/errors/app-error.js';
import { casusVoorBeheer } from '../casus/casus.service.js';
import { findSwvVanLeerling, findSwvVanMedewerker } from '../casus/casus.repo.js';
import { vangnet, vangnetAfspraken } from './vangnet.table.js';
import type { contactBody, herintredingBody, intakeBody, leerplichtBody, opvangBody, planBody, uitvalBody } from './vangnet.schema.js';
import { vandaagNl } from './termijnen.js';

export const EERST_CONTACT = 'Leg eerst het contact met de stamschool vast. Het vangnetprotocol zegt: "Doe niets zonder contact met de thuisschool" (bron: 003 §20.3).';

const inToekomst = (veld: string, datum: string) => {
  if (datum > vandaagNl()) throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld, melding: 'Deze datum ligt in de toekomst.' }]);
};

export async function registerUitval(db: Db, actor: Actor, leerlingId: string, input: z.infer<typeof uitvalBody>, meta: RequestMeta) {
  const c = await casusVoorBeheer(db, actor, leerlingId, 'vangnet.vastleggen');
  inToekomst('uitval', input.uitval);
  const [stamschool] = await queryRows<{ school_id: string }>(db, sql`
    select school_id from inschrijving where leerling_id = ${leerlingId} and van <= ${input.uitval}::date and (tot is null or tot >= ${input.uitval}::date)
     order by van desc limit 1`);
  if (!stamschool) throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'uitval', melding: 'Op deze datum stond de leerling op geen school ingeschreven.' }]);
  return db.transaction(async (tx) => {
    const [v] = await tx.insert(vangnet).values({ casusId: c.id, stamschoolId: stamschool.school_id, uitval: input.uitval, door: actor.accountId })
      .onConflictDoNothing().returning({ id: vangnet.id });
    if (!v) throw new AppError('CONFLICT', 'Voor deze leerling loopt al een vangnettraject.');
    await writeAudit(tx, actor, meta, { actie: 'vangnet.uitval_vastgelegd', bron: 'vangnet', leerlingId, details: { vangnetId: v.id, uitval: input.uitval } });
    return { id: v.id };
  });
}

type Stap = 'contact' | 'intake' | 'opvang' | 'plan' | 'leerplicht' | 'herintreding';
type Traject = { id: string; uitval: string; contact: string | null; intake: string | null; opvang_start: string | null; plan: string | null };

/** One step on the open route: access, the protocol's order, then the update and its audit row together. */
async function stap(db: Db, actor: Actor, leerlingId: string, soort: Stap, velden: Record<string, unknown>, meta: RequestMeta, check?: (v: Traject) => void) {
  const c = await casusVoorBeheer(db, actor, leerlingId, 'vangnet.vastleggen');
  const [v] = await queryRows<Traject>(db, sql`
    select id, uitval::text as uitval, contact::text as contact, intake::text as intake, opvang_start::text as opvang_start, plan::text as plan
      from vangnet where casus_id = ${c.id} and herintreding is null`);
  if (!v) throw new AppError('CONFLICT', 'Er loopt geen vangnettraject. Leg eerst vast op welke datum de leerling echt uitviel.');
  if (soort !== 'contact' && soort !== 'leerplicht' && !v.contact) throw new AppError('CONFLICT', EERST_CONTACT);
  check?.(v);
  return db.transaction(async (tx) => {
    await tx.update(vangnet).set(velden).where(sql`${vangnet.id} = ${v.id}`);
    await writeAudit(tx, actor, meta, { actie: 'vangnet.stap_vastgelegd', bron: 'vangnet', leerlingId, details: { vangnetId: v.id, stap: soort } });
    return { id: v.id };
  });
}

const naUitval = (veld: string, datum: string) => (v: Traject) => {
  inToekomst(veld, datum);
  if (datum < v.uitval) throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld, melding: 'Deze datum ligt voor de uitval.' }]);
};

export const recordContact = (db: Db, actor: Actor, id: string, i: z.infer<typeof contactBody>, meta: RequestMeta) =>
  stap(db, actor, id, 'contact', { contact: i.datum, contactPersoon: i.contactPersoon, contactVerslag: i.verslag }, meta, () => inToekomst('datum', i.datum));

export const recordIntake = (db: Db, actor: Actor, id: string, i: z.infer<typeof intakeBody>, meta: RequestMeta) =>
  stap(db, actor, id, 'intake', { intake: i.datum, intakeVerslag: i.verslag }, meta, naUitval('datum', i.datum));

export const recordOpvang = (db: Db, actor: Actor, id: string, i: z.infer<typeof opvangBody>, meta: RequestMeta) =>
  stap(db, actor, id, 'opvang', { opvangStart: i.start, opvangSoort: i.soort, opvangAanbieder: i.aanbieder }, meta, (v) => {
    if (v.opvang_start) throw new AppError('CONFLICT', 'De tijdelijke opvang is al begonnen; hij duurt hoogstens 12 weken (bron: 003 §20.3).');
    if (i.start < v.uitval) throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'start', melding: 'Deze datum ligt voor de uitval.' }]);
  });

export const recordPlan = (db: Db, actor: Actor, id: string, i: z.infer<typeof planBody>, meta: RequestMeta) =>
  stap(db, actor, id, 'plan', { plan: i.richting, planToelichting: i.toelichting }, meta);

export const recordLeerplicht = (db: Db, actor: Actor, id: string, i: z.infer<typeof leerplichtBody>, meta: RequestMeta) =>
  stap(db, actor, id, 'leerplicht', { leerplichtGeinformeerd: i.datum, leerplichtambtenaar: i.naam }, meta, naUitval('datum', i.datum));

/** Re-entry closes the route: back at the home school, or at a school nearby found with the parents. */
export async function recordHerintreding(db: Db, actor: Actor, leerlingId: string, i: z.infer<typeof herintredingBody>, meta: RequestMeta) {
  if (i.schoolId) {
    const swv = await findSwvVanLeerling(db, leerlingId);
    const [s] = await queryRows<{ id: string }>(db, sql`select id from school where id = ${i.schoolId} and swv_id = ${swv}`);
    if (!s) throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'schoolId', melding: 'Kies een school uit de regio.' }]);
  }
  return stap(db, actor, leerlingId, 'herintreding', { herintreding: i.datum, herintredingSchoolId: i.schoolId, herintredingToelichting: i.toelichting }, meta, (v) => {
    naUitval('datum', i.datum)(v);
    if (!v.plan) throw new AppError('CONFLICT', 'Leg eerst het plan voor de 12 weken vast: de context van de stamschool versterken, of samen met de ouders een school in de buurt zoeken (bron: 003 §20.3).');
  });
}

/** The schools of the pupil's region, nearest first by municipality, for the re-entry choice. */
export async function listScholenInRegio(db: Db, actor: Actor, leerlingId: string, meta: RequestMeta) {
  await casusVoorBeheer(db, actor, leerlingId, 'vangnet.vastleggen');
  const scholen = await queryRows<{ id: string; naam: string; gemeente: string }>(db, sql`
    with stam as (select s.swv_id, s.gemeente from inschrijving i join school s on s.id = i.school_id
                   where i.leerling_id = ${leerlingId} and i.van <= current_date and (i.tot is null or i.tot >= current_date) limit 1)
    select s.id, s.naam, s.gemeente from school s join stam on stam.swv_id = s.swv_id
     order by (s.gemeente = stam.gemeente) desc, s.gemeente, s.naam limit 300`);
  // The order gives away the pupil's home municipality: a read of her file like any other.
  await writeAudit(db, actor, meta, { actie: 'vangnet.scholen_bekeken', bron: 'vangnet', leerlingId });
  return scholen;
}

// ---- regional agreements (text the SWV keeps; parents and everyone involved read them)

async function swvVan(db: Db, actor: Actor): Promise<string | null> {
  const eigen = await findSwvVanMedewerker(db, actor.accountId);
  if (eigen) return eigen;
  const [r] = await queryRows<{ swv_id: string }>(db, sql`
    select s.swv_id from functie f join school s on s.id = f.school_id where f.account_id = ${actor.accountId} and f.van <= current_date and (f.tot is null or f.tot >= current_date)
    union all select swv_id from functie where account_id = ${actor.accountId} and swv_id is not null and van <= current_date and (tot is null or tot >= current_date)
    union all select s.swv_id from ouder_kind ok join inschrijving i on i.leerling_id = ok.leerling_id and (i.tot is null or i.tot >= current_date) join school s on s.id = i.school_id where ok.account_id = ${actor.accountId}
    union all select s.swv_id from inschrijving i join school s on s.id = i.school_id where i.leerling_id = ${actor.leerlingId ?? null}::uuid and (i.tot is null or i.tot >= current_date)
    limit 1`);
  return r?.swv_id ?? null;
}

export async function viewAfspraken(db: Db, actor: Actor) {
  const swv = await swvVan(db, actor);
  const magBewerken = Boolean(await findSwvVanMedewerker(db, actor.accountId));
  if (!swv) return { tekst: '', bijgewerkt: null, magBewerken };
  const [a] = await queryRows<{ tekst: string; bijgewerkt: string }>(db, sql`select tekst, bijgewerkt::text as bijgewerkt from vangnet_afspraken where swv_id = ${swv}`);
  return { tekst: a?.tekst ?? '', bijgewerkt: a ? new Date(a.bijgewerkt).toISOString() : null, magBewerken };
}

export async function saveAfspraken(db: Db, actor: Actor, tekst: string, meta: RequestMeta) {
  const swv = await findSwvVanMedewerker(db, actor.accountId);
  if (!swv) throw new AppError('GEEN_TOEGANG', 'Alleen een medewerker of beheerder van het samenwerkingsverband past de regionale afspraken aan.');
  return db.transaction(async (tx) => {
    await tx.insert(vangnetAfspraken).values({ swvId: swv, tekst, door: actor.accountId })
      .onConflictDoUpdate({ target: vangnetAfspraken.swvId, set: { tekst, door: actor.accountId, bijgewerkt: new Date() } });
    await writeAudit(tx, actor, meta, { actie: 'vangnet.afspraken_bijgewerkt', bron: 'vangnet', details: { swvId: swv, lengte: tekst.length } });
    return viewAfspraken(tx as unknown as Db, actor);
  });
}
