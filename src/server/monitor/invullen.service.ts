// Taking the questionnaire (source: 004 §2; UX: pupils on a phone, child-friendly Dutch). A pupil
// answers with their own account or with a one-time code the school printed; a code log-in hands out a
// token that opens this one questionnaire and nothing else. Each answer is saved as it is given, an
// item may be skipped, and a parent's objection (beforehand) means no invitation and no code.
import { randomInt } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../core/db/db.js';
import { queryRows } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { assertLeerlingAccess, visibleLeerlingen } from '../core/access/leerling-access.js';
import { writeAudit, writeAudits } from '../core/audit/audit.service.js';
import { randomToken, sha256 } from '../core/auth/session.js';
import { AppError, nietGevonden } from '../core/errors/app-error.js';
import { vandaag } from '../core/schooljaar.js';
import { assertSchoolRol } from '../signalering/school-bereik.js';
import { meting, monitorAntwoord, monitorBezwaar, monitorUitnodiging, vragenlijstItem, vragenlijstSchaal } from './monitor.table.js';

/** Who is answering: a pupil's own account, or the token of a code log-in. */
export type Invuller = { soort: 'account'; actor: Actor } | { soort: 'code'; token: string };

/** A code log-in lasts a lesson or two; the code itself stays valid until the questionnaire is done. */
const TOKEN_UREN = 3;
/** No 0/O, 1/I/L: easy to type from paper for a child. */
const CODE_TEKENS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export const normaliseerCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');
const nieuweCode = () => Array.from({ length: 8 }, () => CODE_TEKENS[randomInt(CODE_TEKENS.length)]).join('');
const toonCode = (c: string) => `${c.slice(0, 4)}-${c.slice(4)}`;

type Open = { id: string; leerlingId: string; respondentId: string; metingId: string; vragenlijstId: string; metingNaam: string; afgerond: string | null };

/** The invitation, if the one asking may answer it and its wave is open today. */
async function assertInvuller(db: DbOrTx, wie: Invuller, uitnodigingId: string): Promise<Open> {
  const d = vandaag();
  const [u] = await queryRows<Open & { token_hash: string | null; token_geldig: boolean | null }>(db, sql`
    select u.id, r.leerling_id as "leerlingId", u.respondent_id as "respondentId", u.meting_id as "metingId",
           m.vragenlijst_id as "vragenlijstId", m.naam as "metingNaam", u.afgerond, u.token_hash, u.token_tot > now() as token_geldig
      from monitor_uitnodiging u join monitor_respondent r on r.id = u.respondent_id
      join meting m on m.id = u.meting_id and m.van <= ${d}::date and m.tot >= ${d}::date
     where u.id = ${uitnodigingId}
       and not exists (select 1 from monitor_bezwaar b where b.leerling_id = r.leerling_id)`);
  if (!u) throw nietGevonden();
  const mag = wie.soort === 'account'
    ? wie.actor.leerlingId === u.leerlingId
    : u.token_hash === sha256(wie.token) && u.token_geldig === true;
  if (!mag) throw nietGevonden();
  return u;
}

/** A code log-in has no account: the audit row names the pupil, not an actor. */
const auditActor = (wie: Invuller) => (wie.soort === 'account' ? wie.actor : null);

/** Logs in with a printed code: the token opens only this pupil's questionnaire of this wave. */
export async function logInMetCode(db: Db, code: string, meta: RequestMeta) {
  const d = vandaag();
  const [u] = await queryRows<{ id: string; leerling_id: string }>(db, sql`
    select u.id, r.leerling_id from monitor_uitnodiging u join monitor_respondent r on r.id = u.respondent_id
      join meting m on m.id = u.meting_id and m.van <= ${d}::date and m.tot >= ${d}::date
     where u.code_hash = ${sha256(normaliseerCode(code))} and u.afgerond is null
       and not exists (select 1 from monitor_bezwaar b where b.leerling_id = r.leerling_id)`);
  if (!u) {
    await writeAudit(db, null, meta, { actie: 'monitor.code_onjuist', bron: 'monitor' });
    throw new AppError('ONJUISTE_CODE', 'Deze code klopt niet, of de vragenlijst is al klaar. Kijk de code nog eens na of vraag je juf of meester.');
  }
  const token = randomToken();
  await db.transaction(async (tx) => {
    await tx.update(monitorUitnodiging).set({ tokenHash: sha256(token), tokenTot: new Date(Date.now() + TOKEN_UREN * 3600_000) })
      .where(eq(monitorUitnodiging.id, u.id));
    await writeAudit(tx, null, meta, { actie: 'monitor.code_ingelogd', bron: 'monitor', leerlingId: u.leerling_id });
  });
  return { token, uitnodigingId: u.id };
}

