// Bron fixtures for the monitor (src/server/monitor): a pupil's invitation to an open wave, and
// invitations of every pupil at school A for the code list.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../src/server/core/db/db.js';
import * as t from '../../../src/server/core/db/schema.js';
import { datumInNederland } from '../../../src/server/core/schooljaar.js';
import { vragenlijstVanSwv } from '../../../src/server/monitor/imago-vragenlijst.js';
import { pupils, type PupilKey } from '../region.js';
import type { Bron } from '../bronnen.js';

const SWV = '00000000-0000-4000-8000-000000000001';
const SCHOOL_A = '00000000-0000-4000-8000-000000000021';
const SCHOOL_B = '00000000-0000-4000-8000-000000000022';
const dag = (n: number) => datumInNederland(new Date(Date.now() + n * 86_400_000));

/** The region's questionnaire with wave 1 open today. */
async function openMeting(db: Db): Promise<{ vragenlijstId: string; metingId: string }> {
  const vragenlijstId = await db.transaction((tx) => vragenlijstVanSwv(tx, SWV));
  await db.insert(t.meting).values({ vragenlijstId, nummer: 1, naam: 'Meting 1', van: dag(-1), tot: dag(14), leerjaren: [5, 6] }).onConflictDoNothing();
  const [m] = await db.select({ id: t.meting.id }).from(t.meting).where(and(eq(t.meting.vragenlijstId, vragenlijstId), eq(t.meting.nummer, 1)));
  return { vragenlijstId, metingId: m!.id };
}

/** The pupil's invitation to wave 1 at `school`, not yet started (made, or set back to new). */
async function uitnodiging(db: Db, leerling: PupilKey, school: string): Promise<{ id: string; metingId: string }> {
  const { vragenlijstId, metingId } = await openMeting(db);
  await db.insert(t.monitorRespondent).values({ vragenlijstId, leerlingId: pupils[leerling] }).onConflictDoNothing();
  const [r] = await db.select({ id: t.monitorRespondent.id }).from(t.monitorRespondent)
    .where(and(eq(t.monitorRespondent.vragenlijstId, vragenlijstId), eq(t.monitorRespondent.leerlingId, pupils[leerling])));
  const [u] = await db.insert(t.monitorUitnodiging).values({ metingId, respondentId: r!.id, schoolId: school, leerjaar: 5 })
    .onConflictDoUpdate({ target: [t.monitorUitnodiging.metingId, t.monitorUitnodiging.respondentId], set: { gestart: null, afgerond: null } })
    .returning({ id: t.monitorUitnodiging.id });
  await db.execute(sql`delete from monitor_antwoord where meting_id = ${metingId} and respondent_id = ${r!.id}`);
  return { id: u!.id, metingId };
}

const stamschool = (l: PupilKey) => (l === 'anna' || l === 'bram' ? SCHOOL_A : SCHOOL_B);

export const monitorBronnen: Record<string, Bron> = {
  // Only anna has an account of her own: for the other pupils the harness checks that nobody gets in.
  'monitor-uitnodiging': {
    leerlingen: ['anna', 'bram', 'chris'],
    maak: async (db, leerling) => ({ id: (await uitnodiging(db, leerling, stamschool(leerling))).id }),
  },
  // Every pupil invited at school A — chris and daan as if invited there before they moved — so a
  // code list that trusted the invitation's school alone would name them to school A's IB.
  'monitor-codes': {
    leerlingen: ['anna', 'bram', 'chris', 'daan'],
    maak: async (db, leerling) => ({ id: (await uitnodiging(db, leerling, SCHOOL_A)).metingId, schoolId: SCHOOL_A }),
  },
};
