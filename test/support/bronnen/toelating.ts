// Bron fixtures of admission (src/server/toelating): an application, a waiting-list place, a
// placement and its stamschool agreement, each made fresh in the state its route acts on. Earlier
// open records of the same pupil and provision are closed first: the database allows one at a time.
// A record that hands someone a relationship says so in `relaties`, by hand.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../src/server/core/db/db.js';
import * as t from '../../../src/server/core/db/schema.js';
import { isoDate, vandaag } from '../../../src/server/core/schooljaar.js';
import { actors, pupils, voorzieningen, type PupilKey } from '../region.js';
import type { Bron } from '../bronnen.js';

const SWV = '00000000-0000-4000-8000-000000000001';
const SCHOOL_A = '00000000-0000-4000-8000-000000000021';
const SCHOOL_B = '00000000-0000-4000-8000-000000000022';
const stamschool: Partial<Record<PupilKey, string>> = { anna: SCHOOL_A, bram: SCHOOL_A, chris: SCHOOL_B };
const dagen = (n: number) => isoDate(new Date(Date.parse(vandaag()) + n * 86_400_000));

/** A pupil placed in (or waiting for) a provision of the coordinator is hers to place. */
const viaVoorziening = () => ({ coordinator: ['eigen_voorziening' as const] });

/** Withdraws the pupil's open applications at the provision (one open application per pupil and provision). */
async function trekAanvragenIn(db: Db, leerling: PupilKey, voorzieningId: string) {
  await db.update(t.aanvraag).set({ status: 'ingetrokken' }).where(and(
    eq(t.aanvraag.leerlingId, pupils[leerling]), eq(t.aanvraag.voorzieningId, voorzieningId),
    inArray(t.aanvraag.status, ['wacht_op_ouders', 'bij_commissie'])));
}

/** Ends the pupil's running placements at the provision (one at a time), then makes a new one. */
async function plaats(db: Db, leerling: PupilKey, voorzieningId: string, v: { status: 'gepland' | 'wenperiode' | 'geplaatst'; van: string }) {
  await db.update(t.plaatsing).set({ status: 'afgerond', tot: sql`${t.plaatsing.van}` }).where(and(
    eq(t.plaatsing.leerlingId, pupils[leerling]), eq(t.plaatsing.voorzieningId, voorzieningId),
    inArray(t.plaatsing.status, ['gepland', 'wenperiode', 'geplaatst'])));
  const [p] = await db.insert(t.plaatsing).values({
    leerlingId: pupils[leerling], voorzieningId, van: v.van, status: v.status, wenperiodeWeken: 4,
    wenperiodeTot: isoDate(new Date(Date.parse(v.van) + 28 * 86_400_000)), geplaatstDoor: actors.coordinator,
  }).returning({ id: t.plaatsing.id });
  return p!.id;
}

async function afspraak(db: Db, leerling: PupilKey, plaatsingId: string, getekend: boolean) {
  const nu = getekend ? new Date() : null;
  const [a] = await db.insert(t.stamschoolAfspraak).values({
    plaatsingId, stamschoolId: stamschool[leerling]!, aandeelOnderwijstijd: 80, symbiose: 'Vier dagen op de voorziening, één op de stamschool.',
    contactritme: 'Wekelijks bellen.', verslaglegging: 'voorziening', oudergesprekken: 'samen',
    getekendStamschool: nu, getekendVoorziening: nu, getekendOuders: nu,
    ...(getekend ? { getekendStamschoolDoor: actors.ib, getekendVoorzieningDoor: actors.coordinator, getekendOudersDoor: actors.ouder } : {}),
  }).returning({ id: t.stamschoolAfspraak.id });
  return a!.id;
}

