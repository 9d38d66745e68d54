// The catalogue: SWV staff keep it under the rules of free education (000, 001), full-time
// provisions linked to a regular school (000) and private providers only as bought-in expertise
// (001); everyone reads the public offer without logging in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { auditLog } from '../../src/server/core/audit/audit.table.js';
import { voorziening } from '../../src/server/aanbod/aanbod.table.js';
import { wachtlijstPlaats } from '../../src/server/toelating/toelating.table.js';
import { vandaag } from '../../src/server/core/schooljaar.js';
import { pupils, voorzieningen } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const school = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const nieuw = {
  naam: 'Peergroep Beekstad', laag: 'in_de_school', vorm: 'peergroep', doelgroep: 'Groep 5 tot en met 8',
  doelen: 'Samen leren met ontwikkelingsgelijken; leren plannen', explicietCognitiefDoel: false, vasteLeerkracht: true,
  duur: 'korter', dagenTijden: 'Dinsdag 13.00–15.00', locatie: 'De Beek', gemeente: 'Beekstad', leeftijdVan: 8, leeftijdTot: 12,
  toelatingsbronnen: ['oordeel_leraar', 'gesprek_leerling'], contactNaam: 'Wim Samenwerking', ouderbijdrage: 'geen',
};

describe('the catalogue for SWV staff', () => {
  it('is not for other roles', async () => {
    expect((await t.as(null, { method: 'GET', url: '/api/aanbod/beheer' })).statusCode).toBe(401);
    for (const who of ['ib', 'commissie', 'ouder', 'coordinator'] as const) {
      expect((await t.as(who, { method: 'GET', url: '/api/aanbod/beheer' })).statusCode, who).toBe(404);
      expect((await t.as(who, { method: 'POST', url: '/api/aanbod', payload: nieuw })).statusCode, who).toBe(404);
    }
  });

  it('lists the provisions with their places and occupancy', async () => {
    const res = await t.as('swv', { method: 'GET', url: '/api/aanbod/beheer' });
    expect(res.statusCode).toBe(200);
    const plusklas = res.json().voorzieningen.find((v: { id: string }) => v.id === voorzieningen.plusklas);
    expect(plusklas).toMatchObject({ naam: 'Plusklas Aadorp', coordinator: 'Corry Coördinator', ouderbijdrage: 'geen' });
    expect(plusklas.perioden[0]).toMatchObject({ plaatsen: 8, bezet: 1 });
    expect(res.json().coordinatoren).toEqual([{ id: expect.any(String), naam: 'Corry Coördinator' }]);
  });

  it('refuses a compulsory parental contribution, names the rule, and stores nothing', async () => {
    const res = await t.as('swv', { method: 'POST', url: '/api/aanbod', payload: { ...nieuw, naam: 'Betaalde plusklas', ouderbijdrage: 'verplicht' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().velden[0]).toMatchObject({ veld: 'ouderbijdrage', melding: expect.stringMatching(/Onderwijs is gratis/) });
    expect(await t.db.select().from(voorziening).where(eq(voorziening.naam, 'Betaalde plusklas'))).toEqual([]);
  });

  it('refuses a full-time provision without a regular school and a private provider without a funded school', async () => {
    const voltijd = await t.as('swv', { method: 'POST', url: '/api/aanbod', payload: { ...nieuw, vorm: 'voltijd', laag: 'bovenschools' } });
    expect(voltijd.json().velden.map((v: { veld: string }) => v.veld)).toEqual(['gekoppeldeSchoolId']);
    const particulier = await t.as('swv', { method: 'POST', url: '/api/aanbod', payload: { ...nieuw, particuliereAanbieder: 'Slimme Koppen BV' } });
    expect(particulier.json().velden[0].melding).toMatch(/ingekochte expertise van een bekostigde school/);
  });

  it('adds a provision with a voluntary contribution and places per period, audited', async () => {
    const res = await t.as('swv', {
      method: 'POST', url: '/api/aanbod',
      payload: { ...nieuw, ouderbijdrage: 'vrijwillig', vrijwilligeBijdrage: 'Vrijwillig € 10 voor een excursie', particuliereAanbieder: 'Slimme Koppen BV', bekostigdeSchoolId: school(22) },
    });
    expect(res.statusCode).toBe(201);
    const { id } = res.json();
    const periode = await t.as('swv', { method: 'POST', url: `/api/aanbod/${id}/perioden`, payload: { van: '2030-08-01', tot: '2031-07-31', plaatsen: 12 } });
    expect(periode.statusCode).toBe(201);
    const overlap = await t.as('swv', { method: 'POST', url: `/api/aanbod/${id}/perioden`, payload: { van: '2031-01-01', tot: '2031-03-31', plaatsen: 4 } });
    expect(overlap.statusCode).toBe(409);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.actie, 'aanbod.aangemaakt'));
    expect(audit.map((a) => (a.details as { voorzieningId: string }).voorzieningId)).toContain(id);
    const lijst = (await t.as('swv', { method: 'GET', url: '/api/aanbod/beheer' })).json();
    expect(lijst.voorzieningen.find((v: { id: string }) => v.id === id)).toMatchObject({
      ouderbijdrage: 'vrijwillig', bekostigdeSchool: 'De Beek', perioden: [{ plaatsen: 12, bezet: 0 }],
    });
  });
});

