// Use cases of a case (source: 004 §3): open one with one case manager, see it as far as it is handed
// to you, add the people involved. Access first, audit in the same transaction as the write.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { assertLeerlingAccess } from '../core/access/leerling-access.js';
import { isAllowed, type Relatie } from '../core/access/leerling.policy.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { AppError } from '../core/errors/app-error.js';
import { casus } from '../regio/regio.table.js';
import { casusBetrokkene } from './casus.table.js';
import { inzageVoor } from './casus-inzage.js';
import { findLeerlingNaam, findOpenCasus, findSwvVanLeerling, voorwaardenVoor } from './casus.repo.js';
import { jeugdhulpRol, volgendeFase, type Fase, type Voorwaarde } from './fasen.js';
import { findVangnet } from '../vangnet/vangnet.repo.js';
import type { betrokkeneBody, casusSoorten, openenBody } from './casus.schema.js';
import type { z } from 'zod';
import { vandaagNl } from '../vangnet/termijnen.js';
import { vandaag } from '../core/schooljaar.js';

const perspectiefVan = (r: readonly Relatie[]) =>
  r.includes('eigen_kind') ? 'ouder' as const : r.includes('zelf') ? 'leerling' as const
    : r.includes('eigen_casus') || r.includes('casus_zorg') ? 'professional' as const : null;

export async function viewCasus(db: Db, actor: Actor, leerlingId: string, meta: RequestMeta) {
  const relaties = await assertLeerlingAccess(db, actor, 'casus.bekijken', leerlingId);
  const leerling = { id: leerlingId, naam: await findLeerlingNaam(db, leerlingId) };
  const magOpenen = isAllowed('casus.openen', relaties);
  const c = await findOpenCasus(db, leerlingId);
  if (!c) {
    await writeAudit(db, actor, meta, { actie: 'casus.bekijken', bron: 'casus', leerlingId });
    return { leerling, magOpenen, casus: null };
  }
  const inzage = inzageVoor(relaties);
  const magBeheren = isAllowed('casus.beheren', relaties);
  const a = actor.accountId;

  const betrokkenen = !inzage.has('betrokkenen') ? [] : (await queryRows<{ id: string; rol: string; naam: string; organisatie: string | null; heeft_account: boolean }>(db, sql`
    select id, rol::text as rol, naam, organisatie, account_id is not null as heeft_account from casus_betrokkene
     where casus_id = ${c.id} and (tot is null or tot >= current_date) order by rol, naam`))
    .map((b) => ({ id: b.id, rol: b.rol as z.infer<typeof betrokkeneBody>['rol'], naam: b.naam, organisatie: b.organisatie, heeftAccount: b.heeft_account }));

  const welkeOverleggen = inzage.has('concepten') ? sql`true`
    : inzage.has('alle_overleggen') ? sql`o.gedeeld is not null`
      : inzage.has('eigen_overleggen') ? sql`o.gedeeld is not null and exists (select 1 from overleg_deelnemer d where d.overleg_id = o.id and d.account_id = ${a})`
        : sql`false`;
  const overlegRijen = await queryRows<{ id: string; datum: string; agenda: string[]; verslag: string; besluiten: string[]; volgend_overleg: string | null; gedeeld: boolean; deelnemers: { naam: string; rol: string }[] | null }>(db, sql`
    select o.id, o.datum::text as datum, o.agenda, o.verslag, o.besluiten, o.volgend_overleg::text as volgend_overleg, o.gedeeld is not null as gedeeld,
           (select json_agg(json_build_object('naam', d.naam, 'rol', d.rol) order by d.volgorde) from overleg_deelnemer d where d.overleg_id = o.id) as deelnemers
      from casus_overleg o where o.casus_id = ${c.id} and ${welkeOverleggen} order by o.datum desc, o.vastgelegd desc`);
  const overleggen = overlegRijen.map((o) => ({
    id: o.id, datum: o.datum, agenda: o.agenda, deelnemers: o.deelnemers ?? [], verslag: o.verslag, besluiten: o.besluiten,
    volgendOverleg: o.volgend_overleg, gedeeld: o.gedeeld,
  }));

  const nuNl = vandaagNl();
  const acties = (await queryRows<{ id: string; overleg_id: string | null; omschrijving: string; eigenaar_id: string | null; eigenaar_naam: string; uiterlijk: string; opp_doel: string | null; afgerond: string | null }>(db, sql`
    select id, overleg_id, omschrijving, eigenaar_id, eigenaar_naam, uiterlijk::text as uiterlijk, opp_doel, afgerond::text as afgerond
      from casus_actie where casus_id = ${c.id} and (${inzage.has('acties')} or eigenaar_id = ${a})
     order by afgerond nulls first, uiterlijk`)).map((r) => ({
    id: r.id, overlegId: r.overleg_id, omschrijving: r.omschrijving, eigenaar: r.eigenaar_naam, uiterlijk: r.uiterlijk,
    oppDoel: r.opp_doel, afgerond: r.afgerond, teLaat: !r.afgerond && r.uiterlijk < nuNl,
    magAfronden: !r.afgerond && (magBeheren || r.eigenaar_id === a),
  }));

  const interventies = !inzage.has('interventies') ? [] : await interventiesVan(db, c.id, inzage.has('ervaringen') ? null : a);

  // The next meeting, for everyone who takes part in meetings: the date, not the minutes.
  const [volgend] = !(inzage.has('concepten') || inzage.has('alle_overleggen') || inzage.has('eigen_overleggen')) ? [] : await queryRows<{ datum: string | null }>(db, sql`
    select min(o.volgend_overleg)::text as datum from casus_overleg o
     where o.casus_id = ${c.id} and o.volgend_overleg >= ${nuNl}::date and (o.gedeeld is not null or ${inzage.has('concepten')})`);

  const faseRijen = !inzage.has('fasen') ? [] : (await queryRows<{ fase: Fase; van: string; tot: string | null; jeugdhulp: string | null; voorwaarden: Voorwaarde[]; override_reden: string | null }>(db, sql`
    select fase::text as fase, van::text as van, tot::text as tot, jeugdhulp, voorwaarden, override_reden
      from casus_fase where casus_id = ${c.id} order by van desc, tot desc nulls first`))
    .map((f) => ({ fase: f.fase, van: f.van, tot: f.tot, jeugdhulp: f.jeugdhulp, jeugdhulpRol: jeugdhulpRol[f.fase], voorwaarden: f.voorwaarden, overrideReden: f.override_reden }));
  const huidig = faseRijen.find((f) => f.tot === null) ?? null;
  const volgende = huidig ? volgendeFase(huidig.fase) : null;

  const vangnet = inzage.has('vangnet') ? await findVangnet(db, c.id) : null;

  await writeAudit(db, actor, meta, { actie: 'casus.bekijken', bron: 'casus', leerlingId, details: { casusId: c.id, onderdelen: [...inzage] } });
  return {
    leerling, magOpenen,
    casus: {
      id: c.id, soort: c.soort as (typeof casusSoorten)[number], geopend: c.geopend, groeidoel: c.groeidoel,
      casemanager: { naam: c.casemanager_naam, email: c.casemanager_email },
      onderdelen: [...inzage], magBeheren, mijnPerspectief: perspectiefVan(relaties),
      betrokkenen, overleggen, volgendOverleg: volgend?.datum ?? null, acties, interventies,
      fase: huidig, fasen: faseRijen,
      volgendeFase: volgende && magBeheren ? { fase: volgende, voorwaarden: await voorwaardenVoor(db, leerlingId, volgende) } : null,
      vangnet,
    },
  };
}

