// Evaluating the OPP (source: 003 §17.4; WPO art. 40a): plan moments (at least once a school year
// with the parents), record a broad consultation with notes, each goal reached/partly/not, and the
// outcome verlengd, aangepast or afgesloten. "Afgesloten" closes the plan.
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { assertLeerlingAccess } from '../core/access/leerling-access.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { AppError, type VeldFout } from '../core/errors/app-error.js';
import { findOpenOpp, findVersies } from './opp.repo.js';
import { opp, oppEvaluatie } from './opp.table.js';

const geenPlan = () => new AppError('NIET_GEVONDEN', 'Deze leerling heeft geen open OPP.');

export async function planEvaluatie(db: Db, actor: Actor, leerlingId: string, input: { gepland: string; metOuders: boolean }, meta: RequestMeta) {
  return db.transaction(async (tx) => {
    await assertLeerlingAccess(tx, actor, 'opp.opstellen', leerlingId);
    const plan = await findOpenOpp(tx, leerlingId);
    if (!plan) throw geenPlan();
    const [r] = await tx.insert(oppEvaluatie).values({ oppId: plan.id, gepland: input.gepland, metOuders: input.metOuders, door: actor.accountId })
      .returning({ id: oppEvaluatie.id });
    await writeAudit(tx, actor, meta, { actie: 'opp.evaluatie_gepland', bron: 'opp_evaluatie', leerlingId, details: { oppId: plan.id, evaluatieId: r!.id, gepland: input.gepland } });
    return { id: r!.id };
  });
}

export type EvaluatieInput = {
  evaluatieId?: string; gehouden: string; deelnemers: string[]; notities: string;
  doelen: { sleutel: string; resultaat: 'behaald' | 'deels' | 'niet'; toelichting?: string }[];
  uitkomst: 'verlengd' | 'aangepast' | 'afgesloten';
};

export async function recordEvaluatie(db: Db, actor: Actor, leerlingId: string, input: EvaluatieInput, meta: RequestMeta) {
  return db.transaction(async (tx) => {
    await assertLeerlingAccess(tx, actor, 'opp.opstellen', leerlingId);
    const plan = await findOpenOpp(tx, leerlingId);
    const huidig = plan ? (await findVersies(tx, plan.id)).at(-1) : undefined;
    if (!plan || !huidig) throw geenPlan();
    // Every goal of the version in force is weighed, and only those.
    const sleutels = huidig.inhoud.doelen.map((d) => d.sleutel!);
    const fouten: VeldFout[] = [];
    for (const d of huidig.inhoud.doelen) {
      if (!input.doelen.some((x) => x.sleutel === d.sleutel)) fouten.push({ veld: `doelen.${d.sleutel}`, melding: `Kies bij "${d.omschrijving}": behaald, deels of niet.` });
    }
    for (const x of input.doelen) if (!sleutels.includes(x.sleutel)) fouten.push({ veld: 'doelen', melding: `Het doel ${x.sleutel} staat niet in versie ${huidig.versie} van het plan.` });
    if (fouten.length) throw new AppError('ONGELDIGE_INVOER', undefined, fouten);

    const verslag = {
      gehouden: input.gehouden, versie: huidig.versie, deelnemers: input.deelnemers, notities: input.notities,
      doelen: input.doelen.map((d) => ({ sleutel: d.sleutel, resultaat: d.resultaat, toelichting: d.toelichting || null })),
      uitkomst: input.uitkomst, vastgelegdDoor: actor.accountId,
    };
    let id: string;
    if (input.evaluatieId) {
      const [r] = await tx.update(oppEvaluatie).set(verslag)
        .where(and(eq(oppEvaluatie.id, input.evaluatieId), eq(oppEvaluatie.oppId, plan.id), isNull(oppEvaluatie.gehouden)))
        .returning({ id: oppEvaluatie.id });
      if (!r) throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'evaluatieId', melding: 'Deze geplande evaluatie bestaat niet of is al vastgelegd.' }]);
      id = r.id;
    } else {
      const [r] = await tx.insert(oppEvaluatie).values({
        oppId: plan.id, gepland: input.gehouden, metOuders: input.deelnemers.includes('ouders'), door: actor.accountId, ...verslag,
      }).returning({ id: oppEvaluatie.id });
      id = r!.id;
    }
    if (input.uitkomst === 'afgesloten') await tx.update(opp).set({ afgesloten: input.gehouden }).where(eq(opp.id, plan.id));
    await writeAudit(tx, actor, meta, {
      actie: 'opp.evaluatie_vastgelegd', bron: 'opp_evaluatie', leerlingId,
      details: { oppId: plan.id, evaluatieId: id, uitkomst: input.uitkomst, versie: huidig.versie },
    });
    return { id };
  });
}
