// Use case: blind spots — whom does signalling miss? (source: 003 §18.7, DOMAIN "Under-identified":
// underachievers, girls, low-SES pupils, another home language, twice-exceptional pupils.)
// Aggregates only, no names; groups under 10 pupils are not shown (small-cell suppression), and
// when one group of a dimension is hidden, the next smallest is hidden too, so that it cannot be
// worked out from the total. The report run is audited without a pupil.
import type { Db } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { nietGevonden } from '../core/errors/app-error.js';
import { huidigSchooljaar, schooljaarLabel } from '../core/schooljaar.js';
import { findBlindeVlekken, LVS_BANDEN, REPORT_WORK_MEM, REPORT_ZONDER_JIT, type Bereik, type BlindeVlekRij, type Dimensie } from './blinde-vlekken.repo.js';
import { assertSchoolRol, findMijnRegios, findMijnScholen } from './school-bereik.js';
import { MINIMUM_GROEP, suppress, telling } from '../core/kleine-groepen.js';

export const DIMENSIE_WAARDEN: Record<Dimensie, readonly string[]> = {
  geslacht: ['v', 'm', 'x'],
  thuistaal: ['nl', 'anders', 'onbekend'],
  opleiding_ouders: ['laag', 'midden', 'hoog', 'onbekend'],
  lvs_band: LVS_BANDEN,
};

export async function viewBlindeVlekken(
  db: Db, actor: Actor, input: { schoolId?: string; swvId?: string }, meta: RequestMeta,
) {
  let bereik: Bereik;
  let naam: string;
  if (input.schoolId) {
    const s = await assertSchoolRol(db, actor, input.schoolId, ['ib', 'specialist']);
    bereik = { soort: 'school', schoolId: s.id };
    naam = s.naam;
  } else {
    const [regio] = await findMijnRegios(db, actor, input.swvId);
    if (regio) {
      bereik = { soort: 'regio', swvId: regio.id };
      naam = regio.naam;
    } else {
      const [s] = input.swvId ? [] : await findMijnScholen(db, actor, ['ib', 'specialist']);
      if (!s) throw nietGevonden();
      bereik = { soort: 'school', schoolId: s.id };
      naam = s.naam;
    }
  }
  const jaar = huidigSchooljaar();
  const rijen = await db.transaction(async (tx) => {
    await tx.execute(REPORT_WORK_MEM);
    await tx.execute(REPORT_ZONDER_JIT);
    return findBlindeVlekken(tx, bereik, jaar);
  });
  await writeAudit(db, actor, meta, {
    actie: 'signalering.blinde_vlekken', bron: 'signalering',
    details: bereik.soort === 'school' ? { schoolId: bereik.schoolId } : { swvId: bereik.swvId },
  });
  return present(rijen, { soort: bereik.soort, id: bereik.soort === 'school' ? bereik.schoolId : bereik.swvId, naam }, jaar);
}

function present(rijen: BlindeVlekRij[], bereik: { soort: 'school' | 'regio'; id: string; naam: string }, jaar: number) {
  const totaal = rijen.find((r) => r.dimensie === null) ?? { leerlingen: 0, gesignaleerd: 0, onderpresteerders: 0, dubbel_bijzonder: 0 };
  const teKlein = totaal.leerlingen < MINIMUM_GROEP;
  const dimensies = (Object.keys(DIMENSIE_WAARDEN) as Dimensie[]).map((dimensie) => {
    const groepen = DIMENSIE_WAARDEN[dimensie].map((waarde) => {
      const r = rijen.find((x) => x.dimensie === dimensie && x.waarde === waarde);
      return { waarde, leerlingen: r?.leerlingen ?? 0, gesignaleerd: r?.gesignaleerd ?? 0 };
    });
    return { dimensie, groepen: teKlein ? groepen.map((g) => ({ waarde: g.waarde, leerlingen: null, gesignaleerd: null, onderdrukt: true })) : suppress(groepen) };
  });
  return {
    bereik,
    schooljaar: schooljaarLabel(jaar),
    minimumGroep: MINIMUM_GROEP,
    leerlingen: telling(totaal.leerlingen),
    gesignaleerd: teKlein ? { aantal: null, onderdrukt: true } : telling(totaal.gesignaleerd),
    onderpresteerders: teKlein ? { aantal: null, onderdrukt: true } : telling(totaal.onderpresteerders),
    dubbelBijzonder: teKlein ? { aantal: null, onderdrukt: true } : telling(totaal.dubbel_bijzonder),
    dimensies,
  };
}

/** The schools and regions the actor can choose for the report and the import. */
export async function listMijnBereik(db: Db, actor: Actor) {
  const [scholen, regios] = await Promise.all([findMijnScholen(db, actor, ['ib', 'specialist']), findMijnRegios(db, actor)]);
  return { scholen: scholen.map((s) => ({ id: s.id, naam: s.naam })), regios: regios.map((r) => ({ id: r.id, naam: r.naam })) };
}