/** The case's interventions; with `alleenVan`, only the experiences that account recorded. */
async function interventiesVan(db: Db, casusId: string, alleenVan: string | null) {
  const rijen = await queryRows<{
    id: string; soort: string; omschrijving: string | null; aanbieder: string; van: string; tot: string | null; doel: string;
    ervaringen: { perspectief: 'ouder' | 'leerling' | 'professional'; datum: string; door: string; factoren: Record<string, { score: number; toelichting: string | null }>; toelichting: string | null }[] | null;
  }>(db, sql`
    select i.id, i.soort::text as soort, i.omschrijving, i.aanbieder, i.van::text as van, i.tot::text as tot, i.doel,
           (select json_agg(json_build_object('perspectief', e.perspectief, 'datum', e.datum::text, 'door', a.naam, 'factoren', e.factoren, 'toelichting', e.toelichting) order by e.datum)
              from interventie_ervaring e join account a on a.id = e.door
             where e.interventie_id = i.id and (${alleenVan}::uuid is null or e.door = ${alleenVan}::uuid)) as ervaringen
      from interventie i where i.casus_id = ${casusId} order by i.van desc`);
  return rijen.map((r) => ({ ...r, soort: r.soort as 'therapie', ervaringen: r.ervaringen ?? [] }));
}

