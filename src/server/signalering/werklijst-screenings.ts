// The screenings part of the worklist. The screening calendar belongs to the signalling routes of
// another part of the code; until it exports `screeningsDue(db, actor)` the worklist shows none.
import type { Db } from '../core/db/db.js';
import type { Actor } from '../core/access/actor.js';
import type { WerkItem } from './werklijst.service.js';

export async function findScreeningsDue(_db: Db, _actor: Actor): Promise<{ aantal: number; items: WerkItem[] }> {
  return { aantal: 0, items: [] };
}
