// Bron fixtures for signalling (src/server/signalering): a talk to hold, a screening with its report,
// and a talk pending for every pupil for the worklist.
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../src/server/core/db/db.js';
import * as t from '../../../src/server/core/db/schema.js';
import { huidigSchooljaar, vandaag } from '../../../src/server/core/schooljaar.js';
import { actors, pupils, type PupilKey } from '../region.js';
import type { Bron } from '../bronnen.js';

const allePupils: PupilKey[] = ['anna', 'bram', 'chris', 'daan'];

/** A new open talk about a concern; one is open per pupil and kind, so the previous one is held first. */
async function openGesprek(db: Db, leerling: PupilKey) {
  await db.update(t.taak).set({ gehouden: vandaag(), verslag: 'Eerder gesprek.', afgerondDoor: actors.ib })
    .where(and(eq(t.taak.leerlingId, pupils[leerling]), eq(t.taak.soort, 'gesprek_zorgsignaal'), isNull(t.taak.gehouden)));
  const [taak] = await db.insert(t.taak).values({ leerlingId: pupils[leerling], soort: 'gesprek_zorgsignaal', reden: 'Zorg over welbevinden.' })
    .returning({ id: t.taak.id });
  return { id: taak!.id };
}

export const signaleringBronnen: Record<string, Bron> = {
  'taak-gesprek': { leerlingen: allePupils, maak: openGesprek },
  // For the worklist: a talk pending for every pupil, so a worklist without its filter would name them all.
  'werklijst-gesprekken': { leerlingen: allePupils, maak: async (db, leerling) => { await openGesprek(db, leerling); return {}; } },
  'screening-rapport': {
    leerlingen: allePupils,
    maak: async (db, leerling) => {
      const [s] = await db.insert(t.screening).values({
        leerlingId: pupils[leerling], schooljaar: huidigSchooljaar(), instrument: 'DHH', datum: vandaag(), uitkomst: 'signaal',
        rapportNaam: 'rapport.pdf', rapportType: 'application/pdf', rapport: Buffer.from('%PDF-1.4 rapport'), door: actors.ib,
      }).returning({ id: t.screening.id });
      return { screeningId: s!.id };
    },
  },
};
