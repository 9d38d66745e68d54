// Coverage for SWV staff names no small group: every count of pupils under 10 is withheld, and the
// next smallest too where a shown total would give it away; the gap flags keep working.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import * as s from '../../src/server/core/db/schema.js';
import { isoDate } from '../../src/server/core/schooljaar.js';
import { actors, voorzieningen } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const school = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const kind = (n: number) => `00000000-0000-4000-9100-${n.toString().padStart(12, '0')}`;
const dagenGeleden = (n: number) => isoDate(new Date(Date.now() - n * 86_400_000));
const VERRIJKING = '00000000-0000-4000-9200-000000000001';
const verborgen = { aantal: null, onderdrukt: true };

beforeAll(async () => {
  t = await createTestApp();
  const [plusklas] = await t.db.select().from(s.voorziening).where(eq(s.voorziening.id, voorzieningen.plusklas));
  const { id: _, naam: _n, laag: _l, vorm: _v, gemeente: _g, coordinatorId: _c, gekoppeldeSchoolId: _k, aangemaakt: _a, gewijzigd: _w, ...basis } = plusklas!;
  await t.db.insert(s.voorziening).values({ ...basis, id: VERRIJKING, naam: 'Verrijking in de klas Beekstad', laag: 'in_de_klas', vorm: 'verrijking_in_de_klas', gemeente: 'Beekstad' });
  const ids = Array.from({ length: 47 }, (_x, i) => kind(i + 1));
  await t.db.insert(s.leerling).values(ids.map((id, i) => ({ id, voornaam: `Kind${i}`, achternaam: 'Dekking', geboortedatum: '2016-01-01', geslacht: 'v' as const })));
  // Waiting: 3 for the plusklas in Aadorp (one a thuiszitter, ten weeks already), 12 for the voltijdklas, 20 in Beekstad's classes.
  await t.db.insert(s.wachtlijstPlaats).values([
    ...ids.slice(0, 3).map((leerlingId, i) => ({ leerlingId, voorzieningId: voorzieningen.plusklas, sinds: dagenGeleden(70), prioriteit: i === 0 ? 'thuiszitter' as const : 'regulier' as const })),
    ...ids.slice(3, 15).map((leerlingId) => ({ leerlingId, voorzieningId: voorzieningen.voltijd, sinds: dagenGeleden(14) })),
    ...ids.slice(15, 35).map((leerlingId) => ({ leerlingId, voorzieningId: VERRIJKING, sinds: dagenGeleden(7) })),
  ]);
  // De Beek: 10 open applications and 2 "nu niet"; De Aakster keeps Bram's single one.
  const aanvraag = (leerlingId: string) => ({
    leerlingId, voorzieningId: voorzieningen.voltijd, swvId: basis.swvId, schoolId: school(22), aangevraagdDoor: actors.ib,
    hulpvraag: 'Meer uitdaging', stemLeerling: 'Graag', ouderInstemming: true,
  });
  await t.db.insert(s.aanvraag).values([
    ...ids.slice(35, 45).map((id) => ({ ...aanvraag(id), status: 'bij_commissie' as const })),
    ...ids.slice(45, 47).map((id) => ({ ...aanvraag(id), status: 'besloten' as const, besluit: 'nu_niet' as const, redenen: 'Nu niet passend', besloten: new Date() })),
  ]);
});
afterAll(async () => { await t.close(); });

describe('coverage for SWV staff, without small groups', () => {
  it('withholds a group of 3 waiting pupils, and the next smallest so the regional total does not reveal it', async () => {
    const body = (await t.as('swv', { method: 'GET', url: '/api/aanbod/dekking' })).json();
    expect(body.minimumGroep).toBe(10);
    const rij = (laag: string, gemeente: string) => body.perLaag.find((r: { laag: string; gemeente: string }) => r.laag === laag && r.gemeente === gemeente);
    // Places and provisions are not about pupils; Chris alone in the plusklas is.
    expect(rij('in_de_school', 'Aadorp')).toMatchObject({ voorzieningen: 1, plaatsen: 8, bezet: verborgen, wachtend: verborgen });
    expect(rij('bovenschools', 'Beekstad')).toMatchObject({ plaatsen: 16, wachtend: verborgen }); // 12, hidden with the 3
    expect(rij('in_de_klas', 'Beekstad')).toMatchObject({ wachtend: { aantal: 20, onderdrukt: false } });
    expect(body.signalen).toMatchObject({ wachtend: { aantal: 35, onderdrukt: false }, thuiszitters: verborgen, shoppen: { aantal: 0, onderdrukt: false } });
  });

  it('keeps the gap flags: a long wait without its count, a municipality without an in-school offer', async () => {
    const body = (await t.as('swv', { method: 'GET', url: '/api/aanbod/dekking' })).json();
    expect(body.langWachtend).toEqual([{ voorziening: 'Plusklas Aadorp', gemeente: 'Aadorp', aantal: verborgen, langsteWeken: 10 }]);
    expect(body.gemeentenZonderInDeSchool).toEqual(['Beekstad']);
  });

  it('shows a school under 10 applications without any figure, and hides a small part of a school with more', async () => {
    const body = (await t.as('swv', { method: 'GET', url: '/api/aanbod/dekking' })).json();
    const per = (naam: string) => body.aanvragenPerSchool.find((r: { school: string }) => r.school === naam);
    expect(per('De Aakster')).toMatchObject({ totaal: verborgen, open: verborgen, aanbevolen: verborgen, nuNiet: verborgen });
    // 12 in all: the 2 "nu niet" are withheld, and the 10 open too, or 12 − 10 would give them away.
    expect(per('De Beek')).toMatchObject({ totaal: { aantal: 12, onderdrukt: false }, open: verborgen, aanbevolen: { aantal: 0, onderdrukt: false }, nuNiet: verborgen });
  });
});
