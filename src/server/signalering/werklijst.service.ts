// Use case: the worklist — "work comes to you" (UX.md). A teacher sees the talks to hold and the
// screenings due in her classes; an IB the school's: screenings due, open concerns, talks not yet
// held (with their age) and decisions to take. Lists are filtered by the actor's relationships
// through the foundation's policy SQL; the pupils shown are audited.
import { sql } from 'drizzle-orm';
import type { Db } from '../core/db/db.js';
import type { Actor, RequestMeta, Rol } from '../core/access/actor.js';
import { visibleLeerlingen } from '../core/access/leerling-access.js';
import { assertLeerlingAccess } from '../core/access/leerling-access.js';
import { writeAudit, writeAudits } from '../core/audit/audit.service.js';
import { nietGevonden } from '../core/errors/app-error.js';
import { findBesluitenTeNemen, findOpenGesprekken, findOpenZorgsignalen, findTaak } from './werklijst.repo.js';
import { findScreeningsDue } from './werklijst-screenings.js';
import type { TaakSoort } from './gesprek.js';
import { oppWerklijst } from '../opp/opp-werk.js';
import { toelatingWerklijst } from '../toelating/toelating-werk.js';

export type WerkSoort = 'gesprekken' | 'screenings' | 'zorgsignalen' | 'besluiten' | 'opp' | 'aanvragen' | 'wachtlijst' | 'wenperiode';
export type WerkItem = {
  leerlingId: string; naam: string; school: string | null; omschrijving: string;
  datum: string | null; dagen: number | null; taakId: string | null; taakSoort: TaakSoort | null;
};
export type WerkOnderdeel = { soort: WerkSoort; aantal: number; items: WerkItem[] };

/** The actor seen through one role only: the policy SQL then gives exactly that relationship. */
const alleenAls = (actor: Actor, rol: Rol): Actor => ({ ...actor, rollen: actor.rollen.filter((r) => r === rol) });

function samenvoegen(lijsten: { aantal: number; items: WerkItem[] }[]): { aantal: number; items: WerkItem[] } {
  const gezien = new Set<string>();
  const items: WerkItem[] = [];
  for (const l of lijsten) for (const i of l.items) {
    const k = `${i.taakId ?? ''}|${i.leerlingId}|${i.omschrijving}`;
    if (!gezien.has(k)) { gezien.add(k); items.push(i); }
  }
  return { aantal: Math.max(items.length, ...lijsten.map((l) => l.aantal), 0), items };
}

export async function viewWerklijst(db: Db, actor: Actor, meta: RequestMeta): Promise<WerkOnderdeel[]> {
  const isLeraar = actor.rollen.includes('leraar');
  const isIb = actor.rollen.includes('ib');
  const toelating = actor.rollen.includes('commissielid') || actor.rollen.includes('coordinator');
  if (!isLeraar && !isIb && !toelating) return [];
  const leraar = alleenAls(actor, 'leraar');
  const ib = alleenAls(actor, 'ib');
  const filter = (a: Actor, kolom: string) => visibleLeerlingen(a, sql.raw(kolom), 'signalering.vastleggen');

  const gesprekken: { aantal: number; items: WerkItem[] }[] = [];
  const screenings: { aantal: number; items: WerkItem[] }[] = [];
  const zorg: { aantal: number; items: WerkItem[] }[] = [];
  const besluiten: { aantal: number; items: WerkItem[] }[] = [];

  const alsGesprek = (rs: Awaited<ReturnType<typeof findOpenGesprekken>>) => ({
    aantal: rs[0]?.totaal ?? 0,
    items: rs.map((r) => ({
      leerlingId: r.leerling_id, naam: r.naam, school: r.school, omschrijving: r.reden,
      datum: r.aangemaakt, dagen: Number(r.dagen), taakId: r.id, taakSoort: r.soort as TaakSoort,
    })),
  });
  const leeg = { taakId: null, taakSoort: null };

  if (isLeraar) {
    gesprekken.push(alsGesprek(await findOpenGesprekken(db, filter(leraar, 't.leerling_id'), actor.accountId)));
    screenings.push(await findScreeningsDue(db, leraar));
  }
  if (isIb) {
    gesprekken.push(alsGesprek(await findOpenGesprekken(db, filter(ib, 't.leerling_id'))));
    screenings.push(await findScreeningsDue(db, ib));
    const z = await findOpenZorgsignalen(db, filter(ib, 's.leerling_id'));
    zorg.push({
      aantal: z[0]?.totaal ?? 0,
      items: z.map((r) => ({ leerlingId: r.leerling_id, naam: r.naam, school: r.school, omschrijving: r.soort, datum: r.datum, dagen: Number(r.dagen), ...leeg })),
    });
    const b = await findBesluitenTeNemen(db, filter(ib, 'x.leerling_id'));
    besluiten.push({
      aantal: b[0]?.totaal ?? 0,
      items: b.map((r) => ({ leerlingId: r.leerling_id, naam: r.naam, school: r.school, omschrijving: String(r.bronnen), datum: r.sinds, dagen: null, ...leeg })),
    });
  }

  const onderdelen: WerkOnderdeel[] = [
    ...(isLeraar || isIb ? [{ soort: 'gesprekken' as const, ...samenvoegen(gesprekken) }, { soort: 'screenings' as const, ...samenvoegen(screenings) }] : []),
    ...(isIb ? [{ soort: 'zorgsignalen' as const, ...samenvoegen(zorg) }, { soort: 'besluiten' as const, ...samenvoegen(besluiten) }] : []),
  ];
  if (isIb) onderdelen.push({ soort: 'opp', ...(await oppWerklijst(db, ib)) });
  if (toelating) onderdelen.push(...await toelatingWerklijst(db, actor));
  const leerlingen = [...new Set(onderdelen.flatMap((o) => o.items.map((i) => i.leerlingId)))];
  // One row per pupil shown, so that each pupil's own access log lists the view.
  await writeAudits(db, actor, meta, leerlingen.map((leerlingId) => ({ actie: 'werklijst.bekijken' as const, bron: 'werklijst', leerlingId })));
  return onderdelen;
}

/** One talk, for the page where it is marked as held. */
export async function viewTaak(db: Db, actor: Actor, taakId: string, meta: RequestMeta) {
  const taak = await findTaak(db, taakId);
  if (!taak) throw nietGevonden();
  await assertLeerlingAccess(db, actor, 'signalering.bekijken', taak.leerling_id);
  await writeAudit(db, actor, meta, { actie: 'werklijst.bekijken', bron: 'taak', leerlingId: taak.leerling_id, details: { taakId } });
  return taak;
}
