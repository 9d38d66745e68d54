// Fixtures for the bron harness: for each kind of pupil record that a route is keyed by (an
// application, a meeting, an evaluation…), how to make a fresh one for a pupil of the test region.
// Who may then act on it is written out by hand (`relaties`), like `verwachteRelaties` in region.ts.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../src/server/core/db/db.js';
import * as t from '../../src/server/core/db/schema.js';
import type { Relatie } from '../../src/server/core/access/leerling.policy.js';
import { actors, pupils, voorzieningen, type ActorKey, type PupilKey } from './region.js';
import { aanvullingBronnen } from './bronnen/aanvulling.js';

const SWV = '00000000-0000-4000-8000-000000000001';
const SCHOOL_A = '00000000-0000-4000-8000-000000000021';

export type Bron = {
  /** The pupils the fixture makes records for; for others a record would change who may see whom. */
  leerlingen: PupilKey[];
  /** Relationships a record of this pupil gives besides `verwachteRelaties` (e.g. a waiting-list place). */
  relaties?: (leerling: PupilKey) => Partial<Record<ActorKey, Relatie[]>>;
  /**
   * A new record for the pupil, in the state the route acts on. Returns the path parameters; `:id`
   * is the pupil's id unless the record's id is returned as `id`.
   */
  maak: (db: Db, leerling: PupilKey) => Promise<Record<string, string>>;
};

/** One entry per `bron` named in a `leerlingRoute({ soort: 'bron', bron })`; capabilities add theirs. */
export const bronnen: Record<string, Bron> = {
  ...aanvullingBronnen,
  // An application for anna at the full-time class, waiting for her parent (no commissie sees it yet).
  'aanvraag-bij-ouders': {
    leerlingen: ['anna'],
    maak: async (db, leerling) => {
      // one open application per pupil and provision: the previous call's is withdrawn first
      await db.update(t.aanvraag).set({ status: 'ingetrokken' })
        .where(and(eq(t.aanvraag.leerlingId, pupils[leerling]), inArray(t.aanvraag.status, ['wacht_op_ouders', 'bij_commissie'])));
      const [a] = await db.insert(t.aanvraag).values({
        leerlingId: pupils[leerling], voorzieningId: voorzieningen.voltijd, swvId: SWV, schoolId: SCHOOL_A, aangevraagdDoor: actors.ib,
        hulpvraag: 'Anna zoekt ontwikkelingsgelijken.', stemLeerling: 'Ik wil graag moeilijker werk.',
      }).returning({ id: t.aanvraag.id });
      return { id: a!.id };
    },
  },
};
