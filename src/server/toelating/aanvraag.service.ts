// Use cases of an application (source: 003 §18.2, §18.6; 000 hoorrecht): the IB applies with the
// pupil's file and the pupil's voice; the parents consent and add their view, after which the
// application goes to the SWV commissie; the pupil can add her own words. Everyone around the pupil
// sees where it stands, including the place on the waiting list.
import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { assertLeerlingAccess } from '../core/access/leerling-access.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { AppError, nietGevonden } from '../core/errors/app-error.js';
import { findVoorzieningen } from '../aanbod/aanbod.repo.js';
import { aanvraag } from './toelating.table.js';
import { findDossierBronnen, findStamschool, findWachtlijst } from './toelating.repo.js';
import type { z } from 'zod';
import type { aanvraagBody, ouderBody } from './toelating.schema.js';
import { PRIORITEITSREGELS, VOLGORDE_REGEL } from './wachtlijst-regels.js';
import { voorLeerling } from './toelating.presenters.js';

/** What the IB needs to apply: the file's sources and the provisions of the pupil's SWV. */
export async function viewAanvraagStart(db: Db, actor: Actor, leerlingId: string, meta: RequestMeta) {
  await assertLeerlingAccess(db, actor, 'toelating.aanvragen', leerlingId);
  const stamschool = await findStamschool(db, leerlingId);
  if (!stamschool) throw nietGevonden();
  const [bronnen, voorzieningen] = await Promise.all([
    findDossierBronnen(db, leerlingId),
    findVoorzieningen(db, { swvIds: [stamschool.swvId], alleenActief: true }),
  ]);
  await writeAudit(db, actor, meta, { actie: 'toelating.bekeken', bron: 'dossier', leerlingId, details: { doel: 'aanvraag' } });
  return {
    bronnen,
    voorzieningen: voorzieningen.map((v) => ({ id: v.id, naam: v.naam, laag: v.laag, vorm: v.vorm, gemeente: v.gemeente, wachtend: v.wachtend })),
  };
}

export async function createAanvraag(
  db: Db, actor: Actor, leerlingId: string, input: z.infer<typeof aanvraagBody>, meta: RequestMeta,
) {
  await assertLeerlingAccess(db, actor, 'toelating.aanvragen', leerlingId);
  const stamschool = await findStamschool(db, leerlingId);
  if (!stamschool) throw nietGevonden();
  const [v] = await findVoorzieningen(db, { swvIds: [stamschool.swvId], id: input.voorzieningId, alleenActief: true });
  if (!v) throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'voorzieningId', melding: 'Deze voorziening hoort niet bij het aanbod van het samenwerkingsverband.' }]);
  const uitDossier = await findDossierBronnen(db, leerlingId, input.bronnen);
  if (uitDossier.length !== new Set(input.bronnen).size) {
    throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'bronnen', melding: 'Een gekozen stuk hoort niet bij het dossier van deze leerling.' }]);
  }
  const dossier = [...uitDossier, ...input.aanvullend.map((a) => ({ id: null, soort: a.soort, datum: null, omschrijving: a.omschrijving }))];
  return db.transaction(async (tx) => {
    // One open application per pupil and provision: asking again shows the open one.
    const [open] = await tx.select({ id: aanvraag.id }).from(aanvraag).where(and(
      eq(aanvraag.leerlingId, leerlingId), eq(aanvraag.voorzieningId, v.id), sql`${aanvraag.status} in ('wacht_op_ouders', 'bij_commissie')`));
    if (open) {
      await writeAudit(tx, actor, meta, { actie: 'toelating.bekeken', bron: 'aanvraag', leerlingId, details: { aanvraagId: open.id, alOpen: true } });
      return { id: open.id, alOpen: true };
    }
    const [a] = await tx.insert(aanvraag).values({
      leerlingId, voorzieningId: v.id, swvId: stamschool.swvId, schoolId: stamschool.schoolId, aangevraagdDoor: actor.accountId,
      hulpvraag: input.hulpvraag, stemLeerling: input.stemLeerling, dossier,
    }).returning({ id: aanvraag.id });
    await writeAudit(tx, actor, meta, { actie: 'toelating.aangevraagd', bron: 'aanvraag', leerlingId, details: { aanvraagId: a!.id, voorzieningId: v.id } });
    return { id: a!.id, alOpen: false };
  });
}

