// Bron fixtures for cases (src/server/casus): meetings, actions, interventions, opening a case and the
// case worklist. chris has the test region's open case; anna gets one of the same case manager the
// first time a fixture needs it, which the fixtures' `relaties` write out by hand.
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../src/server/core/db/db.js';
import * as t from '../../../src/server/core/db/schema.js';
import { datumInNederland, vandaag } from '../../../src/server/core/schooljaar.js';
import { actors, pupils, type ActorKey, type PupilKey } from '../region.js';
import type { Bron } from '../bronnen.js';

const dagenGeleden = (n: number) => datumInNederland(new Date(Date.now() - n * 86_400_000));

/** The pupil's open case; one of the test case manager is opened if she has none. */
async function openCasus(db: Db, leerling: PupilKey): Promise<string> {
  const [c] = await db.select({ id: t.casus.id }).from(t.casus).where(and(eq(t.casus.leerlingId, pupils[leerling]), isNull(t.casus.gesloten)));
  if (c) return c.id;
  const [nieuw] = await db.insert(t.casus).values({ leerlingId: pupils[leerling], casemanagerId: actors.casemanager, geopend: vandaag() })
    .returning({ id: t.casus.id });
  return nieuw!.id;
}

/** The test case manager keeps every case these fixtures open (chris's is in verwachteRelaties already). */
const casemanagerVan = (leerling: PupilKey): Partial<Record<ActorKey, ['eigen_casus']>> =>
  (leerling === 'chris' ? {} : { casemanager: ['eigen_casus'] });

async function overleg(db: Db, leerling: PupilKey, gedeeld: boolean, deelnemers: ActorKey[] = []) {
  const casusId = await openCasus(db, leerling);
  const [o] = await db.insert(t.casusOverleg).values({
    casusId, datum: vandaag(), agenda: ['Hoe gaat het nu?'], verslag: 'Kort besproken.', besluiten: ['Over zes weken verder.'],
    gedeeld: gedeeld ? new Date() : null, door: actors.casemanager,
  }).returning({ id: t.casusOverleg.id });
  await db.insert(t.overlegDeelnemer).values(['casemanager' as const, ...deelnemers].map((k, volgorde) => ({
    overlegId: o!.id, volgorde, accountId: actors[k], naam: k, rol: k === 'casemanager' ? 'casemanager' : k === 'ib' ? 'school' : k,
  })));
  return { id: o!.id };
}

export const casusBronnen: Record<string, Bron> = {
  // A draft's minutes, for the case manager to share.
  'casus-overleg-concept': {
    leerlingen: ['anna', 'chris'],
    relaties: casemanagerVan,
    maak: (db, leerling) => overleg(db, leerling, false),
  },
  // Shared minutes with everyone the policy lets see anna's case taking part, so that the finer rule
  // (minutes go to the participants, casus-inzage.ts) agrees with the policy. chris's case has a
  // leerplichtambtenaar, whose role never receives minutes, so this fixture uses anna only.
  'casus-overleg-gedeeld': {
    leerlingen: ['anna'],
    relaties: casemanagerVan,
    maak: (db, leerling) => overleg(db, leerling, true, ['ib', 'ouder', 'leerling']),
  },
  // An open action of the case manager, due today.
  'casus-actie-open': {
    leerlingen: ['anna', 'chris'],
    relaties: casemanagerVan,
    maak: async (db, leerling) => {
      const casusId = await openCasus(db, leerling);
      const [a] = await db.insert(t.casusActie).values({
        casusId, omschrijving: 'Rooster afstemmen', eigenaarId: actors.casemanager, eigenaarNaam: 'Carla Casemanager', uiterlijk: vandaag(),
      }).returning({ id: t.casusActie.id });
      return { id: a!.id };
    },
  },
  // An intervention, for everyone who may say how it was experienced.
  'casus-interventie': {
    leerlingen: ['anna', 'chris'],
    relaties: casemanagerVan,
    maak: async (db, leerling) => {
      const casusId = await openCasus(db, leerling);
      const [i] = await db.insert(t.interventie).values({
        casusId, soort: 'coachingsgesprekken', aanbieder: 'Coach De Berg', van: dagenGeleden(30), doel: 'Weer plezier in leren.', door: actors.casemanager,
      }).returning({ id: t.interventie.id });
      return { id: i!.id };
    },
  },
  // A pupil without an open case: the previous call's (or the region's) case is closed first.
  // Opening one gives the named case manager the pupil, but `casus.openen` does not depend on that.
  'casus-te-openen': {
    leerlingen: ['anna', 'chris'],
    maak: async (db, leerling) => {
      await db.update(t.casus).set({ gesloten: vandaag() }).where(and(eq(t.casus.leerlingId, pupils[leerling]), isNull(t.casus.gesloten)));
      return {};
    },
    voorbeeld: () => ({ casemanagerId: actors.casemanager, soort: 'complex', groeidoel: 'Weer met plezier naar school.' }),
  },
  // For the case worklist: every pupil has an open case with an overdue action owned by each person of
  // the region, so a worklist that showed owners their actions without the policy would name them all.
  'casus-werklijst': {
    leerlingen: ['anna', 'bram', 'chris', 'daan'],
    relaties: casemanagerVan,
    maak: async (db, leerling) => {
      const casusId = await openCasus(db, leerling);
      await db.insert(t.casusActie).values((Object.keys(actors) as ActorKey[]).map((k) => ({
        casusId, omschrijving: `Terugbellen (${k})`, eigenaarId: actors[k], eigenaarNaam: k, uiterlijk: dagenGeleden(5),
      })));
      return {};
    },
  },
};
