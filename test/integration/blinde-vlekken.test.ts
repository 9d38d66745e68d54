// Blind spots: aggregates only, groups under 10 hidden (and one more when only one would be),
// the report audited without a pupil; IBs of other schools get 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../src/server/core/audit/audit.table.js';
import * as s from '../../src/server/core/db/schema.js';
import { huidigSchooljaar, vandaag } from '../../src/server/core/schooljaar.js';
import { suppress } from '../../src/server/core/kleine-groepen.js';
import { actors } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const SCHOOL_A = '00000000-0000-4000-8000-000000000021';
const SCHOOL_B = '00000000-0000-4000-8000-000000000022';
const url = (q = `?schoolId=${SCHOOL_A}`) => `/api/signalering/blinde-vlekken${q}`;

beforeAll(async () => {
  t = await createTestApp();
  // 30 more pupils at school A: 14 girls and 16 boys besides Anna and Bram (so 15 v, 17 m).
  const jaar = huidigSchooljaar();
  const ids = Array.from({ length: 30 }, (_, i) => `00000000-0000-4000-9000-${String(i + 1).padStart(12, '0')}`);
  await t.db.insert(s.leerling).values(ids.map((id, i) => ({
    id, voornaam: `Kind${i}`, achternaam: `Testnaam${i}`, geboortedatum: '2016-01-01', geslacht: (i < 14 ? 'v' : 'm') as 'v' | 'm',
  })));
  await t.db.insert(s.inschrijving).values(ids.map((leerlingId) => ({ leerlingId, schoolId: SCHOOL_A, van: '2022-08-15' })));
  await t.db.insert(s.monitoringKenmerk).values(ids.map((leerlingId, i) => ({
    leerlingId, thuistaal: (i % 3 === 0 ? 'anders' : 'nl') as 'anders' | 'nl', opleidingOuders: (i < 25 ? 'hoog' : 'laag') as 'hoog' | 'laag',
  })));
  // Signals: 6 boys nominated, 2 girls; 3 pupils with a strong screening and low results; 2 twice-exceptional.
  const sig = (leerlingId: string, soort: 'nominatie' | 'dubbel_bijzonder') =>
    ({ leerlingId, soort, schooljaar: jaar, door: actors.leraar, datum: vandaag() });
  await t.db.insert(s.signaal).values([
    ...ids.slice(14, 20).map((id) => sig(id, 'nominatie')), ...ids.slice(0, 2).map((id) => sig(id, 'nominatie')),
    sig(ids[3]!, 'dubbel_bijzonder'), sig(ids[4]!, 'dubbel_bijzonder'),
  ]);
  await t.db.insert(s.screening).values(ids.slice(20, 23).map((leerlingId) => ({
    leerlingId, schooljaar: jaar, instrument: 'DHH' as const, datum: vandaag(), uitkomst: 'sterk_signaal' as const, door: actors.leraar,
  })));
  await t.db.insert(s.lvsResultaat).values(ids.slice(20, 23).map((leerlingId) => ({
    leerlingId, toets: 'Cito', vak: 'Rekenen', datum: vandaag(), score: 100, percentiel: 30,
  })));
});
afterAll(async () => { await t.close(); });

type Groep = { waarde: string; leerlingen: number | null; gesignaleerd: number | null; onderdrukt: boolean };
const dim = (body: { dimensies: { dimensie: string; groepen: Groep[] }[] }, d: string) =>
  Object.fromEntries(body.dimensies.find((x) => x.dimensie === d)!.groepen.map((g) => [g.waarde, g]));

