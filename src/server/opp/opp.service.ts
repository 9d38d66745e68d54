// Use cases of the OPP (source: 003 §17.1, §17.3, §17.4; WPO art. 40a): read the plan, write a new
// version, a parent's consent, the parents' view and the pupil's own words. Each checks access first
// and writes its audit row in the same transaction as the change.
import type { Db, DbOrTx } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { assertLeerlingAccess } from '../core/access/leerling-access.js';
import { isAllowed } from '../core/access/leerling.policy.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { AppError, nietGevonden } from '../core/errors/app-error.js';
import { eq } from 'drizzle-orm';
import { schooljaarPeriode, huidigSchooljaar, vandaag } from '../core/schooljaar.js';
import { opp, oppOverdracht } from './opp.table.js';
import {
  findEvaluaties, findHuidigOpp, findInbreng, findInstemmingen, findLeerling, findOpenOpp, findVersies,
  insertInbreng, insertInstemming, insertOpp, insertVersie, type InstemmingRij, type VersieRij,
} from './opp.repo.js';
import type { OppInhoud } from './opp.schema.js';
import { sleutelsToekennen, verschil } from './opp-verschil.js';
import { magInhoudZien, vorigPlan } from './overdracht.service.js';

export type InstemmingStand = 'ingestemd' | 'niet_ingestemd' | 'ontbreekt';

/**
 * The consent of a version: each parent's latest decision counts; one parent's consent is enough,
 * but a parent who does not consent is shown over another's consent (the school then talks first).
 */
export function instemmingStand(rijen: InstemmingRij[]): InstemmingStand {
  const laatste = new Map<string, InstemmingRij>();
  for (const r of rijen) laatste.set(r.ouderId, r);
  const besluiten = [...laatste.values()].map((r) => r.besluit);
  if (besluiten.includes('niet_ingestemd')) return 'niet_ingestemd';
  return besluiten.includes('ingestemd') ? 'ingestemd' : 'ontbreekt';
}

export type DoelResultaat = { sleutel: string; resultaat: 'behaald' | 'deels' | 'niet'; toelichting: string | null };

/** When every goal is reached the pupil can stop: the plan proposes to consider it (source: 004 §2). */
export function stoppenOverwegen(doelen: OppInhoud['doelen'], laatsteEvaluatie: DoelResultaat[] | null): boolean {
  if (!laatsteEvaluatie || doelen.length === 0) return false;
  const behaald = new Set(laatsteEvaluatie.filter((d) => d.resultaat === 'behaald').map((d) => d.sleutel));
  return doelen.every((d) => d.sleutel && behaald.has(d.sleutel));
}

async function leerlingOf(db: DbOrTx, leerlingId: string) {
  const l = await findLeerling(db, leerlingId);
  if (!l) throw nietGevonden();
  return l;
}

const iso = (d: Date) => d.toISOString();