export const toelatingBronnen: Record<string, Bron> = {
  // An application for anna at the full-time class, waiting for her parent (no commissie sees it yet).
  'aanvraag-bij-ouders': {
    leerlingen: ['anna'],
    maak: async (db, leerling) => {
      await trekAanvragenIn(db, leerling, voorzieningen.voltijd);
      const [a] = await db.insert(t.aanvraag).values({
        leerlingId: pupils[leerling], voorzieningId: voorzieningen.voltijd, swvId: SWV, schoolId: SCHOOL_A, aangevraagdDoor: actors.ib,
        hulpvraag: 'Anna zoekt ontwikkelingsgelijken.', stemLeerling: 'Ik wil graag moeilijker werk.',
      }).returning({ id: t.aanvraag.id });
      return { id: a!.id };
    },
  },
  // No record yet: the IB or specialist applies for the pupil at the full-time class. The body names
  // the provision, which only the test region knows.
  'aanvraag-nieuw': {
    leerlingen: ['anna', 'bram', 'chris'],
    voorbeeld: (leerling) => ({
      leerlingId: pupils[leerling], voorzieningId: voorzieningen.voltijd, hulpvraag: 'Zoekt ontwikkelingsgelijken; compacten alleen is niet genoeg.',
      stemLeerling: 'Ik wil graag moeilijker werk.',
    }),
    maak: async (db, leerling) => {
      await trekAanvragenIn(db, leerling, voorzieningen.voltijd);
      return {};
    },
  },
  // An application the parents consented to, at the commissie (bram's is there in the region; anna's
  // here hands the commissie her file).
  'aanvraag-bij-commissie': {
    leerlingen: ['bram', 'anna'],
    relaties: () => ({ commissie: ['swv_commissie'] }),
    maak: async (db, leerling) => {
      await trekAanvragenIn(db, leerling, voorzieningen.plusklas);
      const [a] = await db.insert(t.aanvraag).values({
        leerlingId: pupils[leerling], voorzieningId: voorzieningen.plusklas, swvId: SWV, schoolId: stamschool[leerling]!, aangevraagdDoor: actors.ib,
        hulpvraag: 'Loopt vast in de klas en zoekt ontwikkelingsgelijken.', stemLeerling: 'Ik wil graag moeilijker werk.',
        ouderInstemming: true, ouderVisie: 'Thuis zien we verveling.', ouderReactieOp: new Date(), status: 'bij_commissie',
      }).returning({ id: t.aanvraag.id });
      return { id: a!.id };
    },
  },
  // A place on the plusklas's waiting list, as the commissie's recommendation leaves it.
  'wachtlijst-wachtend': {
    leerlingen: ['bram', 'anna'],
    relaties: viaVoorziening,
    maak: async (db, leerling) => {
      const van = { leerlingId: pupils[leerling], voorzieningId: voorzieningen.plusklas };
      await db.update(t.wachtlijstPlaats).set({ status: 'vervallen', afgesloten: vandaag() })
        .where(and(eq(t.wachtlijstPlaats.leerlingId, van.leerlingId), eq(t.wachtlijstPlaats.voorzieningId, van.voorzieningId), eq(t.wachtlijstPlaats.status, 'wachtend')));
      // the previous call's placement from this place, so that placing again is possible
      await db.update(t.plaatsing).set({ status: 'afgerond', tot: sql`${t.plaatsing.van}` }).where(and(
        eq(t.plaatsing.leerlingId, van.leerlingId), eq(t.plaatsing.voorzieningId, van.voorzieningId), inArray(t.plaatsing.status, ['gepland', 'wenperiode', 'geplaatst'])));
      const [w] = await db.insert(t.wachtlijstPlaats).values({ ...van, sinds: dagen(-20) }).returning({ id: t.wachtlijstPlaats.id });
      return { id: w!.id };
    },
  },
  // A placement in the plusklas whose settling-in period ended last week: next step, placed.
  'plaatsing-wenperiode': {
    leerlingen: ['chris', 'anna'],
    relaties: viaVoorziening,
    maak: async (db, leerling) => ({ id: await plaats(db, leerling, voorzieningen.plusklas, { status: 'wenperiode', van: dagen(-35) }) }),
  },
  // A placement in the plusklas before its start, without an agreement yet.
  'plaatsing-gepland': {
    leerlingen: ['anna', 'chris'],
    relaties: viaVoorziening,
    maak: async (db, leerling) => ({ id: await plaats(db, leerling, voorzieningen.plusklas, { status: 'gepland', van: dagen(14) }) }),
  },
  // A placement in the full-time class, settled in, with an agreement all three parties signed: the
  // registration can move to the class's school. Its coordinator is the region's coordinator here.
  // Each call first undoes the previous call's transfer, so the pupil is back at her stamschool.
  'plaatsing-getekend': {
    leerlingen: ['anna', 'bram'],
    relaties: viaVoorziening,
    maak: async (db, leerling) => {
      await db.update(t.voorziening).set({ coordinatorId: actors.coordinator }).where(eq(t.voorziening.id, voorzieningen.voltijd));
      await db.delete(t.inschrijving).where(and(eq(t.inschrijving.leerlingId, pupils[leerling]), eq(t.inschrijving.schoolId, SCHOOL_B)));
      await db.update(t.inschrijving).set({ tot: null }).where(and(eq(t.inschrijving.leerlingId, pupils[leerling]), eq(t.inschrijving.schoolId, SCHOOL_A)));
      const id = await plaats(db, leerling, voorzieningen.voltijd, { status: 'geplaatst', van: dagen(-60) });
      await afspraak(db, leerling, id, true);
      return { id };
    },
  },
  // The agreement of a placement in the plusklas before its start, signed by nobody yet.
  'afspraak-ongetekend': {
    leerlingen: ['anna', 'chris'],
    relaties: viaVoorziening,
    maak: async (db, leerling) => {
      const id = await plaats(db, leerling, voorzieningen.plusklas, { status: 'gepland', van: dagen(14) });
      return { id: await afspraak(db, leerling, id, false) };
    },
  },
};