/** The IB or specialist of the pupil's school opens a case and names one case manager of the SWV. */
export async function openCasus(db: Db, actor: Actor, leerlingId: string, input: z.infer<typeof openenBody>, meta: RequestMeta) {
  await assertLeerlingAccess(db, actor, 'casus.openen', leerlingId);
  const swv = await findSwvVanLeerling(db, leerlingId);
  const [cm] = await queryRows<{ id: string }>(db, sql`
    select f.account_id as id from functie f where f.account_id = ${input.casemanagerId} and f.soort = 'casemanager'
       and f.van <= current_date and (f.tot is null or f.tot >= current_date) and (f.swv_id is null or f.swv_id = ${swv}) limit 1`);
  if (!cm) throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'casemanagerId', melding: 'Kies een casemanager van het samenwerkingsverband.' }]);
  if (await findOpenCasus(db, leerlingId)) throw new AppError('CONFLICT', 'Deze leerling heeft al een open casus. Eén leerling heeft één casemanager (bron: 004 §3).');
  return db.transaction(async (tx) => {
    const [c] = await tx.insert(casus).values({
      leerlingId, casemanagerId: input.casemanagerId, geopend: vandaagNl(), soort: input.soort, groeidoel: input.groeidoel,
    }).returning({ id: casus.id });
    await writeAudit(tx, actor, meta, { actie: 'casus.geopend', bron: 'casus', leerlingId, details: { casusId: c!.id, casemanagerId: input.casemanagerId } });
    return { id: c!.id };
  });
}

/** The case managers an IB can choose from: those of the pupil's SWV (or of every SWV). */
export async function listCasemanagers(db: Db, actor: Actor, leerlingId: string, meta: RequestMeta) {
  await assertLeerlingAccess(db, actor, 'casus.openen', leerlingId);
  const swv = await findSwvVanLeerling(db, leerlingId);
  // No pupil data in the answer, but the form is opened for her: her log shows who prepared a case.
  await writeAudit(db, actor, meta, { actie: 'casus.casemanagers_bekeken', bron: 'casus', leerlingId });
  return queryRows<{ id: string; naam: string }>(db, sql`
    select distinct a.id, a.naam from functie f join account a on a.id = f.account_id
     where f.soort = 'casemanager' and f.van <= current_date and (f.tot is null or f.tot >= current_date)
       and (f.swv_id is null or f.swv_id = ${swv}) order by a.naam limit 200`);
}

/** Which account kinds fit a role in the case, so that an account only gets what its role may see. */
async function passendAccount(db: Db, leerlingId: string, rol: z.infer<typeof betrokkeneBody>['rol'], email: string) {
  const [acc] = await queryRows<{ id: string; soort: string; leerling_id: string | null; is_ouder: boolean; functies: string[] | null }>(db, sql`
    select a.id, a.soort::text as soort, a.leerling_id,
           exists (select 1 from ouder_kind ok where ok.account_id = a.id and ok.leerling_id = ${leerlingId}) as is_ouder,
           (select array_agg(f.soort::text) from functie f where f.account_id = a.id and f.van <= current_date and (f.tot is null or f.tot >= current_date)) as functies
      from account a where lower(a.email) = lower(${email})`);
  const fout = (melding: string) => new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'email', melding }]);
  if (!acc) throw fout('Er is geen account met dit e-mailadres. Laat het veld leeg als deze persoon geen account heeft.');
  const ok = rol === 'ouder' ? acc.is_ouder
    : rol === 'leerling' ? acc.leerling_id === leerlingId
      : rol === 'school' ? acc.soort === 'medewerker'
        : (acc.functies ?? []).includes(rol);
  if (!ok) throw fout('Dit account past niet bij de gekozen rol.');
  return acc.id;
}

export async function addBetrokkene(db: Db, actor: Actor, leerlingId: string, input: z.infer<typeof betrokkeneBody>, meta: RequestMeta) {
  await assertLeerlingAccess(db, actor, 'casus.beheren', leerlingId);
  const c = await findOpenCasus(db, leerlingId);
  if (!c) throw new AppError('CONFLICT', 'Deze leerling heeft geen open casus.');
  const accountId = input.email ? await passendAccount(db, leerlingId, input.rol, input.email) : null;
  return db.transaction(async (tx) => {
    const [b] = await tx.insert(casusBetrokkene).values({
      casusId: c.id, rol: input.rol, accountId, naam: input.naam, organisatie: input.organisatie,
      // the access SQL compares `van` with the core's date (leerling-access.ts), so the same date here
      van: vandaag(),
    }).onConflictDoNothing().returning({ id: casusBetrokkene.id });
    if (!b) throw new AppError('CONFLICT', 'Deze persoon is al betrokken bij de casus.');
    await writeAudit(tx, actor, meta, { actie: 'casus.betrokkene_toegevoegd', bron: 'casus', leerlingId, details: { casusId: c.id, rol: input.rol, metAccount: Boolean(accountId) } });
    return { id: b.id };
  });
}

/** The open case, for a write by its case manager; refuses when there is none. */
export async function casusVoorBeheer(db: Db, actor: Actor, leerlingId: string, actie: 'casus.beheren' | 'vangnet.vastleggen' = 'casus.beheren') {
  await assertLeerlingAccess(db, actor, actie, leerlingId);
  const c = await findOpenCasus(db, leerlingId);
  if (!c) throw new AppError('CONFLICT', 'Deze leerling heeft geen open casus.');
  return c;
}
