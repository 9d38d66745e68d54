// The pupil file as its users meet it: search, the pupil page, a parent's children and the
// access log, the privacy officer's audit search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/server/core/audit/audit.table.js';
import { actors, pupils } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const get = (who: Parameters<TestApp['as']>[0], url: string) => t.as(who, { method: 'GET', url });

describe('pupil search', () => {
  it('finds a pupil by any part of the name, case-insensitive', async () => {
    const res = await get('specialistSwv', '/api/leerlingen?zoek=VAN%20di');
    expect(res.json().leerlingen.map((l: { naam: string }) => l.naam)).toEqual(['Daan van Dijk']);
  });

  it('treats % and _ in the search as letters, not wildcards', async () => {
    expect((await get('specialistSwv', '/api/leerlingen?zoek=%25')).json().leerlingen).toEqual([]);
  });

  it('rejects a page number below 1 with a Dutch message', async () => {
    const res = await get('ib', '/api/leerlingen?pagina=0');
    expect(res.statusCode).toBe(400);
    expect(res.json().velden[0].veld).toBe('pagina');
  });
});

describe('pupil page', () => {
  it('shows basics, this year\'s class, registrations with the stamschool, and who is involved', async () => {
    const res = await get('specialistSwv', `/api/leerlingen/${pupils.daan}`);
    const body = res.json();
    expect(body.leerling.naam).toBe('Daan van Dijk');
    expect(body.groep).toMatchObject({ naam: 'groep 6b', leerjaar: 6 });
    expect(body.inschrijvingen.map((i: { school: { naam: string }; stamschool: boolean }) => [i.school.naam, i.stamschool]))
      .toEqual([['De Beek', true], ['De Aakster', false]]);
    const anna = (await get('leraar', `/api/leerlingen/${pupils.anna}`)).json();
    const rollen = anna.betrokkenen.map((b: { rol: string; naam: string }) => `${b.rol}:${b.naam}`);
    expect(rollen).toEqual(expect.arrayContaining([
      'leraar:Lotte Leraar', 'ib:Ilse Begeleider', 'specialist:Sem Specialist', 'specialist:Sara Regiospecialist', 'ouder:Olga de Vries',
    ]));
    // A former IB and a teacher without the position are not "involved".
    expect(rollen.join()).not.toMatch(/Ed Ex-ib|Zeger/);
  });
});

describe('parents', () => {
  it('see their own children and who opened the file', async () => {
    const kinderen = (await get('ouder', '/api/mijn-kinderen')).json().kinderen;
    expect(kinderen.map((k: { naam: string }) => k.naam)).toEqual(['Anna de Vries']);
    await get('ib', `/api/leerlingen/${pupils.anna}`);
    const log = (await get('ouder', `/api/leerlingen/${pupils.anna}/toegang`)).json().items;
    expect(log[0]).toMatchObject({ actorNaam: 'Ilse Begeleider', actie: 'leerling.bekijken' });
  });

  it('see that their child appeared in a teacher\'s search, without what the teacher typed', async () => {
    const gevonden = (await get('leraar', '/api/leerlingen?zoek=vries')).json().leerlingen;
    expect(gevonden.map((l: { naam: string }) => l.naam)).toEqual(['Anna de Vries']);
    const log = (await get('ouder', `/api/leerlingen/${pupils.anna}/toegang`)).json().items;
    expect(log).toContainEqual(expect.objectContaining({ actorNaam: 'Lotte Leraar', actie: 'leerling.zoeken', bron: 'leerlingen' }));
    const rijen = await t.db.select().from(auditLog).where(and(eq(auditLog.actie, 'leerling.zoeken'), eq(auditLog.actorId, actors.leraar)));
    expect(rijen.filter((r) => r.leerlingId).map((r) => [r.leerlingId, r.details])).toEqual([[pupils.anna, { pagina: 1 }]]);
    // The term is kept once, without a pupil, for the privacy officer only.
    expect(rijen.filter((r) => !r.leerlingId).map((r) => r.details)).toEqual([{ zoek: 'vries', pagina: 1, aantal: 1 }]);
  });
});

describe('audit search', () => {
  it('is for the privacy officer only, and finds a person\'s reads of a pupil', async () => {
    await get('leraar', `/api/leerlingen/${pupils.bram}`);
    expect((await get('ib', '/api/audit')).statusCode).toBe(404);
    const res = await get('privacy', `/api/audit?leerlingId=${pupils.bram}&actorEmail=LERAAR@test.piramide.nl`);
    expect(res.json().items[0]).toMatchObject({ actorNaam: 'Lotte Leraar', actie: 'leerling.bekijken', route: 'GET /api/leerlingen/:id' });
    const zoek = (await get('privacy', '/api/audit?actie=audit.zoeken')).json().items;
    expect(zoek.length).toBeGreaterThan(0);
  });

  it('rejects a malformed date', async () => {
    const res = await get('privacy', '/api/audit?van=30-11-2026');
    expect(res.statusCode).toBe(400);
    expect(res.json().velden[0]).toEqual({ veld: 'van', melding: 'Gebruik de vorm JJJJ-MM-DD.' });
  });
});

describe('system', () => {
  it('answers health and the OpenAPI document', async () => {
    expect((await get(null, '/api/health')).json()).toEqual({ status: 'ok' });
    const doc = (await get(null, '/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toContain('/api/leerlingen/{id}');
  });

  it('sends security headers', async () => {
    const res = await get(null, '/api/health');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