export async function viewOpp(db: Db, actor: Actor, leerlingId: string, meta: RequestMeta) {
  const relaties = await assertLeerlingAccess(db, actor, 'opp.bekijken', leerlingId);
  const l = await leerlingOf(db, leerlingId);
  const plan = await findHuidigOpp(db, leerlingId);
  const rechten = {
    magOpstellen: isAllowed('opp.opstellen', relaties), magInstemmen: isAllowed('opp.instemmen', relaties),
    magInbreng: isAllowed('opp.inbreng', relaties),
  };
  const vorig = plan ? await vorigPlan(db, plan, l.school_id) : null;
  const zichtbaar = magInhoudZien(relaties, vorig);
  await writeAudit(db, actor, meta, { actie: 'opp.bekijken', bron: 'opp', leerlingId, details: { oppId: plan?.id ?? null, inhoud: zichtbaar } });
  const leerling = { id: l.id, voornaam: l.voornaam, naam: l.naam };
  if (!plan || !zichtbaar) return { leerling, ...rechten, vorigPlan: vorig, opp: null };

  const versies = await findVersies(db, plan.id);
  const instemmingen = await findInstemmingen(db, versies.map((v) => v.id));
  const per = (v: VersieRij) => instemmingen.filter((i) => i.versieId === v.id);
  const huidig = versies.at(-1)!;
  const evaluaties = (await findEvaluaties(db, plan.id)).map((e) => ({
    id: e.id, gepland: e.gepland, metOuders: e.metOuders, gehouden: e.gehouden, versie: e.versie,
    deelnemers: e.deelnemers ?? [], notities: e.notities, doelen: (e.doelen as DoelResultaat[] | null) ?? [], uitkomst: e.uitkomst,
  }));
  const gehouden = evaluaties.filter((e) => e.gehouden).sort((a, b) => a.gehouden!.localeCompare(b.gehouden!));
  const { van, tot } = schooljaarPeriode(huidigSchooljaar());
  return {
    leerling, ...rechten, vorigPlan: vorig,
    opp: {
      id: plan.id, afgesloten: plan.afgesloten, versie: huidig.versie, inhoud: huidig.inhoud,
      aangemaakt: iso(huidig.aangemaakt), door: huidig.door,
      instemming: {
        stand: instemmingStand(per(huidig)),
        besluiten: per(huidig).map((i) => ({ ouder: i.ouder, besluit: i.besluit, toelichting: i.toelichting, tijdstip: iso(i.tijdstip) })),
      },
      versies: versies.map((v) => ({ versie: v.versie, toelichting: v.toelichting, door: v.door, aangemaakt: iso(v.aangemaakt), instemming: instemmingStand(per(v)) })).reverse(),
      inbreng: (await findInbreng(db, plan.id)).map((i) => ({ ...i, tijdstip: iso(i.tijdstip) })),
      evaluaties,
      volgendeEvaluatie: evaluaties.filter((e) => !e.gehouden).map((e) => e.gepland).sort()[0] ?? null,
      // source: WPO art. 40a — evaluated with the parents at least once a school year
      evaluatieMetOudersDitJaar: gehouden.some((e) => e.gehouden! >= van && e.gehouden! <= tot && e.deelnemers.includes('ouders')),
      meegeven: (await db.select({ id: oppOverdracht.id }).from(oppOverdracht).where(eq(oppOverdracht.oppId, plan.id)).limit(1)).length > 0,
      stoppenOverwegen: !plan.afgesloten && stoppenOverwegen(huidig.inhoud.doelen, gehouden.at(-1)?.doelen ?? null),
    },
  };
}

/** One version (the latest without `nr`) and what changed since the version before it. */
export async function viewVersie(db: Db, actor: Actor, leerlingId: string, nr: number | undefined, meta: RequestMeta) {
  const relaties = await assertLeerlingAccess(db, actor, 'opp.bekijken', leerlingId);
  const plan = await findHuidigOpp(db, leerlingId);
  const l = await leerlingOf(db, leerlingId);
  const zichtbaar = !plan || magInhoudZien(relaties, await vorigPlan(db, plan, l.school_id));
  const versies = plan && zichtbaar ? await findVersies(db, plan.id) : [];
  const v = nr === undefined ? versies.at(-1) : versies.find((x) => x.versie === nr);
  if (nr !== undefined && !v) throw nietGevonden();
  await writeAudit(db, actor, meta, { actie: 'opp.versie_bekijken', bron: 'opp_versie', leerlingId, details: { oppId: plan?.id ?? null, versie: v?.versie ?? null } });
  if (!v) return { versie: null };
  const vorige = versies.find((x) => x.versie === v.versie - 1) ?? null;
  const instemming = await findInstemmingen(db, [v.id]);
  return {
    versie: {
      versie: v.versie, inhoud: v.inhoud, toelichting: v.toelichting, door: v.door, aangemaakt: iso(v.aangemaakt),
      instemming: instemming.map((i) => ({ ouder: i.ouder, besluit: i.besluit, toelichting: i.toelichting, tijdstip: iso(i.tijdstip) })),
      wijzigingen: verschil(vorige?.inhoud ?? null, v.inhoud),
    },
  };
}

export type VersieInput = { inhoud: OppInhoud; toelichting: string };

