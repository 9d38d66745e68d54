// The bron harness: every route keyed by a pupil's record (an application, a meeting, an
// evaluation…) answers every person of the test region exactly as the policy says for the record's
// pupil (allowed, or 404 like a missing record) and audits each allowed call for that pupil. Each
// route gets a fresh database, and each call a fresh record, so one person's action cannot change
// what the next one finds. The same file refuses an /api route marked neither as touching pupil
// data nor as touching none.
import { afterAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/server/core/audit/audit.table.js';
import { isAllowed } from '../../src/server/core/access/leerling.policy.js';
import { bronnen } from '../support/bronnen.js';
import { actors, pupils, verwachteRelaties, type ActorKey } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const overzicht: TestApp = await createTestApp();
afterAll(async () => { await overzicht.close(); });
const bronRoutes = overzicht.app.leerlingRoutes.filter((r) => r.info.soort === 'bron');
const naam = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
const actorKeys = Object.keys(actors) as ActorKey[];

describe('bron harness', () => {
  it('knows of every /api route whether it touches pupil data', () => {
    const ongemarkeerd = overzicht.app.apiRoutes.filter((r) => !r.gemarkeerd).map(naam);
    expect(ongemarkeerd, 'mark these with leerlingRoute(…) or zonderLeerlinggegevens(reden)').toEqual([]);
  });

  it('has a fixture for every kind of record a route is keyed by', () => {
    const zonder = bronRoutes.filter((r) => !r.info.bron || !bronnen[r.info.bron]).map(naam);
    expect(zonder).toEqual([]);
  });

  it.each(bronRoutes.map((r) => [naam(r), r] as const))('%s: lets exactly the people the policy allows act on the record, and audits it', async (_, r) => {
    const t = await createTestApp();
    try {
      const bron = bronnen[r.info.bron!]!;
      let toegestaan = 0;
      for (const pupil of bron.leerlingen) {
        const extra = bron.relaties?.(pupil) ?? {};
        for (const actor of actorKeys) {
          const params = await bron.maak(t.db, pupil);
          const url = r.url.replace(/:(\w+)/g, (_m, k: string) => params[k] ?? (k === 'id' ? pupils[pupil] : `:${k}`));
          const gehouden = [...(verwachteRelaties[actor][pupil] ?? []), ...(extra[actor] ?? [])];
          const allowed = isAllowed(r.info.actie, gehouden);
          const where = and(eq(auditLog.actorId, actors[actor]), eq(auditLog.route, naam(r)), eq(auditLog.leerlingId, pupils[pupil]));
          const voor = (await t.db.select().from(auditLog).where(where)).length;
          const res = await t.as(actor, { method: r.method as 'GET', url, payload: (bron.voorbeeld?.(pupil) ?? r.info.voorbeeld?.(pupils[pupil])) as object });
          const label = `${naam(r)} as ${actor} for ${pupil}: ${res.body.slice(0, 200)}`;
          if (allowed) expect(res.statusCode, label).toBeLessThan(300);
          else expect(res.statusCode, label).toBe(404);
          const na = (await t.db.select().from(auditLog).where(where)).length;
          if (allowed) expect(na, `audit rows, ${label}`).toBeGreaterThan(voor);
          else expect(na, `audit rows, ${label}`).toBe(voor);
          toegestaan += allowed ? 1 : 0;
        }
      }
      // A fixture that nobody may act on would test refusals only.
      expect(toegestaan, 'calls the policy allows').toBeGreaterThan(0);
    } finally {
      await t.close();
    }
  }, 300_000);
});
