// The coordinator's plaatsingstraject (source: 003 §18.2–18.4): the waiting list of her
// provisions, placing a pupil with a settling-in period of weeks, the steps after it, and — only
// after settling in — the transfer of registration.
import { and, eq, gte, isNull, or, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/db.js';
import { hasRol, type Actor, type RequestMeta } from '../core/access/actor.js';
import { assertLeerlingAccess, visibleLeerlingen } from '../core/access/leerling-access.js';
import { writeAudit, writeAudits } from '../core/audit/audit.service.js';
import { AppError, nietGevonden } from '../core/errors/app-error.js';
import { isoDate, vandaag } from '../core/schooljaar.js';
import { inschrijving } from '../regio/regio.table.js';
import { voorziening } from '../aanbod/aanbod.table.js';
import { plaatsing, stamschoolAfspraak, wachtlijstPlaats } from './toelating.table.js';
import { findPeriodePlaatsen, findStamschool, findWachtlijst } from './toelating.repo.js';
import { PRIORITEITSREGELS, VOLGORDE_REGEL } from './wachtlijst-regels.js';
import type { z } from 'zod';
import type { plaatsenBody, plaatsingStatusBody, wachtlijstBody } from './toelating.schema.js';

const plusDagen = (d: string, n: number) => isoDate(new Date(Date.parse(d) + n * 86_400_000));

/** Share of education time above which a transfer of registration is proposed (source: 003 §18.4). */
export const OVERSCHRIJVEN_BOVEN_PROCENT = 60;

/** Waiting and placed pupils of the provisions the actor coordinates, as one list of pupils. */
export async function viewVoorzieningWerk(db: Db, actor: Actor, meta: RequestMeta) {
  if (!hasRol(actor, 'coordinator')) throw nietGevonden();
  const mijn = await queryRows<{ id: string; naam: string; laag: string; vorm: string }>(db, sql`
    select id, naam, laag, vorm from voorziening where coordinator_id = ${actor.accountId} order by naam`);
  const wachtend = (await Promise.all(mijn.map((v) => findWachtlijst(db, v.id)))).flat();
  const geplaatst = await queryRows<{
    plaatsingId: string; id: string; naam: string; voorzieningId: string; voorziening: string; status: string; van: string;
    wenperiodeTot: string; afspraakId: string | null; getekend: boolean; overgeschreven: string | null;
  }>(db, sql`
    select p.id as "plaatsingId", p.leerling_id as id, l.voornaam || ' ' || coalesce(l.tussenvoegsel || ' ', '') || l.achternaam as naam,
           v.id as "voorzieningId", v.naam as voorziening, p.status, p.van::text as van, p.wenperiode_tot::text as "wenperiodeTot",
           sa.id as "afspraakId",
           coalesce(sa.getekend_stamschool is not null and sa.getekend_voorziening is not null and sa.getekend_ouders is not null, false) as getekend,
           sa.inschrijving_overgeschreven::text as overgeschreven
      from plaatsing p join voorziening v on v.id = p.voorziening_id join leerling l on l.id = p.leerling_id
      left join stamschool_afspraak sa on sa.plaatsing_id = p.id
     where v.coordinator_id = ${actor.accountId} and (p.tot is null or p.tot >= ${vandaag()}::date)
       and ${visibleLeerlingen(actor, sql`p.leerling_id`, 'toelating.plaatsen')}
     order by v.naam, p.van`);
  const leerlingen = [
    ...wachtend.map((w) => ({ ...w, id: w.leerlingId, soort: 'wachtend' as const, wachtlijstId: w.id })),
    ...geplaatst.map((p) => ({ ...p, soort: 'geplaatst' as const })),
  ];
  const perioden = await Promise.all(mijn.map(async (v) => ({ ...v, perioden: await findPeriodePlaatsen(db, v.id) })));
  await writeAudits(db, actor, meta, [
    { actie: 'toelating.wachtlijst_bekeken', bron: 'wachtlijst_plaats', details: { voorzieningen: mijn.map((v) => v.id) } },
    ...leerlingen.map((l) => ({ actie: 'toelating.wachtlijst_bekeken' as const, bron: 'wachtlijst_plaats', leerlingId: l.id })),
  ]);
  return { leerlingen, voorzieningen: perioden, regels: { prioriteit: PRIORITEITSREGELS, volgorde: VOLGORDE_REGEL } };
}

async function findWachtende(db: Db, actor: Actor, wachtlijstId: string) {
  const [w] = await db.select().from(wachtlijstPlaats).where(eq(wachtlijstPlaats.id, wachtlijstId));
  if (!w) throw nietGevonden();
  await assertLeerlingAccess(db, actor, 'toelating.plaatsen', w.leerlingId);
  const [v] = await db.select().from(voorziening).where(eq(voorziening.id, w.voorzieningId));
  if (v?.coordinatorId !== actor.accountId) throw nietGevonden();
  if (w.status !== 'wachtend') throw new AppError('CONFLICT', 'Deze leerling staat niet meer op de wachtlijst.');
  return { w, v };
}

export async function updateWachtlijst(db: Db, actor: Actor, wachtlijstId: string, input: z.infer<typeof wachtlijstBody>, meta: RequestMeta) {
  const { w } = await findWachtende(db, actor, wachtlijstId);
  return db.transaction(async (tx) => {
    await tx.update(wachtlijstPlaats).set({
      prioriteit: input.prioriteit, verwachteStart: input.verwachteStart ?? null,
      ...(input.vervallen ? { status: 'vervallen' as const, afgesloten: vandaag() } : {}),
    }).where(eq(wachtlijstPlaats.id, wachtlijstId));
    await writeAudit(tx, actor, meta, { actie: 'toelating.wachtlijst_gewijzigd', bron: 'wachtlijst_plaats', leerlingId: w.leerlingId, details: { wachtlijstId, ...input } });
    return { id: wachtlijstId };
  });
}

export async function placeLeerling(db: Db, actor: Actor, wachtlijstId: string, input: z.infer<typeof plaatsenBody>, meta: RequestMeta) {
  const { w } = await findWachtende(db, actor, wachtlijstId);
  const perioden = await findPeriodePlaatsen(db, w.voorzieningId);
  const periode = perioden.find((p) => p.van <= input.van && p.tot >= input.van);
  if (!periode) throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'van', melding: 'Voor deze startdatum zijn nog geen plaatsen vastgelegd. Vraag het samenwerkingsverband om plaatsen voor die periode.' }]);
  if (periode.bezet >= periode.plaatsen) throw new AppError('CONFLICT', 'Er is in deze periode geen plaats meer vrij.');
  return db.transaction(async (tx) => {
    const [p] = await tx.insert(plaatsing).values({
      leerlingId: w.leerlingId, voorzieningId: w.voorzieningId, aanvraagId: w.aanvraagId, wachtlijstId, van: input.van,
      status: 'gepland', wenperiodeWeken: input.wenperiodeWeken, wenperiodeTot: plusDagen(input.van, input.wenperiodeWeken * 7),
      geplaatstDoor: actor.accountId,
    }).returning({ id: plaatsing.id });
    await tx.update(wachtlijstPlaats).set({ status: 'geplaatst', afgesloten: vandaag() }).where(eq(wachtlijstPlaats.id, wachtlijstId));
    await writeAudit(tx, actor, meta, { actie: 'toelating.geplaatst', bron: 'plaatsing', leerlingId: w.leerlingId, details: { plaatsingId: p!.id, ...input } });
    return { id: p!.id };
  });
}

