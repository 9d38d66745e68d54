// Bron fixtures for closing a case and ending someone's involvement: both change who may see the
// pupil, so each call gets a fresh open case (or a fresh person in it) with the relationships
// `verwachteRelaties` expects for chris.
import { and, eq, isNull } from 'drizzle-orm';
import * as t from '../../../src/server/core/db/schema.js';
import { huidigSchooljaar, schooljaarPeriode, vandaag } from '../../../src/server/core/schooljaar.js';
import { actors, pupils } from '../region.js';
import type { Bron } from '../bronnen.js';

const CASUS_CHRIS = '00000000-0000-4000-8000-000000000041';

export const casusEindeBronnen: Record<string, Bron> = {
  // chris's open case with its case manager, care provider, leerplichtambtenaar and procesbegeleider
  'open-casus': {
    leerlingen: ['chris'],
    maak: async (db, leerling) => {
      const { van } = schooljaarPeriode(huidigSchooljaar());
      await db.update(t.casus).set({ gesloten: vandaag() }).where(and(eq(t.casus.leerlingId, pupils[leerling]), isNull(t.casus.gesloten)));
      const [c] = await db.insert(t.casus).values({ leerlingId: pupils[leerling], casemanagerId: actors.casemanager, geopend: van }).returning({ id: t.casus.id });
      await db.insert(t.casusBetrokkene).values([
        { casusId: c!.id, rol: 'zorgverlener', accountId: actors.zorgverlener, naam: 'Zoë Zorg', van },
        { casusId: c!.id, rol: 'leerplichtambtenaar', accountId: actors.leerplicht, naam: 'Lars Leerplicht', van },
        { casusId: c!.id, rol: 'procesbegeleider', accountId: actors.procesbegeleider, naam: 'Paula Proces', van },
      ]);
      return {};
    },
  },
  // a care provider without an account in chris's case (ending it changes nobody's access in the harness)
  'casus-betrokkene': {
    leerlingen: ['chris'],
    maak: async (db) => {
      const { van } = schooljaarPeriode(huidigSchooljaar());
      const [b] = await db.insert(t.casusBetrokkene).values({ casusId: CASUS_CHRIS, rol: 'zorgverlener', naam: 'Tessa Therapie', organisatie: 'Praktijk Buiten Piramide', van }).returning({ id: t.casusBetrokkene.id });
      return { id: b!.id };
    },
  },
};
