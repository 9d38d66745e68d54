// The per-pupil LVS summary (lvs_stand) follows every import: the latest percentile over all
// subjects and whether it fell below the previous one in the same subject.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { lvsResultaat, lvsStand } from '../../src/server/core/db/schema.js';
import { pupils } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const url = '/api/scholen/00000000-0000-4000-8000-000000000021/lvs-import';
const KOP = 'leerling_id,toets,vak,datum,score,niveau,percentiel';
const jaar = new Date().getUTCFullYear();
const importeer = async (...regels: string[]) => {
  const res = await t.as('ib', { method: 'POST', url, payload: { csv: [KOP, ...regels].join('\n') } });
  expect(res.statusCode, res.body).toBe(201);
};
const stand = async () => Object.fromEntries((await t.db.select().from(lvsStand)).map((s) => [s.leerlingId, s]));

describe('lvs_stand', () => {
  it('holds the latest percentile and its fall after an import', async () => {
    await importeer(
      `${pupils.anna},Cito Rekenen,Rekenen,${jaar - 2}-01-20,210,I,85`,
      `${pupils.anna},Cito Rekenen,Rekenen,${jaar - 1}-01-20,214,III,55`,
      // Bram's reading rises; his arithmetic is older and lower than the reading before it.
      `${pupils.bram},Cito Rekenen,Rekenen,${jaar - 2}-01-20,200,II,20`,
      `${pupils.bram},Cito Lezen,Lezen,${jaar - 2}-06-01,40,II,60`,
      `${pupils.bram},Cito Lezen,Lezen,${jaar - 1}-06-01,44,II,65`,
    );
    expect(await stand()).toEqual({
      [pupils.anna]: { leerlingId: pupils.anna, laatstePercentiel: 55, laatsteDatum: `${jaar - 1}-01-20`, gedaald: true },
      [pupils.bram]: { leerlingId: pupils.bram, laatstePercentiel: 65, laatsteDatum: `${jaar - 1}-06-01`, gedaald: false },
    });
  });

  it('follows a later import, also one that brings older results', async () => {
    await importeer(
      // Anna recovers; Bram's new arithmetic (later than his reading) falls from 20 to 10.
      `${pupils.anna},Cito Rekenen,Rekenen,${jaar - 1}-06-10,216,II,70`,
      `${pupils.bram},Cito Rekenen,Rekenen,${jaar - 1}-09-01,201,IV,10`,
    );
    let s = await stand();
    expect(s[pupils.anna]).toMatchObject({ laatstePercentiel: 70, gedaald: false });
    expect(s[pupils.bram]).toMatchObject({ laatstePercentiel: 10, laatsteDatum: `${jaar - 1}-09-01`, gedaald: true });

    // A result older than all stored ones does not become the latest, but changes the one before it.
    await importeer(`${pupils.anna},Cito Rekenen,Rekenen,${jaar - 1}-03-01,215,I,90`);
    s = await stand();
    expect(s[pupils.anna]).toMatchObject({ laatstePercentiel: 70, laatsteDatum: `${jaar - 1}-06-10`, gedaald: true });
  });

  it('drops the pupil when no result with a percentile is left', async () => {
    await t.db.delete(lvsResultaat).where(eq(lvsResultaat.leerlingId, pupils.bram));
    expect(Object.keys(await stand())).toEqual([pupils.anna]);
  });
});