type AanvraagRij = {
  id: string; voorzieningId: string; voorziening: string; school: string; aangevraagdDoor: string; aangevraagd: string;
  hulpvraag: string; dossier: unknown; stemLeerling: string; stemLeerlingZelf: string | null; ouderInstemming: boolean | null;
  ouderVisie: string | null; ouderReactieOp: string | null; status: string; besluit: string | null;
  besluitVoorziening: string | null; redenen: string | null; advies: string | null; gewogenBronnen: unknown;
  gedragswetenschapper: string | null; besloten: string | null; oudersGeinformeerd: string | null;
  voorzieningOver: { laag: string; vorm: string; doelgroep: string; doelen: string; dagenTijden: string; locatie: string; duur: string };
};

/** The pupil's applications, waiting-list places and placements, as the people around her see them. */
export async function viewToelating(db: Db, actor: Actor, leerlingId: string, meta: RequestMeta) {
  const relaties = await assertLeerlingAccess(db, actor, 'toelating.bekijken', leerlingId);
  const aanvragen = await queryRows<AanvraagRij>(db, sql`
    select a.id, a.voorziening_id as "voorzieningId", v.naam as voorziening, s.naam as school, ac.naam as "aangevraagdDoor",
           a.aangevraagd::text as aangevraagd, a.hulpvraag, a.dossier, a.stem_leerling as "stemLeerling",
           a.stem_leerling_zelf as "stemLeerlingZelf", a.ouder_instemming as "ouderInstemming", a.ouder_visie as "ouderVisie",
           a.ouder_reactie_op::text as "ouderReactieOp", a.status, a.besluit, bv.naam as "besluitVoorziening", a.redenen, a.advies,
           a.gewogen_bronnen as "gewogenBronnen", a.gedragswetenschapper, a.besloten::text as besloten,
           a.ouders_geinformeerd::text as "oudersGeinformeerd",
           json_build_object('laag', v.laag, 'vorm', v.vorm, 'doelgroep', v.doelgroep, 'doelen', v.doelen,
             'dagenTijden', v.dagen_tijden, 'locatie', v.locatie, 'duur', v.duur) as "voorzieningOver"
      from aanvraag a join voorziening v on v.id = a.voorziening_id join school s on s.id = a.school_id
      join account ac on ac.id = a.aangevraagd_door left join voorziening bv on bv.id = a.besluit_voorziening_id
     where a.leerling_id = ${leerlingId} order by a.aangevraagd desc`);
  const wachtend = await queryRows<{ voorzieningId: string }>(db, sql`
    select distinct voorziening_id as "voorzieningId" from wachtlijst_plaats where leerling_id = ${leerlingId} and status = 'wachtend'`);
  const wachtlijst = (await Promise.all(wachtend.map((w) => findWachtlijst(db, w.voorzieningId))))
    .flatMap((lijst) => lijst.filter((w) => w.leerlingId === leerlingId).map((w) => ({ ...w, totaal: lijst.length })));
  const plaatsingen = await queryRows<{
    id: string; voorzieningId: string; voorziening: string; laag: string; van: string; tot: string | null; status: string;
    wenperiodeWeken: number; wenperiodeTot: string; afspraakId: string | null;
  }>(db, sql`
    select p.id, p.voorziening_id as "voorzieningId", v.naam as voorziening, v.laag, p.van::text as van, p.tot::text as tot, p.status,
           p.wenperiode_weken as "wenperiodeWeken", p.wenperiode_tot::text as "wenperiodeTot", sa.id as "afspraakId"
      from plaatsing p join voorziening v on v.id = p.voorziening_id left join stamschool_afspraak sa on sa.plaatsing_id = p.id
     where p.leerling_id = ${leerlingId} order by p.van desc`);
  await db.transaction(async (tx) => {
    // A parent opening a decided application is the moment the parents are informed of it.
    if (relaties.includes('eigen_kind')) {
      await tx.execute(sql`update aanvraag set ouders_geinformeerd = now()
        where leerling_id = ${leerlingId} and status = 'besloten' and ouders_geinformeerd is null`);
    }
    await writeAudit(tx, actor, meta, { actie: 'toelating.bekeken', bron: 'aanvraag', leerlingId });
  });
  // The pupil's own account holds no other relationship: she is handed her part only.
  const alleenZelf = relaties.every((r) => r === 'zelf');
  return {
    aanvragen: alleenZelf ? aanvragen.map(voorLeerling) : aanvragen, wachtlijst, plaatsingen,
    regels: { prioriteit: PRIORITEITSREGELS, volgorde: VOLGORDE_REGEL },
    mag: {
      aanvragen: relaties.some((r) => r === 'eigen_school' || r === 'aangesteld'),
      ouder: relaties.includes('eigen_kind'),
      leerling: relaties.includes('zelf'),
      besluiten: relaties.includes('swv_commissie'),
      plaatsen: relaties.includes('eigen_voorziening'),
    },
  };
}

