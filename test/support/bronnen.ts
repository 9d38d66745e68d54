// Fixtures for the bron harness: for each kind of pupil record that a route is keyed by (an
// application, a meeting, an evaluation…), how to make a fresh one for a pupil of the test region.
// Who may then act on it is written out by hand (`relaties`), like `verwachteRelaties` in region.ts.
import type { Db } from '../../src/server/core/db/db.js';
import type { Relatie } from '../../src/server/core/access/leerling.policy.js';
import type { ActorKey, PupilKey } from './region.js';
import { toelatingBronnen } from './bronnen/toelating.js';
import { casusBronnen } from './bronnen/casus.js';
import { oppBronnen } from './bronnen/opp.js';
import { signaleringBronnen } from './bronnen/signalering.js';
import { monitorBronnen } from './bronnen/monitor.js';
import { casusEindeBronnen } from './bronnen/casus-einde.js';

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
  /**
   * The body, instead of the route's `voorbeeld`, where it names a record only the test region
   * knows (e.g. the provision an application is for).
   */
  voorbeeld?: (leerling: PupilKey) => unknown;
};

/** One entry per `bron` named in a `leerlingRoute({ soort: 'bron', bron })`; capabilities add theirs. */
export const bronnen: Record<string, Bron> = {
  ...casusBronnen,
  ...oppBronnen,
  ...signaleringBronnen,
  ...monitorBronnen,
  ...casusEindeBronnen,
  // Admission: applications, waiting list, placements, stamschool agreements
  ...toelatingBronnen,
};
