// The commissie's and the coordinator's work comes to their home page: applications waiting for a
// decision (oldest first, with days waiting), the waiting list of the coordinator's provisions in
// its own order, and placements whose settling-in period has ended and wait for confirmation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, gt } from 'drizzle-orm';
import * as s from '../../src/server/core/db/schema.js';
import { auditLog } from '../../src/server/core/audit/audit.table.js';
import { isoDate } from '../../src/server/core/schooljaar.js';
import { actors, pupils, voorzieningen } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const SWV = '00000000-0000-4000-8000-000000000001';
const SCHOOL_A = '00000000-0000-4000-8000-000000000021';
const dag = (n: number) => isoDate(new Date(Date.now() + n * 86_400_000));

type Item = { leerlingId: string; naam: string; school: string | null; omschrijving: string; datum: string | null; dagen: number | null; taakId: string | null };
type Onderdeel = { soort: string; aantal: number; items: Item[] };
const werklijst = async (who: 'commissie' | 'coordinator' | 'ib' | 'swv') => {
  const res = await t.as(who, { method: 'GET', url: '/api/werklijst' });
  expect(res.statusCode, res.body).toBe(200);
  return Object.fromEntries((res.json().onderdelen as Onderdeel[]).map((o) => [o.soort, o])) as Record<string, Onderdeel>;
};

describe('the commissie\'s worklist', () => {
  it('lists the applications waiting for a decision, oldest first, with the days since they reached the commissie', async () => {
    await t.db.insert(s.aanvraag).values({
      leerlingId: pupils.anna, voorzieningId: voorzieningen.voltijd, swvId: SWV, schoolId: SCHOOL_A, aangevraagdDoor: actors.ib,
      hulpvraag: 'Anna zoekt ontwikkelingsgelijken.', stemLeerling: 'Moeilijker werk.', ouderInstemming: true,
      aangevraagd: new Date(Date.now() - 20 * 86_400_000), ouderReactieOp: new Date(Date.now() - 10 * 86_400_000), status: 'bij_commissie',
    });
    const w = await werklijst('commissie');
    expect(Object.keys(w)).toEqual(['aanvragen']);
    expect(w.aanvragen!.aantal).toBe(2);
    expect(w.aanvragen!.items.map((i) => [i.naam, i.omschrijving, i.dagen])).toEqual([
      ['Anna de Vries', 'Voltijdklas De Beek', 10], ['Bram Bakker', 'Plusklas Aadorp', 0],
    ]);
    expect(w.aanvragen!.items[0]!.datum).toBe(dag(-10));
  });

  it('drops an application once it is decided, and shows none to an IB or SWV staff', async () => {
    const res = await t.as('commissie', {
      method: 'POST', url: '/api/aanvragen/00000000-0000-4000-8000-000000000401/besluit',
      payload: {
        besluit: 'aanbevolen', redenen: 'Leraar, leerling en ouders zien hetzelfde.', gedragswetenschapper: 'Orthopedagoog',
        gewogenBronnen: [{ bron: 'oordeel_leraar', weging: 'Verveling' }, { bron: 'gesprek_leerling', weging: 'Wil uitdaging' }],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await werklijst('commissie')).aanvragen!.items.map((i) => i.naam)).toEqual(['Anna de Vries']);
    expect((await werklijst('ib')).aanvragen).toBeUndefined();
    expect(await werklijst('swv')).toEqual({});
  });

  it('audits the pupils the worklist showed', async () => {
    const rijen = (na = 0) => t.db.select().from(auditLog)
      .where(and(eq(auditLog.actorId, actors.commissie), eq(auditLog.actie, 'werklijst.bekijken'), gt(auditLog.id, na)));
    const laatste = Math.max(0, ...(await rijen()).map((r) => r.id));
    await werklijst('commissie');
    // one row per pupil shown, so each parent finds the view on her child's access page
    expect((await rijen(laatste)).map((r) => r.leerlingId)).toEqual([pupils.anna]);
  });
});

describe('the coordinator\'s worklist', () => {
  it('lists the waiting list in its own order: priority first, then waiting time', async () => {
    // bram was recommended above (regulier, today); daan waits longer, anna is a thuiszitter
    await t.db.insert(s.wachtlijstPlaats).values([
      { voorzieningId: voorzieningen.plusklas, leerlingId: pupils.daan, sinds: dag(-30), prioriteit: 'regulier' },
      { voorzieningId: voorzieningen.plusklas, leerlingId: pupils.anna, sinds: dag(-5), prioriteit: 'thuiszitter' },
    ]);
    const w = await werklijst('coordinator');
    expect(Object.keys(w)).toEqual(['wachtlijst', 'wenperiode']);
    expect(w.wachtlijst!.items.map((i) => [i.naam, i.omschrijving, i.dagen, i.school])).toEqual([
      ['Anna de Vries', '1|thuiszitter', 5, 'Plusklas Aadorp'],
      ['Daan van Dijk', '2|regulier', 30, 'Plusklas Aadorp'],
      ['Bram Bakker', '3|regulier', 0, 'Plusklas Aadorp'],
    ]);
    expect(w.wenperiode!.aantal).toBe(0); // chris is placed already
  });

  it('follows a change of priority and drops a pupil taken off the waiting list', async () => {
    const items = async () => (await werklijst('coordinator')).wachtlijst!.items;
    const anna = (await items()).find((i) => i.naam === 'Anna de Vries')!;
    const zet = (payload: object) => t.as('coordinator', { method: 'PUT', url: `/api/wachtlijst/${anna.taakId}`, payload });
    expect((await zet({ prioriteit: 'regulier' })).statusCode).toBe(200);
    expect((await items()).map((i) => i.omschrijving)).toEqual(['1|regulier', '2|regulier', '3|regulier']);
    expect((await zet({ prioriteit: 'regulier', vervallen: true })).statusCode).toBe(200);
    expect((await items()).map((i) => i.naam)).toEqual(['Daan van Dijk', 'Bram Bakker']);
  });

  it('lists a placement whose settling-in period has ended until the coordinator confirms it', async () => {
    const [voorbij] = await t.db.insert(s.plaatsing).values({
      leerlingId: pupils.daan, voorzieningId: voorzieningen.plusklas, van: dag(-43), status: 'wenperiode', wenperiodeWeken: 6,
      wenperiodeTot: dag(-1), geplaatstDoor: actors.coordinator,
    }).returning({ id: s.plaatsing.id });
    await t.db.insert(s.plaatsing).values({
      leerlingId: pupils.bram, voorzieningId: voorzieningen.plusklas, van: dag(-13), status: 'wenperiode', wenperiodeWeken: 2,
      wenperiodeTot: dag(1), geplaatstDoor: actors.coordinator,
    });
    const w = await werklijst('coordinator');
    expect(w.wenperiode!.items).toEqual([expect.objectContaining({ naam: 'Daan van Dijk', datum: dag(-1), dagen: 1, taakId: voorbij!.id })]);

    const res = await t.as('coordinator', { method: 'POST', url: `/api/plaatsingen/${voorbij!.id}/status`, payload: { status: 'geplaatst', datum: dag(0) } });
    expect(res.statusCode, res.body).toBe(201);
    expect((await werklijst('coordinator')).wenperiode!.aantal).toBe(0);
  });
});
