// po → vo (source: 003 §17.1.2): a pupil known as zorgleerling in po can get an OPP at vo intake. The
// parents consent that the plan goes with their child; the new school's IB then starts its own plan
// from it. Without that consent the new school sees that a plan exists, not what is in it.
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Db, type DbOrTx } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { assertLeerlingAccess } from '../core/access/leerling-access.js';
import type { Relatie } from '../core/access/leerling.policy.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { AppError } from '../core/errors/app-error.js';
import { vandaag } from '../core/schooljaar.js';
import { findLeerling, findOpenOpp, findVersies, insertOpp, insertVersie } from './opp.repo.js';
import { opp, oppOverdracht } from './opp.table.js';

type Plan = typeof opp.$inferSelect;

export type VorigPlan = { school: string; toestemming: boolean };

/**
 * A plan written at another school than the pupil's stamschool today, and whether the parents let it
 * go along. Null for a plan of the current school.
 */
export async function vorigPlan(db: DbOrTx, plan: Plan, huidigeSchool: string | null): Promise<VorigPlan | null> {
  if (!plan.schoolId || !huidigeSchool || plan.schoolId === huidigeSchool) return null;
  const [r] = await queryRows<{ naam: string; toestemming: boolean }>(db, sql`
    select s.naam, exists (select 1 from opp_overdracht o where o.opp_id = ${plan.id}) as toestemming
      from school s where s.id = ${plan.schoolId}`);
  return { school: r!.naam, toestemming: r!.toestemming };
}

/** Parents and the pupil always read their plan; others read a previous school's plan only with the parents' consent. */
export const magInhoudZien = (relaties: Relatie[], vorig: VorigPlan | null) =>
  !vorig || vorig.toestemming || relaties.includes('eigen_kind') || relaties.includes('zelf');

export async function recordOverdrachtToestemming(db: Db, actor: Actor, leerlingId: string, meta: RequestMeta) {
  return db.transaction(async (tx) => {
    await assertLeerlingAccess(tx, actor, 'opp.instemmen', leerlingId);
    const plan = await findOpenOpp(tx, leerlingId);
    if (!plan) throw new AppError('NIET_GEVONDEN', 'Er is geen open plan om mee te geven.');
    const [r] = await tx.insert(oppOverdracht).values({ oppId: plan.id, ouderId: actor.accountId }).returning({ id: oppOverdracht.id });
    await writeAudit(tx, actor, meta, { actie: 'opp.overdracht_toestemming', bron: 'opp', leerlingId, details: { oppId: plan.id } });
    return { id: r!.id };
  });
}

/** The new school's IB starts its plan from the previous school's, which closes; consent is asked anew. */
export async function takeOverOpp(db: Db, actor: Actor, leerlingId: string, meta: RequestMeta) {
  return db.transaction(async (tx) => {
    await assertLeerlingAccess(tx, actor, 'opp.opstellen', leerlingId);
    const l = await findLeerling(tx, leerlingId);
    const oud = await findOpenOpp(tx, leerlingId);
    const vorig = oud && l ? await vorigPlan(tx, oud, l.school_id) : null;
    if (!oud || !vorig) throw new AppError('CONFLICT', 'Er is geen OPP van een vorige school om over te nemen.');
    if (!vorig.toestemming) {
      throw new AppError('CONFLICT', 'De ouders hebben nog geen toestemming gegeven om het plan van de vorige school mee te geven. Vraag hun dat eerst (003 §17.1.2; AVG).');
    }
    const laatste = (await findVersies(tx, oud.id)).at(-1)!;
    await tx.update(opp).set({ afgesloten: vandaag() }).where(eq(opp.id, oud.id));
    const nieuw = await insertOpp(tx, { leerlingId, schoolId: l!.school_id, vanOppId: oud.id });
    const { id } = await insertVersie(tx, {
      oppId: nieuw.id, versie: 1, inhoud: laatste.inhoud, door: actor.accountId,
      toelichting: `Bij de intake overgenomen uit het OPP van ${vorig.school} (versie ${laatste.versie}).`,
    });
    await writeAudit(tx, actor, meta, { actie: 'opp.overgenomen', bron: 'opp', leerlingId, details: { vanOppId: oud.id, oppId: nieuw.id, versieId: id } });
    return { id: nieuw.id };
  });
}