/** A pupil's own open questionnaires (own account). */
export async function mijnVragenlijsten(db: Db, actor: Actor) {
  if (!actor.leerlingId) return { vragenlijsten: [] };
  const d = vandaag();
  const rijen = await queryRows<{ id: string; naam: string; tot: string; afgerond: boolean }>(db, sql`
    select u.id, m.naam, m.tot::text as tot, u.afgerond is not null as afgerond
      from monitor_uitnodiging u join monitor_respondent r on r.id = u.respondent_id and r.leerling_id = ${actor.leerlingId}
      join meting m on m.id = u.meting_id and m.van <= ${d}::date and m.tot >= ${d}::date
     where not exists (select 1 from monitor_bezwaar b where b.leerling_id = r.leerling_id)
     order by m.van`);
  return { vragenlijsten: rijen };
}

export async function openVragenlijst(db: Db, wie: Invuller, uitnodigingId: string, meta: RequestMeta) {
  const u = await assertInvuller(db, wie, uitnodigingId);
  const items = await db.select({
    id: vragenlijstItem.id, tekst: vragenlijstItem.tekst, schaal: vragenlijstSchaal.naam,
  }).from(vragenlijstItem).innerJoin(vragenlijstSchaal, and(eq(vragenlijstSchaal.id, vragenlijstItem.schaalId), eq(vragenlijstSchaal.actief, true)))
    .where(eq(vragenlijstItem.vragenlijstId, u.vragenlijstId)).orderBy(asc(vragenlijstItem.volgorde));
  const antwoorden = await db.select({ itemId: monitorAntwoord.itemId, score: monitorAntwoord.score }).from(monitorAntwoord)
    .where(and(eq(monitorAntwoord.metingId, u.metingId), eq(monitorAntwoord.respondentId, u.respondentId)));
  await db.transaction(async (tx) => {
    await tx.update(monitorUitnodiging).set({ gestart: sql`coalesce(${monitorUitnodiging.gestart}, now())` }).where(eq(monitorUitnodiging.id, u.id));
    await writeAudit(tx, auditActor(wie), meta, { actie: 'monitor.vragenlijst_geopend', bron: 'monitor', leerlingId: u.leerlingId });
  });
  const gegeven = new Map(antwoorden.map((a) => [a.itemId, a.score]));
  return {
    metingNaam: u.metingNaam,
    afgerond: u.afgerond !== null,
    items: items.map((i) => ({ id: i.id, tekst: i.tekst, score: gegeven.get(i.id) ?? null })),
  };
}

/** Saves one answer as it is given; `score: null` takes it back (the item is skipped). */
export async function beantwoord(db: Db, wie: Invuller, uitnodigingId: string, itemId: string, score: number | null) {
  const u = await assertInvuller(db, wie, uitnodigingId);
  const [item] = await db.select({ id: vragenlijstItem.id }).from(vragenlijstItem)
    .innerJoin(vragenlijstSchaal, and(eq(vragenlijstSchaal.id, vragenlijstItem.schaalId), eq(vragenlijstSchaal.actief, true)))
    .where(and(eq(vragenlijstItem.id, itemId), eq(vragenlijstItem.vragenlijstId, u.vragenlijstId)));
  if (!item) throw nietGevonden();
  const sleutel = and(eq(monitorAntwoord.metingId, u.metingId), eq(monitorAntwoord.respondentId, u.respondentId), eq(monitorAntwoord.itemId, itemId));
  // Not audited per answer: the pupil writes their own answers, and an audit row per answer would tie
  // the pupil to each item, which the respondent key is there to avoid.
  if (score === null) await db.delete(monitorAntwoord).where(sleutel);
  else {
    await db.insert(monitorAntwoord).values({ metingId: u.metingId, respondentId: u.respondentId, itemId, score })
      .onConflictDoUpdate({ target: [monitorAntwoord.metingId, monitorAntwoord.respondentId, monitorAntwoord.itemId], set: { score, gewijzigd: sql`now()` } });
  }
  return { opgeslagen: true as const };
}

export async function rondAf(db: Db, wie: Invuller, uitnodigingId: string, meta: RequestMeta) {
  const u = await assertInvuller(db, wie, uitnodigingId);
  await db.transaction(async (tx) => {
    // The code has done its job: it no longer opens anything, and the token ends here.
    await tx.update(monitorUitnodiging).set({ afgerond: sql`now()`, codeHash: null, tokenHash: null, tokenTot: null })
      .where(eq(monitorUitnodiging.id, u.id));
    await writeAudit(tx, auditActor(wie), meta, { actie: 'monitor.vragenlijst_afgerond', bron: 'monitor', leerlingId: u.leerlingId });
  });
}

/**
 * New codes for the school's invited pupils who have not finished, for the school to print. Old codes
 * stop working. Only the IB of the school: codes come with names, which SWV staff never see.
 */
