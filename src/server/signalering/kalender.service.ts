// The screening calendar for IB and teachers: per moment who is due and who is done this school
// year, in the classes the actor may see (source: 003 §17.2.1 — class-wide screening at fixed moments).
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { visibleLeerlingen } from '../core/access/leerling-access.js';
import { writeAudits } from '../core/audit/audit.service.js';
import { huidigSchooljaar, schooljaarLabel } from '../core/schooljaar.js';
import { ensureStandaardMomenten, findKalender, type KalenderRij } from './signalering.repo.js';

/** The date a moment's deadline falls on in the school year starting in `jaar` (1 Aug – 31 Jul). */
export function deadlineIn(jaar: number, maand: number, dag: number): string {
  const j = maand >= 8 ? jaar : jaar + 1;
  return `${j}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}

const deadlineVan = (r: Pick<KalenderRij, 'deadline_maand' | 'deadline_dag'>) =>
  deadlineIn(huidigSchooljaar(), r.deadline_maand, r.deadline_dag);

/**
 * Screenings still due this school year for the pupils the actor may record signals for, soonest
 * deadline first. For the worklist: the caller shows the names and writes the audit row for them.
 */
export async function screeningsDue(db: DbOrTx, actor: Actor): Promise<{ leerlingId: string; naam: string; moment: string; deadline: string }[]> {
  await materialiseMomenten(db);
  const rijen = await findKalender(db, visibleLeerlingen(actor, sql`l.id`, 'signalering.vastleggen'), { alleenTeDoen: true });
  return rijen.map((r) => ({ leerlingId: r.leerling_id, naam: r.naam, moment: `${r.moment_naam} (${r.instrument})`, deadline: deadlineVan(r) }));
}

async function materialiseMomenten(db: DbOrTx) {
  // The lock in ensureStandaardMomenten needs a transaction; inside one already, use it.
  if ('transaction' in db && typeof (db as Db).transaction === 'function' && !('rollback' in db)) {
    await (db as Db).transaction((tx) => ensureStandaardMomenten(tx));
  } else await ensureStandaardMomenten(db);
}

export async function viewKalender(db: Db, actor: Actor, input: { schoolId?: string }, meta: RequestMeta) {
  await materialiseMomenten(db);
  const rijen = await findKalender(db, visibleLeerlingen(actor, sql`l.id`, 'signalering.vastleggen'), { schoolId: input.schoolId });
  const momenten = new Map<string, { id: string; naam: string; instrument: string; leerjaar: number; deadline: string; teDoen: number; gedaan: number; klassen: Map<string, { school: string; groep: string; teDoen: number; gedaan: number }> }>();
  for (const r of rijen) {
    let m = momenten.get(r.moment_id);
    if (!m) {
      m = { id: r.moment_id, naam: r.moment_naam, instrument: r.instrument, leerjaar: r.leerjaar, deadline: deadlineVan(r), teDoen: 0, gedaan: 0, klassen: new Map() };
      momenten.set(r.moment_id, m);
    }
    const sleutel = `${r.school_id}/${r.groep_naam}`;
    const k = m.klassen.get(sleutel) ?? { school: r.school_naam, groep: r.groep_naam, teDoen: 0, gedaan: 0 };
    m.klassen.set(sleutel, k);
    if (r.gedaan) { m.gedaan++; k.gedaan++; } else { m.teDoen++; k.teDoen++; }
  }
  const teDoen = rijen.filter((r) => !r.gedaan).map((r) => ({
    leerlingId: r.leerling_id, naam: r.naam, school: r.school_naam, groep: r.groep_naam, moment: r.moment_naam,
    momentId: r.moment_id, instrument: r.instrument, deadline: deadlineVan(r),
  }));
  // One row per pupil named, so that each pupil's own access log lists the view.
  await writeAudits(db, actor, meta, [...new Set(teDoen.map((r) => r.leerlingId))].map((leerlingId) => ({
    actie: 'signalering.kalender_bekijken' as const, bron: 'signaleringsmoment', leerlingId, details: { schoolId: input.schoolId ?? null },
  })));
  return {
    schooljaar: schooljaarLabel(huidigSchooljaar()),
    momenten: [...momenten.values()].map(({ klassen, ...m }) => ({ ...m, klassen: [...klassen.values()] })),
    teDoen,
  };
}