async function findMijnPlaatsing(db: Db, actor: Actor, plaatsingId: string) {
  const [p] = await db.select().from(plaatsing).where(eq(plaatsing.id, plaatsingId));
  if (!p) throw nietGevonden();
  await assertLeerlingAccess(db, actor, 'toelating.plaatsen', p.leerlingId);
  const [v] = await db.select().from(voorziening).where(eq(voorziening.id, p.voorzieningId));
  if (v?.coordinatorId !== actor.accountId) throw nietGevonden();
  const [afspraak] = await db.select().from(stamschoolAfspraak).where(eq(stamschoolAfspraak.plaatsingId, plaatsingId));
  return { p, v: v!, afspraak: afspraak ?? null };
}

const isGetekend = (a: typeof stamschoolAfspraak.$inferSelect | null) =>
  Boolean(a?.getekendStamschool && a.getekendVoorziening && a.getekendOuders);

const volgende: Record<string, string[]> = {
  gepland: ['wenperiode', 'gestopt'], wenperiode: ['geplaatst', 'gestopt'], geplaatst: ['afgerond', 'gestopt'],
};

export async function changePlaatsingStatus(
  db: Db, actor: Actor, plaatsingId: string, input: z.infer<typeof plaatsingStatusBody>, meta: RequestMeta,
) {
  const { p, v, afspraak } = await findMijnPlaatsing(db, actor, plaatsingId);
  if (!(volgende[p.status] ?? []).includes(input.status)) {
    // source: 003 §18.4 — after a transfer the zorgplicht holds at once: no trial status
    const na = afspraak?.inschrijvingOvergeschreven ? ' De inschrijving is overgeschreven: de voorziening heeft de zorgplicht, een proefperiode is niet meer mogelijk.' : '';
    throw new AppError('CONFLICT', `Deze stap kan niet vanuit "${p.status}".${na}`);
  }
  if (input.status === 'wenperiode' && v.laag === 'bovenschools' && !isGetekend(afspraak)) {
    throw new AppError('CONFLICT', 'De afspraak tussen stamschool en voorziening moet vóór de start door beide scholen en de ouders zijn ondertekend (bron: Basisboek §18.4).');
  }
  if (input.status === 'geplaatst' && input.datum < p.wenperiodeTot) {
    throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'datum', melding: `De wenperiode loopt tot ${p.wenperiodeTot}: wennen duurt weken, geen uren (bron: Basisboek §18.3.3).` }]);
  }
  if (input.status === 'gestopt' && !input.reden) {
    throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'reden', melding: 'Schrijf op waarom de plaatsing stopt.' }]);
  }
  const einde = input.status === 'afgerond' || input.status === 'gestopt';
  return db.transaction(async (tx) => {
    await tx.update(plaatsing).set({
      status: input.status, ...(einde ? { tot: input.datum < p.van ? p.van : input.datum, eindreden: input.reden || null } : {}),
    }).where(eq(plaatsing.id, plaatsingId));
    await writeAudit(tx, actor, meta, { actie: 'toelating.plaatsing_gewijzigd', bron: 'plaatsing', leerlingId: p.leerlingId, details: { plaatsingId, ...input } });
    return { id: plaatsingId };
  });
}

