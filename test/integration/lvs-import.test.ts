// The LVS import: all rows or none, a report of every rejected row, a talk where results fall.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog } from '../../src/server/core/audit/audit.table.js';
import { lvsResultaat, taak } from '../../src/server/core/db/schema.js';
import { actors, pupils, type ActorKey } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const SCHOOL_A = '00000000-0000-4000-8000-000000000021';
const SCHOOL_B = '00000000-0000-4000-8000-000000000022';
const url = (school = SCHOOL_A) => `/api/scholen/${school}/lvs-import`;
const KOP = 'leerling_id,toets,vak,datum,score,niveau,percentiel';
const jaar = new Date().getUTCFullYear();
// Anna's arithmetic falls three times in a row; Bram's stays level.
const goed = [
  KOP,
  `${pupils.anna},Cito Rekenen,Rekenen,${jaar - 2}-01-20,210,I,85`,
  `${pupils.anna},Cito Rekenen,Rekenen,${jaar - 2}-06-10,212,II,70`,
  `${pupils.anna},Cito Rekenen,Rekenen,${jaar - 1}-01-20,214,III,55`,
  `${pupils.bram},Cito Rekenen,Rekenen,${jaar - 2}-01-20,200,II,60`,
  `${pupils.bram},Cito Rekenen,Rekenen,${jaar - 1}-01-20,205,II,62`,
].join('\n');

const count = async (table: typeof lvsResultaat | typeof taak) => (await t.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

describe('POST /api/scholen/:schoolId/lvs-import', () => {
  it('asks for a log-in', async () => {
    expect((await t.as(null, { method: 'POST', url: url(), payload: { csv: goed } })).statusCode).toBe(401);
  });

  it('answers 404 to a teacher, an IB of another school and for an unknown school', async () => {
    expect((await t.as('leraar', { method: 'POST', url: url(), payload: { csv: goed } })).statusCode).toBe(404);
    expect((await t.as('ib', { method: 'POST', url: url(SCHOOL_B), payload: { csv: goed } })).statusCode).toBe(404);
    expect((await t.as('exIb', { method: 'POST', url: url(), payload: { csv: goed } })).statusCode).toBe(404);
    expect((await t.as('specialistBestuur', { method: 'POST', url: url(SCHOOL_B), payload: { csv: goed } })).statusCode).toBe(404);
  });

  it('lets exactly the IB of the school and its specialists check a file; anyone else gets 404 and no audit row', async () => {
    const mogen: ActorKey[] = ['ib', 'specialistBestuur', 'specialistSwv'];
    for (const actor of Object.keys(actors) as ActorKey[]) {
      const res = await t.as(actor, { method: 'POST', url: url(), payload: { csv: goed, controleren: true } });
      expect(res.statusCode, actor).toBe(mogen.includes(actor) ? 200 : 404);
      const rijen = await t.db.select().from(auditLog).where(and(eq(auditLog.actorId, actors[actor]), eq(auditLog.route, 'POST /api/scholen/:schoolId/lvs-import')));
      expect(rijen.length, actor).toBe(mogen.includes(actor) ? 1 : 0);
    }
  });

  it('writes nothing when one row is bad, and reports its line and column', async () => {
    const csv = `${goed}\n${pupils.chris},Cito Rekenen,Rekenen,${jaar - 1}-01-20,199,,50\n${pupils.bram},Cito,Lezen,2025-13-01,1,,50`;
    const res = await t.as('ib', { method: 'POST', url: url(), payload: { csv } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.status).toBe('afgewezen');
    expect(body.afwijzingen).toEqual([
      { regel: 7, kolom: 'leerling_id', reden: expect.stringContaining('niet bekend') },
      { regel: 8, kolom: 'datum', reden: expect.stringContaining('datum') },
    ]);
    expect(body.message).toContain('niets geïmporteerd');
    expect(await count(lvsResultaat)).toBe(0);
    expect(await count(taak)).toBe(0);
    const check = await t.as('ib', { method: 'POST', url: url(), payload: { csv, controleren: true } });
    expect(check.statusCode).toBe(200);
    expect(check.json()).toMatchObject({ status: 'afgewezen', aantalAfwijzingen: 2 });
  });

  it('checks without importing ("controleren")', async () => {
    const res = await t.as('ib', { method: 'POST', url: url(), payload: { csv: goed, controleren: true } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'gecontroleerd', regels: 5, leerlingen: 2, afwijzingen: [] });
    expect(await count(lvsResultaat)).toBe(0);
  });

  it('imports a good file, audits each pupil and opens a talk for the falling pupil', async () => {
    const res = await t.as('ib', { method: 'POST', url: url(), payload: { csv: goed, bestandsnaam: 'cito.csv' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'geimporteerd', regels: 5, leerlingen: 2, gesprekken: 1 });
    expect(await count(lvsResultaat)).toBe(5);
    const taken = await t.db.select().from(taak);
    expect(taken).toEqual([expect.objectContaining({ leerlingId: pupils.anna, soort: 'gesprek_neerwaartse_spiraal' })]);
    expect(taken[0]!.reden).toContain('Rekenen');
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.actie, 'lvs.importeren'));
    expect(audit.map((a) => a.leerlingId).sort()).toEqual([pupils.anna, pupils.bram].sort());

    // The teacher and the IB see the talk on their worklists.
    for (const who of ['leraar', 'ib'] as const) {
      const w = await t.as(who, { method: 'GET', url: '/api/werklijst' });
      expect(w.statusCode).toBe(200);
      const gesprekken = w.json().onderdelen.find((o: { soort: string }) => o.soort === 'gesprekken');
      expect(gesprekken.aantal, who).toBe(1);
      expect(gesprekken.items[0]).toMatchObject({ leerlingId: pupils.anna, taakSoort: 'gesprek_neerwaartse_spiraal', dagen: 0 });
    }
  });

  it('skips rows already imported and opens no second talk', async () => {
    const res = await t.as('ib', { method: 'POST', url: url(), payload: { csv: goed } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ alAanwezig: 5, gesprekken: 0 });
    expect(await count(lvsResultaat)).toBe(5);
    expect(await count(taak)).toBe(1);
  });

  it('rejects a different score for a result already stored', async () => {
    const csv = `${KOP}\n${pupils.bram},Cito Rekenen,Rekenen,${jaar - 1}-01-20,250,II,62`;
    const res = await t.as('specialistSwv', { method: 'POST', url: url(), payload: { csv } });
    expect(res.statusCode).toBe(400);
    expect(res.json().afwijzingen[0]).toMatchObject({ regel: 2, kolom: 'score', reden: expect.stringContaining('score 205') });
    // The report showed bram's stored score: that read is in the log under his name.
    const gelezen = await t.db.select().from(auditLog).where(and(eq(auditLog.actorId, actors.specialistSwv), eq(auditLog.leerlingId, pupils.bram)));
    expect(gelezen.map((a) => a.actie)).toEqual(['lvs.controleren']);
  });

  it('finds pupils by surname and birth date, with a semicolon file', async () => {
    const csv = `achternaam;geboortedatum;toets;vak;datum;score;percentiel\nBakker;02-07-${jaar - 9};Cito;Lezen;${jaar - 1}-02-01;44,5;40`;
    const res = await t.as('ib', { method: 'POST', url: url(), payload: { csv } });
    expect(res.statusCode, res.body).toBe(201);
    const rows = await t.db.select().from(lvsResultaat).where(and(eq(lvsResultaat.leerlingId, pupils.bram), eq(lvsResultaat.vak, 'Lezen')));
    expect(rows[0]).toMatchObject({ score: 44.5, percentiel: 40 });
  });
});