export async function maakCodes(db: Db, actor: Actor, metingId: string, schoolId: string, meta: RequestMeta) {
  const school = await assertSchoolRol(db, actor, schoolId, ['ib']);
  const [m] = await db.select().from(meting).where(eq(meting.id, metingId));
  if (!m) throw nietGevonden();
  return db.transaction(async (tx) => {
    const rijen = await queryRows<{ id: string; leerling_id: string; naam: string; groep: string | null }>(tx, sql`
      select u.id, l.id as leerling_id,
             l.voornaam || ' ' || coalesce(l.tussenvoegsel || ' ', '') || l.achternaam as naam,
             (select g.naam from groep_leerling gl join groep g on g.id = gl.groep_id
               where gl.leerling_id = l.id and g.school_id = u.school_id order by g.schooljaar desc limit 1) as groep
        from monitor_uitnodiging u join monitor_respondent r on r.id = u.respondent_id join leerling l on l.id = r.leerling_id
       where u.meting_id = ${metingId} and u.school_id = ${school.id} and u.afgerond is null
         and not exists (select 1 from monitor_bezwaar b where b.leerling_id = l.id)
         -- a pupil invited here who has since left the school is no longer its IB's to name
         and ${visibleLeerlingen(actor, sql`l.id`, 'monitor.codes')}
       order by groep, l.achternaam, l.voornaam`);
    const codes = rijen.map((r) => ({ ...r, code: nieuweCode() }));
    for (const c of codes) {
      await tx.update(monitorUitnodiging).set({ codeHash: sha256(c.code), tokenHash: null, tokenTot: null }).where(eq(monitorUitnodiging.id, c.id));
    }
    await writeAudits(tx, actor, meta, codes.map((c) => ({ actie: 'monitor.codes_gemaakt' as const, bron: 'monitor', leerlingId: c.leerling_id, details: { metingId } })));
    return {
      school: { id: school.id, naam: school.naam }, meting: { id: m.id, naam: m.naam, van: m.van, tot: m.tot },
      codes: codes.map((c) => ({ naam: c.naam, groep: c.groep, code: toonCode(c.code) })),
    };
  });
}

/** The waves with invitations at the IB's schools, to choose for the code list. */
export async function metingenVoorSchool(db: Db, actor: Actor, schoolId: string) {
  const school = await assertSchoolRol(db, actor, schoolId, ['ib']);
  const rijen = await queryRows<{ id: string; naam: string; van: string; tot: string; uitgenodigd: number; afgerond: number }>(db, sql`
    select m.id, m.naam, m.van::text, m.tot::text, count(*)::int as uitgenodigd, count(u.afgerond)::int as afgerond
      from meting m join monitor_uitnodiging u on u.meting_id = m.id and u.school_id = ${school.id}
     where m.tot >= ${vandaag()}::date group by m.id order by m.van`);
  return { school: { id: school.id, naam: school.naam }, metingen: rijen };
}

/** A parent's objection, as the parent sees it. */
export async function bekijkBezwaar(db: Db, actor: Actor, leerlingId: string, meta: RequestMeta) {
  await assertLeerlingAccess(db, actor, 'monitor.bezwaar', leerlingId);
  const [b] = await db.select().from(monitorBezwaar).where(eq(monitorBezwaar.leerlingId, leerlingId));
  await writeAudit(db, actor, meta, { actie: 'monitor.bezwaar_bekijken', bron: 'monitor', leerlingId });
  return { bezwaar: !!b, sinds: b?.vastgelegdOp.toISOString() ?? null };
}

/**
 * Records the objection: invitations to waves that have not ended are withdrawn with their codes and
 * any answers in them. Answers of waves that already ended stay (the objection is beforehand).
 */
export async function maakBezwaar(db: Db, actor: Actor, leerlingId: string, meta: RequestMeta) {
  await assertLeerlingAccess(db, actor, 'monitor.bezwaar', leerlingId);
  const d = vandaag();
  await db.transaction(async (tx) => {
    await tx.insert(monitorBezwaar).values({ leerlingId, accountId: actor.accountId }).onConflictDoNothing();
    const open = sql`select u.id from monitor_uitnodiging u join monitor_respondent r on r.id = u.respondent_id
      join meting m on m.id = u.meting_id where r.leerling_id = ${leerlingId} and m.tot >= ${d}::date`;
    await tx.execute(sql`delete from monitor_antwoord a using monitor_uitnodiging u
      where u.id in (${open}) and a.meting_id = u.meting_id and a.respondent_id = u.respondent_id`);
    await tx.execute(sql`delete from monitor_uitnodiging where id in (${open})`);
    await writeAudit(tx, actor, meta, { actie: 'monitor.bezwaar_gemaakt', bron: 'monitor', leerlingId });
  });
  return { bezwaar: true, sinds: new Date().toISOString() };
}

export async function trekBezwaarIn(db: Db, actor: Actor, leerlingId: string, meta: RequestMeta) {
  await assertLeerlingAccess(db, actor, 'monitor.bezwaar', leerlingId);
  await db.transaction(async (tx) => {
    await tx.delete(monitorBezwaar).where(eq(monitorBezwaar.leerlingId, leerlingId));
    await writeAudit(tx, actor, meta, { actie: 'monitor.bezwaar_ingetrokken', bron: 'monitor', leerlingId });
  });
  return { bezwaar: false, sinds: null };
}
