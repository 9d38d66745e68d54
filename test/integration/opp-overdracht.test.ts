// po → vo (003 §17.1.2): Daan's plan was written at his previous school. His new school sees that a
// plan exists; once his parent lets it go along, the new school's IB starts its own plan from it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../src/server/core/db/schema.js';
import { actors, pupils } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const daan = `/api/leerlingen/${pupils.daan}`;
const schoolA = '00000000-0000-4000-8000-000000000021';

beforeAll(async () => {
  t = await createTestApp();
  // Daan's plan from his previous school (A) and his mother's account; the SWV's specialist works at his new school (B).
  const [plan] = await t.db.insert(s.opp).values({ leerlingId: pupils.daan, schoolId: schoolA }).returning();
  await t.db.insert(s.oppVersie).values({
    oppId: plan!.id, versie: 2, door: actors.ib, toelichting: 'Laatste versie in groep 8.',
    inhoud: {
      perspectief: 'Vwo.', sterkePunten: '', bevorderend: '', belemmerend: '', ondersteuningsbehoeften: '',
      doelen: [{ sleutel: 'd3', omschrijving: 'Vraagt hulp als het vastloopt.', soort: 'houdingsdoel' }],
      handelingsdeel: [{ wat: 'Coaching', wie: 'IB', wanneer: 'Om de week', waar: 'Kamer IB', keuzeuur: false }],
      partners: [], leerlingWoorden: '', leerlingDoelen: '', ouderVisie: '', thuis: '',
    },
  });
  await t.db.insert(s.ouderKind).values({ accountId: actors.ouder, leerlingId: pupils.daan });
});
afterAll(async () => { await t.close(); });

describe('a plan from the previous school', () => {
  it('shows the new school that it exists, but not what is in it, until the parent consents', async () => {
    const o = (await t.as('specialistSwv', { method: 'GET', url: `${daan}/opp` })).json();
    expect(o).toMatchObject({ vorigPlan: { school: 'De Aakster', toestemming: false }, opp: null });
    expect((await t.as('specialistSwv', { method: 'GET', url: `${daan}/opp/pdf` })).statusCode).toBe(404);
    expect((await t.as('specialistSwv', { method: 'GET', url: `${daan}/opp/versie?nr=2` })).statusCode).toBe(404);
    const ouder = (await t.as('ouder', { method: 'GET', url: `${daan}/opp` })).json();
    expect(ouder.opp.inhoud.perspectief).toBe('Vwo.');
  });

  it('cannot be taken over without the parents\' consent', async () => {
    const res = await t.as('specialistSwv', { method: 'POST', url: `${daan}/opp/overnemen`, payload: {} });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/toestemming/);
  });

  it('is read and taken over by the new school once the parent lets it go along', async () => {
    expect((await t.as('ouder', { method: 'POST', url: `${daan}/opp/overdracht-toestemming`, payload: {} })).statusCode).toBe(201);
    expect((await t.as('specialistSwv', { method: 'GET', url: `${daan}/opp` })).json().opp.inhoud.perspectief).toBe('Vwo.');
    // the IB of the previous school has no relationship with Daan any more
    expect((await t.as('ib', { method: 'POST', url: `${daan}/opp/overnemen`, payload: {} })).statusCode).toBe(404);
    expect((await t.as('specialistSwv', { method: 'POST', url: `${daan}/opp/overnemen`, payload: {} })).statusCode).toBe(201);
    const o = (await t.as('specialistSwv', { method: 'GET', url: `${daan}/opp` })).json();
    expect(o.vorigPlan).toBeNull();
    expect(o.opp).toMatchObject({ versie: 1, instemming: { stand: 'ontbreekt' } });
    expect(o.opp.versies[0].toelichting).toBe('Bij de intake overgenomen uit het OPP van De Aakster (versie 2).');
    expect(o.opp.inhoud.doelen[0].sleutel).toBe('d3');
    expect((await t.as('specialistSwv', { method: 'POST', url: `${daan}/opp/overnemen`, payload: {} })).statusCode).toBe(409);
  });
});
