// Configuring signalling for an SWV, by its functioneel beheerder: the screening calendar and the
// SWV's own versions of Piramide's forms. Not pupil data: role-only, audited all the same.
import type { Db } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { nietGevonden } from '../core/errors/app-error.js';
import { huidigSchooljaar } from '../core/schooljaar.js';
import {
  ensureStandaardMomenten, findBeheerSwv, findFormulier, findMomenten, insertFormulierVersie, insertMoment,
} from './signalering.repo.js';
import type { FormulierItem, FormulierSoort } from './standaard-formulieren.js';
import { deadlineIn } from './kalender.service.js';

async function beheerSwv(db: Db, actor: Actor): Promise<string> {
  const swvId = await findBeheerSwv(db, actor.accountId);
  if (!swvId) throw nietGevonden();
  return swvId;
}

const presentMoment = (m: Awaited<ReturnType<typeof findMomenten>>[number]) => ({
  id: m.id, naam: m.naam, leerjaar: m.leerjaar, instrument: m.instrument, deadlineMaand: m.deadlineMaand,
  deadlineDag: m.deadlineDag, deadline: deadlineIn(huidigSchooljaar(), m.deadlineMaand, m.deadlineDag),
});

export async function listMomenten(db: Db, actor: Actor, meta: RequestMeta) {
  return db.transaction(async (tx) => {
    const swvId = await beheerSwv(tx as unknown as Db, actor);
    await ensureStandaardMomenten(tx);
    const momenten = await findMomenten(tx, swvId);
    await writeAudit(tx, actor, meta, { actie: 'signalering.momenten_bekijken', bron: 'signaleringsmoment', details: { swvId } });
    return momenten.map(presentMoment);
  });
}

export async function addMoment(
  db: Db, actor: Actor,
  input: { naam: string; leerjaar: number; instrument: string; deadlineMaand: number; deadlineDag: number },
  meta: RequestMeta,
) {
  return db.transaction(async (tx) => {
    const swvId = await beheerSwv(tx as unknown as Db, actor);
    // The defaults first, so that adding one moment does not replace the SWV's whole calendar.
    await ensureStandaardMomenten(tx);
    const m = await insertMoment(tx, { swvId, ...input });
    await writeAudit(tx, actor, meta, { actie: 'signalering.moment_toegevoegd', bron: 'signaleringsmoment', details: { swvId, momentId: m.id, ...input } });
    return presentMoment(m);
  });
}

export async function listFormulieren(db: Db, actor: Actor) {
  const swvId = await beheerSwv(db, actor);
  const soorten: FormulierSoort[] = ['nominatie', 'observatie', 'ouder_vragenlijst', 'leerlinggesprek'];
  return Promise.all(soorten.map((s) => findFormulier(db, swvId, s)));
}

/** A new version of one of our forms for the SWV; earlier answers keep pointing at their version. */
export async function addFormulierVersie(
  db: Db, actor: Actor, input: { soort: FormulierSoort; titel: string; items: FormulierItem[] }, meta: RequestMeta,
) {
  return db.transaction(async (tx) => {
    const swvId = await beheerSwv(tx as unknown as Db, actor);
    const rij = await insertFormulierVersie(tx, swvId, input.soort, input.titel, input.items);
    await writeAudit(tx, actor, meta, {
      actie: 'signalering.formulier_toegevoegd', bron: 'formulier', details: { swvId, soort: input.soort, versie: rij.versie },
    });
    return { id: rij.id };
  });
}
