// The privacy officer's audit search (GET /api/audit): it says which pupil went through whose hands,
// so it is pupil data for her alone. Neither harness fits a search by person rather than by pupil,
// so this file asks every person of the test region, and checks that the search is itself audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/server/core/audit/audit.table.js';
import { actors, emailOf, pupils, type ActorKey } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // Something to find: a teacher reads bram's file.
  await t.as('leraar', { method: 'GET', url: `/api/leerlingen/${pupils.bram}` });
});
afterAll(async () => { await t.close(); });

const ROUTE = 'GET /api/audit';
const zoekt = (actor: ActorKey) => t.db.select().from(auditLog)
  .where(and(eq(auditLog.actorId, actors[actor]), eq(auditLog.route, ROUTE)));

describe('GET /api/audit', () => {
  it('asks for a log-in', async () => {
    expect((await t.as(null, { method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
  });

  it('answers every person but the privacy officer as if it did not exist, and leaves no trace of them', async () => {
    for (const actor of (Object.keys(actors) as ActorKey[]).filter((a) => a !== 'privacy')) {
      const res = await t.as(actor, { method: 'GET', url: `/api/audit?leerlingId=${pupils.bram}` });
      expect(res.statusCode, actor).toBe(404);
      expect(await zoekt(actor), actor).toEqual([]);
    }
  });

  it('shows the privacy officer who read a pupil, by the pupil\'s id only, and audits her search for that pupil', async () => {
    const res = await t.as('privacy', { method: 'GET', url: `/api/audit?leerlingId=${pupils.bram}&actorEmail=${emailOf('leraar')}` });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ actorNaam: 'Lotte Leraar', leerlingId: pupils.bram, route: 'GET /api/leerlingen/:id' });
    // No name of the pupil, and none of the details a use case wrote, leave with the log.
    expect(res.body).not.toMatch(/Bram|Bakker|details/);
    const eigen = await zoekt('privacy');
    expect(eigen.map((r) => [r.actie, r.leerlingId])).toEqual([['audit.zoeken', pupils.bram]]);
  });
});
