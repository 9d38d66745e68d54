// The screenings part of the worklist, from the screening calendar (kalender.service.ts).
import type { Db } from '../core/db/db.js';
import type { Actor } from '../core/access/actor.js';
import { screeningsDue } from './kalender.service.js';
import type { WerkItem } from './werklijst.service.js';

export const MAX_SCREENINGS = 200;

export async function findScreeningsDue(db: Db, actor: Actor): Promise<{ aantal: number; items: WerkItem[] }> {
  const rijen = await screeningsDue(db, actor);
  return {
    aantal: rijen.length,
    items: rijen.slice(0, MAX_SCREENINGS).map((r) => ({
      leerlingId: r.leerlingId, naam: r.naam, school: null, omschrijving: r.moment, datum: r.deadline, dagen: null, taakId: null, taakSoort: null,
    })),
  };
}