/** Every change is a new version; the first version starts the plan at the pupil's stamschool. */
export async function recordVersie(db: Db, actor: Actor, leerlingId: string, input: VersieInput, meta: RequestMeta) {
  return db.transaction(async (tx) => {
    await assertLeerlingAccess(tx, actor, 'opp.opstellen', leerlingId);
    const l = await leerlingOf(tx, leerlingId);
    let open: typeof opp.$inferSelect | undefined = await findOpenOpp(tx, leerlingId);
    if (open && open.schoolId && l.school_id && open.schoolId !== l.school_id) {
      // A new school starting its own plan (without taking over the previous one) closes the old plan.
      await tx.update(opp).set({ afgesloten: vandaag() }).where(eq(opp.id, open.id));
      open = undefined;
    }
    const plan = open ?? await insertOpp(tx, { leerlingId, schoolId: l.school_id });
    const versies = await findVersies(tx, plan.id);
    const eerder = versies.flatMap((v) => v.inhoud.doelen.flatMap((d) => (d.sleutel ? [d.sleutel] : [])));
    const { doelen, fout } = sleutelsToekennen(input.inhoud.doelen, eerder);
    if (fout) throw new AppError('ONGELDIGE_INVOER', fout, [{ veld: 'inhoud.doelen', melding: fout }]);
    const versie = (versies.at(-1)?.versie ?? 0) + 1;
    const { id } = await insertVersie(tx, { oppId: plan.id, versie, inhoud: { ...input.inhoud, doelen }, toelichting: input.toelichting, door: actor.accountId });
    await writeAudit(tx, actor, meta, { actie: 'opp.versie_vastgelegd', bron: 'opp_versie', leerlingId, details: { oppId: plan.id, versie, versieId: id } });
    return { id, versie };
  });
}

/** The latest version of the open plan, or NIET_GEVONDEN when there is none. */
async function huidigeVersie(tx: DbOrTx, leerlingId: string) {
  const plan = await findOpenOpp(tx, leerlingId);
  const v = plan ? (await findVersies(tx, plan.id)).at(-1) : undefined;
  if (!plan || !v) throw new AppError('NIET_GEVONDEN', 'Er is nog geen plan om op te reageren.');
  return { plan, versie: v };
}

/** A parent's decision on the handelingsdeel of the current version (WPO art. 40a). */
export async function recordInstemming(
  db: Db, actor: Actor, leerlingId: string,
  input: { versie?: number; besluit: 'ingestemd' | 'niet_ingestemd'; toelichting?: string }, meta: RequestMeta,
) {
  return db.transaction(async (tx) => {
    await assertLeerlingAccess(tx, actor, 'opp.instemmen', leerlingId);
    const { plan, versie } = await huidigeVersie(tx, leerlingId);
    if (input.versie !== undefined && input.versie !== versie.versie) {
      throw new AppError('CONFLICT', `Er is intussen een nieuwere versie van het plan (versie ${versie.versie}). Lees die eerst.`);
    }
    const { id } = await insertInstemming(tx, { versieId: versie.id, ouderId: actor.accountId, besluit: input.besluit, toelichting: input.toelichting || null });
    await writeAudit(tx, actor, meta, {
      actie: 'opp.instemming_vastgelegd', bron: 'opp_instemming', leerlingId,
      details: { oppId: plan.id, versie: versie.versie, besluit: input.besluit },
    });
    return { id };
  });
}

/** The parents' view or the pupil's own words, kept as they wrote them. */
export async function recordInbreng(db: Db, actor: Actor, leerlingId: string, input: { tekst: string }, meta: RequestMeta) {
  return db.transaction(async (tx) => {
    const relaties = await assertLeerlingAccess(tx, actor, 'opp.inbreng', leerlingId);
    const { plan, versie } = await huidigeVersie(tx, leerlingId);
    const soort = relaties.includes('zelf') ? 'leerling' : 'ouder';
    const { id } = await insertInbreng(tx, { oppId: plan.id, versie: versie.versie, soort, door: actor.accountId, tekst: input.tekst });
    await writeAudit(tx, actor, meta, { actie: 'opp.inbreng_vastgelegd', bron: 'opp_inbreng', leerlingId, details: { oppId: plan.id, soort } });
    return { id };
  });
}
