// The access harness: every route marked as touching pupil data, for every person of the test
// region and every pupil, answers exactly as the policy says (allowed, or 404 like a missing
// pupil) and leaves an audit row when it shows pupil data. New capabilities' routes join by
// being marked with `leerlingRoute(...)`.
import { afterAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/server/core/audit/audit.table.js';
import { isAllowed } from '../../src/server/core/access/leerling.policy.js';
import { actors, pupils, verwachteRelaties, type ActorKey, type PupilKey } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { bronnen } from '../support/bronnen.js';
import { leerling } from '../../src/server/core/db/schema.js';

// Built at collection time, so that each route gets a test of its own (and its own time budget).
const t: TestApp = await createTestApp();
afterAll(async () => { await t.close(); });
const pupilRoutes = t.app.leerlingRoutes.filter((x) => x.info.soort === 'leerling');
const lijstRoutes = t.app.leerlingRoutes.filter((x) => x.info.soort === 'lijst' && !x.info.deel);
const deelRoutes = t.app.leerlingRoutes.filter((x) => x.info.soort === 'lijst' && x.info.deel);
const naam = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

const actorKeys = Object.keys(actors) as ActorKey[];
const pupilKeys = Object.keys(pupils) as PupilKey[];
const fill = (url: string, id: string) => url.replace(':id', id);

async function auditRows(actor: ActorKey, leerlingId: string | null, route: string) {
  return t.db.select().from(auditLog).where(and(
    eq(auditLog.actorId, actors[actor]), eq(auditLog.route, route),
    leerlingId ? eq(auditLog.leerlingId, leerlingId) : undefined,
  ));
}

describe('access harness', () => {
  it('finds the pupil routes of every capability', () => {
    const urls = t.app.leerlingRoutes.map((r) => `${r.method} ${r.url}`);
    expect(urls).toEqual(expect.arrayContaining([
      'GET /api/leerlingen', 'GET /api/leerlingen/:id', 'GET /api/leerlingen/:id/toegang', 'GET /api/mijn-kinderen',
    ]));
  });

  it('asks for a log-in on every pupil route', async () => {
    for (const r of t.app.leerlingRoutes) {
      const voorbeeld = (r.info.bron ? bronnen[r.info.bron]?.voorbeeld?.('anna') : undefined) ?? r.info.voorbeeld?.(pupils.anna);
      const res = await t.as(null, { method: r.method as 'GET', url: r.url.replace(/:\w+/g, pupils.anna), payload: voorbeeld as object });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it.each(pupilRoutes.map((r) => [naam(r), r] as const))('%s: gives every person exactly the pupils the policy allows, and audits each view', async (_, r) => {
    for (const actor of actorKeys) {
      for (const pupil of pupilKeys) {
        const allowed = isAllowed(r.info.actie, verwachteRelaties[actor][pupil] ?? []);
        const res = await t.as(actor, {
          method: r.method as 'GET', url: fill(r.url, pupils[pupil]), payload: r.info.voorbeeld?.(pupils[pupil]) as object,
        });
        const label = `${r.method} ${r.url} as ${actor} for ${pupil}`;
        expect(res.statusCode, `${label}: ${res.body.slice(0, 200)}`).toBe(allowed ? (r.method === 'POST' ? 201 : 200) : 404);
        const rows = await auditRows(actor, pupils[pupil], `${r.method} ${r.url}`);
        if (allowed) expect(rows.length, `audit rows, ${label}`).toBeGreaterThanOrEqual(1);
        else expect(rows.length, `audit rows, ${label}`).toBe(0);
      }
    }
  }, 300_000); // every person × pupil × route: grows with each capability

  it.each(lijstRoutes.map((r) => [naam(r), r] as const))('%s: lists only allowed pupils and audits the listing', async (_, r) => {
    for (const actor of actorKeys) {
      const expected = pupilKeys.filter((p) => isAllowed(r.info.actie, verwachteRelaties[actor][p] ?? []))
        .map((p) => pupils[p]).sort();
      const res = await t.as(actor, { method: r.method as 'GET', url: r.url });
      const label = `${r.method} ${r.url} as ${actor}`;
      if (res.statusCode === 404) {
        expect(expected, `${label}: refused although the policy allows pupils`).toEqual([]);
        continue;
      }
      expect(res.statusCode, label).toBe(200);
      const body = res.json() as Record<string, { id: string }[]>;
      const list = Object.values(body).find(Array.isArray)!;
      expect(list.map((x) => x.id).sort(), label).toEqual(expected);
      expect((await auditRows(actor, null, `${r.method} ${r.url}`)).length, `audit, ${label}`).toBeGreaterThan(0);
    }
  });

  // Worklists name only the pupils with something pending. On a fresh database the route's fixture
  // first makes something pending for every pupil, so a list that forgot its filter would show it.
  it.each(deelRoutes.map((r) => [naam(r), r] as const))('%s: names only pupils the policy allows, and audits each one it names', async (_, r) => {
    const d = await createTestApp();
    try {
      const bron = r.info.bron ? bronnen[r.info.bron] : undefined;
      expect(!r.info.bron || bron, `fixture ${r.info.bron}`).toBeTruthy();
      const params: Record<string, string> = {};
      for (const p of bron?.leerlingen ?? []) Object.assign(params, await bron!.maak(d.db, p));
      // The fixture's params fill the path; those the path does not name go into the query string.
      const url = r.url.replace(/:(\w+)/g, (_m, k: string) => params[k] ?? `:${k}`);
      const query = Object.fromEntries(Object.entries(params).filter(([k]) => !r.url.includes(`:${k}`)));
      const namen = await d.db.select().from(leerling);
      const genoemd = (body: string) => pupilKeys.filter((p) => {
        const l = namen.find((x) => x.id === pupils[p])!;
        return body.includes(pupils[p]) || body.includes([l.voornaam, l.tussenvoegsel, l.achternaam].filter(Boolean).join(' '));
      });
      let totaal = 0;
      for (const actor of actorKeys) {
        const res = await d.as(actor, { method: r.method as 'GET', url, query, payload: r.info.voorbeeld?.('') as object });
        const label = `${naam(r)} as ${actor}`;
        if (res.statusCode === 404) continue; // nothing of this kind for this person
        expect(res.statusCode, `${label}: ${res.body.slice(0, 200)}`).toBe(200);
        for (const p of genoemd(res.body)) {
          const gehouden = [...(verwachteRelaties[actor][p] ?? []), ...(bron?.relaties?.(p)[actor] ?? [])];
          expect(isAllowed(r.info.actie, gehouden), `${label} names ${p}`).toBe(true);
          const where = and(eq(auditLog.actorId, actors[actor]), eq(auditLog.route, naam(r)), eq(auditLog.leerlingId, pupils[p]));
          expect((await d.db.select().from(auditLog).where(where)).length, `audit of ${p}, ${label}`).toBeGreaterThan(0);
          totaal++;
        }
      }
      expect(totaal, 'pupils named to anyone: a list that names no one tests nothing').toBeGreaterThan(0);
    } finally {
      await d.close();
    }
  }, 120_000);

  it('answers a malformed and an unknown pupil id alike for someone with access elsewhere', async () => {
    const unknown = await t.as('specialistSwv', { method: 'GET', url: '/api/leerlingen/00000000-0000-4000-8000-000000009999' });
    expect(unknown.statusCode).toBe(404);
    const malformed = await t.as('specialistSwv', { method: 'GET', url: '/api/leerlingen/abc' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().message).toMatch(/leerling-id/);
  });
});