describe('GET /api/signalering/blinde-vlekken', () => {
  it('asks for a log-in and refuses a teacher, a parent, an IB of another school', async () => {
    expect((await t.as(null, { method: 'GET', url: url() })).statusCode).toBe(401);
    expect((await t.as('leraar', { method: 'GET', url: url() })).statusCode).toBe(404);
    expect((await t.as('ouder', { method: 'GET', url: url() })).statusCode).toBe(404);
    expect((await t.as('ib', { method: 'GET', url: url(`?schoolId=${SCHOOL_B}`) })).statusCode).toBe(404);
    expect((await t.as('exIb', { method: 'GET', url: url() })).statusCode).toBe(404);
    expect((await t.as('specialistBestuur', { method: 'GET', url: url(`?schoolId=${SCHOOL_B}`) })).statusCode).toBe(404);
  });

  it('shows shares per group to the IB, hides small groups, names nobody, and audits the run', async () => {
    const res = await t.as('ib', { method: 'GET', url: url() });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.bereik).toMatchObject({ soort: 'school', naam: 'De Aakster' });
    expect(body.leerlingen).toEqual({ aantal: 32, onderdrukt: false });
    expect(body.gesignaleerd).toEqual({ aantal: 11, onderdrukt: false });
    const g = dim(body, 'geslacht');
    expect(g.v).toMatchObject({ leerlingen: 15, gesignaleerd: 2, onderdrukt: false });
    expect(g.m).toMatchObject({ leerlingen: 17, gesignaleerd: 9, onderdrukt: false });
    expect(g.x).toMatchObject({ leerlingen: 0, onderdrukt: false });
    const o = dim(body, 'opleiding_ouders');
    // 'laag' (5 pupils) and 'onbekend' (Anna and Bram) are under 10: hidden.
    expect(o.laag).toMatchObject({ leerlingen: null, onderdrukt: true });
    expect(o.onbekend).toMatchObject({ leerlingen: null, onderdrukt: true });
    expect(o.hoog).toMatchObject({ leerlingen: 25, onderdrukt: false });
    expect(dim(body, 'lvs_band').lager_dan_25).toMatchObject({ leerlingen: 0 });
    expect(dim(body, 'lvs_band')['25_tot_50']).toMatchObject({ onderdrukt: true });
    expect(body.onderpresteerders).toEqual({ aantal: null, onderdrukt: true });
    expect(body.dubbelBijzonder).toEqual({ aantal: null, onderdrukt: true });
    expect(res.body).not.toMatch(/Kind|Testnaam|Anna|Bram/);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.actie, 'signalering.blinde_vlekken'));
    expect(audit).toEqual([expect.objectContaining({ actorId: actors.ib, leerlingId: null })]);
  });

  it('gives SWV staff the region, and hides everything for a school under 10 pupils', async () => {
    const regio = await t.as('swv', { method: 'GET', url: url('') });
    expect(regio.statusCode).toBe(200);
    expect(regio.json().bereik.soort).toBe('regio');
    expect(regio.json().leerlingen.aantal).toBe(34);
    const klein = await t.as('specialistSwv', { method: 'GET', url: url(`?schoolId=${SCHOOL_B}`) });
    expect(klein.statusCode).toBe(200);
    expect(klein.json().leerlingen).toEqual({ aantal: null, onderdrukt: true });
    expect(klein.json().dimensies.every((d: { groepen: Groep[] }) => d.groepen.every((x) => x.onderdrukt))).toBe(true);
  });
});

describe('small-cell suppression', () => {
  it('hides a second group when only one is small', () => {
    const r = suppress([{ waarde: 'a', leerlingen: 3, gesignaleerd: 1 }, { waarde: 'b', leerlingen: 40, gesignaleerd: 4 }, { waarde: 'c', leerlingen: 20, gesignaleerd: 2 }]);
    expect(r.map((x) => x.onderdrukt)).toEqual([true, false, true]);
  });
  it('hides nothing more when two are small, and never an empty group', () => {
    const r = suppress([{ waarde: 'a', leerlingen: 3, gesignaleerd: 1 }, { waarde: 'b', leerlingen: 4, gesignaleerd: 0 }, { waarde: 'c', leerlingen: 0, gesignaleerd: 0 }, { waarde: 'd', leerlingen: 50, gesignaleerd: 1 }]);
    expect(r.map((x) => x.onderdrukt)).toEqual([true, true, false, false]);
  });
});