describe('the public offer', () => {
  it('needs no log-in and filters by municipality and layer, without pupil data', async () => {
    const res = await t.as(null, { method: 'GET', url: '/api/publiek/aanbod?gemeente=Beekstad' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.gemeenten).toEqual(expect.arrayContaining(['Aadorp', 'Beekstad']));
    expect(body.voorzieningen.every((v: { gemeente: string }) => v.gemeente === 'Beekstad')).toBe(true);
    expect(body.voorzieningen.map((v: { naam: string }) => v.naam)).toContain('Voltijdklas De Beek');
    expect(body.lokketten[0]).toMatchObject({ telefoon: '0123 456 789', steunpuntNaam: 'Ouder- en Jeugdsteunpunt Testregio' });
    expect(res.body).not.toMatch(/Chris|Bram/);
    const laag = (await t.as(null, { method: 'GET', url: '/api/publiek/aanbod?laag=in_de_school' })).json();
    expect(laag.voorzieningen.map((v: { laag: string }) => v.laag)).not.toContain('bovenschools');
  });

  it('says "fewer than 10" for a short waiting list instead of the number', async () => {
    const wachtend = async () => (await t.as(null, { method: 'GET', url: '/api/publiek/aanbod' })).json().voorzieningen
      .find((v: { id: string }) => v.id === voorzieningen.plusklas).wachtend;
    expect(await wachtend()).toEqual({ aantal: 0, onderdrukt: false });
    const rijen = await t.db.insert(wachtlijstPlaats).values([pupils.anna, pupils.bram, pupils.daan]
      .map((leerlingId) => ({ voorzieningId: voorzieningen.plusklas, leerlingId, sinds: vandaag() }))).returning();
    expect(await wachtend()).toEqual({ aantal: null, onderdrukt: true });
    await t.db.delete(wachtlijstPlaats).where(inArray(wachtlijstPlaats.id, rijen.map((r) => r.id)));
  });
});

describe('the API document', () => {
  it('describes the catalogue and admission routes from their zod schemas', async () => {
    const doc = (await t.as(null, { method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
      '/api/publiek/aanbod', '/api/aanbod', '/api/aanbod/dekking', '/api/aanvragen', '/api/aanvragen/{id}/besluit',
      '/api/toelating/voorziening', '/api/wachtlijst/{id}/plaatsing', '/api/afspraken/{id}',
    ]));
  });
});

describe('coverage for SWV staff', () => {
  it('gives figures per layer and municipality, flags gaps and long waits, and is not for others', async () => {
    expect((await t.as('commissie', { method: 'GET', url: '/api/aanbod/dekking' })).statusCode).toBe(404);
    const res = await t.as('swv', { method: 'GET', url: '/api/aanbod/dekking' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // Chris alone in the plusklas and Bram's one application are counts under 10: withheld (dekking.test.ts).
    expect(body.perLaag).toContainEqual(expect.objectContaining({ laag: 'in_de_school', gemeente: 'Aadorp', plaatsen: 8, bezet: { aantal: null, onderdrukt: true } }));
    expect(body.gemeentenZonderInDeSchool).toEqual([]); // the peergroep added above covers Beekstad
    expect(body.aanvragenPerSchool).toContainEqual(expect.objectContaining({ school: 'De Aakster', open: { aantal: null, onderdrukt: true } }));
    expect(body.signalen).toMatchObject({ wachtend: { aantal: 0, onderdrukt: false }, thuiszitters: { aantal: 0, onderdrukt: false } });
    expect(res.body).not.toMatch(/Bram|Chris/);
  });
});
