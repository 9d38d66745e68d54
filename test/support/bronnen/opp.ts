// Bron fixtures for the OPP (src/server/opp): a held evaluation, a previous school's plan to take over,
// and a plan for every pupil for "my plan".
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../src/server/core/db/db.js';
import * as t from '../../../src/server/core/db/schema.js';
import { vandaag } from '../../../src/server/core/schooljaar.js';
import { actors, pupils, type PupilKey } from '../region.js';
import type { Bron } from '../bronnen.js';

const SCHOOL_A = '00000000-0000-4000-8000-000000000021';
const SCHOOL_B = '00000000-0000-4000-8000-000000000022';
/** The pupil's stamschool today (region.ts): anna and bram at A, chris and daan at B. */
const stamschool = (l: PupilKey) => (l === 'anna' || l === 'bram' ? SCHOOL_A : SCHOOL_B);
const allePupils: PupilKey[] = ['anna', 'bram', 'chris', 'daan'];

const inhoud = {
  perspectief: 'Vwo; met plusklas en compacten in de klas.',
  doelen: [{ sleutel: 'd1', omschrijving: 'Plant de weektaak zelf.', soort: 'leerdoel', criterium: 'Drie weken op rij.' }],
  handelingsdeel: [{ wat: 'Plusklas', wie: 'Specialist', wanneer: 'Dinsdagmiddag', waar: 'Plusklaslokaal' }],
};

/** The pupil's open plan (written at `school`), with a first version; made if she has none. */
async function openPlan(db: Db, leerling: PupilKey, school = stamschool(leerling)): Promise<string> {
  const [bestaand] = await db.select({ id: t.opp.id }).from(t.opp).where(and(eq(t.opp.leerlingId, pupils[leerling]), isNull(t.opp.afgesloten)));
  if (bestaand) return bestaand.id;
  const [plan] = await db.insert(t.opp).values({ leerlingId: pupils[leerling], schoolId: school }).returning({ id: t.opp.id });
  await db.insert(t.oppVersie).values({ oppId: plan!.id, versie: 1, inhoud, toelichting: 'Eerste versie.', door: actors.ib });
  return plan!.id;
}

export const oppBronnen: Record<string, Bron> = {
  'opp-evaluatie-gehouden': {
    leerlingen: allePupils,
    maak: async (db, leerling) => {
      const oppId = await openPlan(db, leerling);
      const [e] = await db.insert(t.oppEvaluatie).values({
        oppId, gepland: vandaag(), metOuders: true, gehouden: vandaag(), versie: 1, deelnemers: ['IB', 'ouders', 'leerling'],
        notities: 'Goed gesprek.', doelen: [{ sleutel: 'd1', resultaat: 'behaald', toelichting: null }], uitkomst: 'verlengd', door: actors.ib,
      }).returning({ id: t.oppEvaluatie.id });
      return { evaluatieId: e!.id };
    },
  },
  // anna arrives at school A with the plan school B wrote, and her parent consented that it goes along.
  // The previous call's taken-over plan is closed first.
  'opp-vorige-school': {
    leerlingen: ['anna'],
    maak: async (db, leerling) => {
      await db.update(t.opp).set({ afgesloten: vandaag() }).where(and(eq(t.opp.leerlingId, pupils[leerling]), isNull(t.opp.afgesloten)));
      const oppId = await openPlan(db, leerling, SCHOOL_B);
      await db.insert(t.oppOverdracht).values({ oppId, ouderId: actors.ouder });
      return {};
    },
  },
  // For "my plan": every pupil has a plan, so a page that showed another pupil's would name her.
  'opp-plan': { leerlingen: allePupils, maak: async (db, leerling) => { await openPlan(db, leerling); return {}; } },
};
