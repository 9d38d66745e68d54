// Ending an involvement and closing a case: only the case manager does it, with a date and (for a
// case) a reason; both are audited, and both end access through the policy SQL — the person whose
// involvement ended, and on closing the case manager and everyone involved, no longer see the case,
// while the school keeps what its own relationship gives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/server/core/audit/audit.table.js';
import { casusBetrokkene } from '../../src/server/casus/casus.table.js';
import { relationsWith } from '../../src/server/core/access/leerling-access.js';
import { isoDate, vandaag } from '../../src/server/core/schooljaar.js';
import { actors, emailOf, pupils, type ActorKey } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const chris = pupils.chris;
const CASUS_CHRIS = '00000000-0000-4000-8000-000000000041';
const view = (who: ActorKey) => t.as(who, { method: 'GET', url: `/api/leerlingen/${chris}/casus` });
const sluiten = (who: ActorKey, payload: object) => t.as(who, { method: 'POST', url: `/api/leerlingen/${chris}/casus/sluiten`, payload });
const einde = (who: ActorKey, id: string, tot: string) => t.as(who, { method: 'POST', url: `/api/casus-betrokkenen/${id}/einde`, payload: { tot } });
const gisteren = () => isoDate(new Date(Date.parse(vandaag()) - 86_400_000));
const audit = (actie: string) => t.db.select().from(auditLog).where(and(eq(auditLog.actie, actie), eq(auditLog.leerlingId, chris)));
const actor = (k: ActorKey, rollen: string[]) => ({ accountId: actors[k], naam: k, email: emailOf(k), soort: 'medewerker' as const, leerlingId: null, rollen: rollen as never });

describe('ending someone\'s involvement', () => {
  const procesbegeleider = async () => ((await view('casemanager')).json().casus.betrokkenen as { id: string; rol: string }[]).find((b) => b.rol === 'procesbegeleider')!.id;

  it('refuses anyone but the case manager, a date in the future and a date before the involvement began', async () => {
    const id = await procesbegeleider();
    for (const who of ['procesbegeleider', 'zorgverlener', 'ib', 'ouder'] as const) expect((await einde(who, id, gisteren())).statusCode).toBe(404);
    const morgen = isoDate(new Date(Date.parse(vandaag()) + 86_400_000));
    expect((await einde('casemanager', id, morgen)).json().velden[0]).toMatchObject({ veld: 'tot' });
    expect((await einde('casemanager', id, '2000-01-01')).json().velden[0].melding).toMatch(/betrokken sinds/);
    expect((await view('procesbegeleider')).statusCode).toBe(200);
  });

  it('keeps a parent with an account involved while the case runs', async () => {
    await t.db.insert(casusBetrokkene).values({ casusId: CASUS_CHRIS, rol: 'ouder', accountId: actors.ouder, naam: 'Olga de Vries', van: '2020-01-01' });
    const ouder = ((await view('casemanager')).json().casus.betrokkenen as { id: string; rol: string }[]).find((b) => b.rol === 'ouder')!.id;
    const res = await einde('casemanager', ouder, gisteren());
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/partners/);
  });

  it('ends the access of that person only, and audits it', async () => {
    const id = await procesbegeleider();
    const res = await einde('casemanager', id, gisteren());
    expect(res.statusCode, res.body).toBe(201);
    expect((await view('procesbegeleider')).statusCode).toBe(404);
    expect((await view('zorgverlener')).statusCode).toBe(200);
    expect(((await view('casemanager')).json().casus.betrokkenen as { rol: string }[]).map((b) => b.rol)).not.toContain('procesbegeleider');
    expect(await audit('casus.betrokkene_beeindigd')).toEqual([expect.objectContaining({
      actorId: actors.casemanager, details: expect.objectContaining({ betrokkeneId: id, rol: 'procesbegeleider', tot: gisteren() }),
    })]);
    expect((await einde('casemanager', id, gisteren())).statusCode).toBe(409);
  });
});

describe('closing a case', () => {
  it('refuses anyone but the case manager, and a close without a reason or in the future', async () => {
    for (const who of ['zorgverlener', 'leerplicht', 'ib', 'ouder', 'leerling'] as const) {
      expect((await sluiten(who, { reden: 'doel_bereikt', datum: vandaag() })).statusCode).toBe(404);
    }
    expect((await sluiten('casemanager', { datum: vandaag() })).json().velden[0]).toMatchObject({ veld: 'reden' });
    expect((await sluiten('casemanager', { reden: 'doel_bereikt', datum: '2099-01-01' })).json().velden[0]).toMatchObject({ veld: 'datum' });
    expect((await sluiten('casemanager', { reden: 'anders', datum: vandaag() })).json().velden[0]).toMatchObject({ veld: 'toelichting' });
    expect((await view('casemanager')).json().casus).not.toBeNull();
  });

  it('ends the case manager\'s and the involved people\'s access, and audits the reason and date', async () => {
    expect(await relationsWith(t.db, actor('zorgverlener', ['zorgverlener']), chris)).toEqual(['casus_zorg']);
    const res = await sluiten('casemanager', { reden: 'passende_plek', datum: vandaag(), toelichting: 'Gaat naar de voltijdklas.' });
    expect(res.statusCode, res.body).toBe(201);
    for (const who of ['casemanager', 'zorgverlener', 'leerplicht'] as const) expect((await view(who)).statusCode, who).toBe(404);
    expect(await relationsWith(t.db, actor('casemanager', ['casemanager']), chris)).toEqual([]);
    expect(await relationsWith(t.db, actor('leerplicht', ['leerplichtambtenaar']), chris)).toEqual([]);
    expect(await relationsWith(t.db, actor('procesbegeleider', ['procesbegeleider']), chris)).toEqual([]);
    expect(await audit('casus.gesloten')).toEqual([expect.objectContaining({
      actorId: actors.casemanager,
      details: expect.objectContaining({ reden: 'passende_plek', datum: vandaag(), toelichting: 'Gaat naar de voltijdklas.' }),
    })]);
  });

  it('lets the school open a new case afterwards', async () => {
    const res = await t.as('specialistSwv', { method: 'POST', url: `/api/leerlingen/${chris}/casus`, payload: { casemanagerId: actors.casemanager, soort: 'complex' } });
    expect(res.statusCode, res.body).toBe(201);
    expect((await view('casemanager')).json().casus.betrokkenen).toEqual([]);
  });
});