async function findAanvraag(db: Db, aanvraagId: string) {
  const [a] = await db.select().from(aanvraag).where(eq(aanvraag.id, aanvraagId));
  if (!a) throw nietGevonden();
  return a;
}

/** The parents consent (the application then goes to the commissie) or decline, with their view. */
export async function respondOuder(db: Db, actor: Actor, aanvraagId: string, input: z.infer<typeof ouderBody>, meta: RequestMeta) {
  const a = await findAanvraag(db, aanvraagId);
  await assertLeerlingAccess(db, actor, 'toelating.ouder', a.leerlingId);
  if (a.status !== 'wacht_op_ouders') throw new AppError('CONFLICT', 'U heeft al gereageerd op deze aanvraag.');
  return db.transaction(async (tx) => {
    const status = input.instemming ? 'bij_commissie' as const : 'ingetrokken' as const;
    const rijen = await tx.update(aanvraag).set({
      ouderInstemming: input.instemming, ouderVisie: input.visie, ouderReactieDoor: actor.accountId, ouderReactieOp: new Date(), status,
    }).where(and(eq(aanvraag.id, aanvraagId), eq(aanvraag.status, 'wacht_op_ouders'))).returning({ id: aanvraag.id });
    if (rijen.length === 0) throw new AppError('CONFLICT', 'U heeft al gereageerd op deze aanvraag.');
    await writeAudit(tx, actor, meta, { actie: 'toelating.ouder_gereageerd', bron: 'aanvraag', leerlingId: a.leerlingId, details: { aanvraagId, instemming: input.instemming } });
    return { id: aanvraagId, status };
  });
}

/** The pupil's own words (hoorrecht, source: 000), until the commissie decides. */
export async function addStemLeerling(db: Db, actor: Actor, aanvraagId: string, tekst: string, meta: RequestMeta) {
  const a = await findAanvraag(db, aanvraagId);
  await assertLeerlingAccess(db, actor, 'toelating.leerling', a.leerlingId);
  if (a.status === 'besloten' || a.status === 'ingetrokken') throw new AppError('CONFLICT', 'Over deze aanvraag is al besloten.');
  return db.transaction(async (tx) => {
    await tx.update(aanvraag).set({ stemLeerlingZelf: tekst }).where(eq(aanvraag.id, aanvraagId));
    await writeAudit(tx, actor, meta, { actie: 'toelating.leerling_stem', bron: 'aanvraag', leerlingId: a.leerlingId, details: { aanvraagId } });
    return { id: aanvraagId };
  });
}