/**
 * Moves the registration to the provision's school: only after the settling-in period, and only
 * when the agreement puts more than 60 % of the time at the provision or the provision is full-time.
 */
export async function transferInschrijving(db: Db, actor: Actor, plaatsingId: string, datum: string, meta: RequestMeta) {
  const { p, v, afspraak } = await findMijnPlaatsing(db, actor, plaatsingId);
  const nieuweSchool = v.gekoppeldeSchoolId ?? v.bekostigdeSchoolId;
  if (p.status !== 'geplaatst') throw new AppError('CONFLICT', 'Eerst de wenperiode afronden: de voorziening neemt met de inschrijving meteen de zorgplicht over, zonder proefweken (bron: Basisboek §18.4).');
  if (!afspraak || !isGetekend(afspraak)) throw new AppError('CONFLICT', 'Er is nog geen ondertekende afspraak met de stamschool.');
  if (afspraak.inschrijvingOvergeschreven) throw new AppError('CONFLICT', 'De inschrijving is al overgeschreven.');
  if (!nieuweSchool) throw new AppError('CONFLICT', 'Deze voorziening hoort niet bij een school waar de leerling kan worden ingeschreven.');
  if (afspraak.aandeelOnderwijstijd <= OVERSCHRIJVEN_BOVEN_PROCENT && v.vorm !== 'voltijd') {
    throw new AppError('CONFLICT', `Overschrijven ligt pas voor de hand boven ${OVERSCHRIJVEN_BOVEN_PROCENT} % van de onderwijstijd op de voorziening (bron: Basisboek §18.4).`);
  }
  const stamschool = await findStamschool(db, p.leerlingId);
  if (stamschool?.schoolId === nieuweSchool) throw new AppError('CONFLICT', 'De leerling staat al op deze school ingeschreven.');
  return db.transaction(async (tx) => {
    await tx.update(inschrijving).set({ tot: plusDagen(datum, -1) })
      .where(and(eq(inschrijving.leerlingId, p.leerlingId), or(isNull(inschrijving.tot), gte(inschrijving.tot, datum))));
    await tx.insert(inschrijving).values({ leerlingId: p.leerlingId, schoolId: nieuweSchool, van: datum });
    await tx.update(stamschoolAfspraak).set({ inschrijvingOvergeschreven: datum }).where(eq(stamschoolAfspraak.id, afspraak.id));
    await writeAudit(tx, actor, meta, {
      actie: 'toelating.inschrijving_overgeschreven', bron: 'inschrijving', leerlingId: p.leerlingId,
      details: { plaatsingId, van: stamschool?.schoolId ?? null, naar: nieuweSchool, datum },
    });
    return { id: plaatsingId };
  });
}
