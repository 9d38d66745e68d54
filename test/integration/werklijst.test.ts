// Talks: a parent's request reaches the teacher, the teacher records it as held; concerns and
// signals without a decision reach the IB's worklist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../src/server/core/audit/audit.table.js';
import { signaal } from '../../src/server/core/db/schema.js';
import { huidigSchooljaar, vandaag } from '../../src/server/core/schooljaar.js';
import { actors, pupils } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

type Onderdeel = { soort: string; aantal: number; items: { leerlingId: string; taakId: string | null; taakSoort: string | null; omschrijving: string }[] };
const werklijst = async (who: 'leraar' | 'ib' | 'exLeraar' | 'ouder') => {
  const res = await t.as(who, { method: 'GET', url: '/api/werklijst' });
  expect(res.statusCode, res.body).toBe(200);
  return Object.fromEntries((res.json().onderdelen as Onderdeel[]).map((o) => [o.soort, o])) as Record<string, Onderdeel>;
};

describe('a parent asks for a talk', () => {
  let taakId = '';

  it('reaches the teacher and the IB, not a former teacher', async () => {
    const res = await t.as('ouder', { method: 'POST', url: `/api/leerlingen/${pupils.anna}/gespreksverzoek`, payload: { toelichting: 'Anna verveelt zich.' } });
    expect(res.statusCode).toBe(201);
    expect(res.json().alOpen).toBe(false);
    taakId = res.json().id;
    const l = await werklijst('leraar');
    expect(l.gesprekken!.items).toEqual([expect.objectContaining({ leerlingId: pupils.anna, taakSoort: 'gesprek_op_verzoek_ouder' })]);
    expect(l.gesprekken!.items[0]!.omschrijving).toContain('Anna verveelt zich.');
    expect((await werklijst('ib')).gesprekken!.aantal).toBe(1);
    expect((await werklijst('exLeraar')).gesprekken!.aantal).toBe(0);
    expect(await werklijst('ouder')).toEqual({});
  });

  it('adds a second request to the open talk', async () => {
    const res = await t.as('ouder', { method: 'POST', url: `/api/leerlingen/${pupils.anna}/gespreksverzoek`, payload: { toelichting: 'Ook over rekenen.' } });
    expect(res.json()).toEqual({ id: taakId, alOpen: true });
    const detail = await t.as('leraar', { method: 'GET', url: `/api/taken/${taakId}` });
    expect(detail.json().reden).toContain('Ook over rekenen.');
  });

  it('refuses an empty request and a parent of another child', async () => {
    expect((await t.as('ouder', { method: 'POST', url: `/api/leerlingen/${pupils.anna}/gespreksverzoek`, payload: { toelichting: ' ' } })).statusCode).toBe(400);
    expect((await t.as('ouder', { method: 'POST', url: `/api/leerlingen/${pupils.bram}/gespreksverzoek`, payload: { toelichting: 'x' } })).statusCode).toBe(404);
  });

  it('the parent sees that it is open', async () => {
    const res = await t.as('ouder', { method: 'GET', url: `/api/leerlingen/${pupils.anna}/gespreksverzoeken` });
    expect(res.json().verzoeken).toEqual([expect.objectContaining({ id: taakId, gehouden: null })]);
  });

  it('only someone who may record for the pupil marks it held, once, with a real date', async () => {
    const post = (who: 'leraar' | 'exLeraar' | 'ouder', payload: object) => t.as(who, { method: 'POST', url: `/api/taken/${taakId}/gehouden`, payload });
    expect((await post('exLeraar', { gehouden: vandaag(), verslag: 'x' })).statusCode).toBe(404);
    expect((await post('ouder', { gehouden: vandaag(), verslag: 'x' })).statusCode).toBe(404);
    expect((await post('leraar', { gehouden: '2999-01-01', verslag: 'x' })).statusCode).toBe(400);
    expect((await post('leraar', { gehouden: vandaag(), verslag: '' })).statusCode).toBe(400);
    const ok = await post('leraar', { gehouden: vandaag(), verslag: 'Samen afgesproken: verrijking bij rekenen.' });
    expect(ok.statusCode).toBe(201);
    expect((await post('leraar', { gehouden: vandaag(), verslag: 'nog eens' })).statusCode).toBe(409);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.actie, 'gesprek.gehouden'));
    expect(audit).toEqual([expect.objectContaining({ actorId: actors.leraar, leerlingId: pupils.anna })]);
    expect((await werklijst('leraar')).gesprekken!.aantal).toBe(0);
    const res = await t.as('ouder', { method: 'GET', url: `/api/leerlingen/${pupils.anna}/gespreksverzoeken` });
    expect(res.json().verzoeken[0].gehouden).toBe(vandaag());
  });

  it('answers 404 for an unknown talk', async () => {
    expect((await t.as('ib', { method: 'GET', url: '/api/taken/00000000-0000-4000-8000-000000009999' })).statusCode).toBe(404);
  });
});

describe('the IB worklist', () => {
  it('shows a concern, the talk it opened, and a pupil with a signal but no decision', async () => {
    const jaar = huidigSchooljaar();
    await t.db.transaction(async (tx) => {
      // The database opens the talk for a concern, whoever records it.
      await tx.insert(signaal).values({ leerlingId: pupils.bram, soort: 'welbevinden', schooljaar: jaar, zorgelijk: true, door: actors.leraar, datum: vandaag(), toelichting: 'Trekt zich terug.' });
      await tx.insert(signaal).values({ leerlingId: pupils.anna, soort: 'nominatie', schooljaar: jaar, door: actors.leraar, datum: vandaag() });
    });
    const ib = await werklijst('ib');
    expect(ib.zorgsignalen!.items).toEqual([expect.objectContaining({ leerlingId: pupils.bram, omschrijving: 'welbevinden' })]);
    expect(ib.gesprekken!.items).toEqual([expect.objectContaining({ leerlingId: pupils.bram, taakSoort: 'gesprek_zorgsignaal' })]);
    expect(ib.gesprekken!.items[0]!.omschrijving).toContain('Trekt zich terug.');
    expect(ib.besluiten!.items.map((i) => i.leerlingId)).toEqual([pupils.anna]);
    const leraar = await werklijst('leraar');
    expect(leraar.besluiten).toBeUndefined();
    expect(leraar.gesprekken!.aantal).toBe(1);
  });
});
