// The screening calendar and the outcomes of licensed instruments: the SWV's moments, who is due
// and who is done, an outcome with its report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vandaag } from '../../src/server/core/schooljaar.js';
import { screeningsDue } from '../../src/server/signalering/kalender.service.js';
import { actors, pupils } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createSession, findSession } from '../../src/server/core/auth/session.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

type Who = Parameters<TestApp['as']>[0];
const post = (who: Who, url: string, payload: object) => t.as(who, { method: 'POST', url, payload });
const get = (who: Who, url: string) => t.as(who, { method: 'GET', url });
const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('the SWV\'s screening moments', () => {
  it('are for the functioneel beheerder only', async () => {
    expect((await get(null, '/api/signalering/momenten')).statusCode).toBe(401);
    expect((await get('ib', '/api/signalering/momenten')).statusCode).toBe(404);
  });

  it('start from the defaults for po, and a moment can be added', async () => {
    const momenten = (await get('beheer', '/api/signalering/momenten')).json().momenten;
    expect(momenten.map((m: { naam: string; instrument: string }) => `${m.naam}:${m.instrument}`))
      .toEqual(['Groep 1:DHH', 'Groep 3:DHH', 'Groep 5:SiDi-PO']);
    const res = await post('beheer', '/api/signalering/momenten', { naam: 'Groep 7', leerjaar: 7, instrument: 'DHH', deadlineMaand: 2, deadlineDag: 30 });
    expect(res.statusCode).toBe(400);
    expect(res.json().velden).toEqual([{ veld: 'deadlineDag', melding: 'Deze dag bestaat niet in die maand.' }]);
    expect((await post('beheer', '/api/signalering/momenten', { naam: 'Groep 7', leerjaar: 7, instrument: 'DHH', deadlineMaand: 2, deadlineDag: 1 })).statusCode).toBe(201);
    expect((await get('beheer', '/api/signalering/momenten')).json().momenten).toHaveLength(4);
  });
});

describe('the calendar', () => {
  it('shows the teacher who is due in her class, and nothing to a teacher of another class', async () => {
    const k = (await get('leraar', '/api/signalering/kalender')).json();
    expect(k.momenten).toEqual([expect.objectContaining({ naam: 'Groep 5', instrument: 'SiDi-PO', teDoen: 2, gedaan: 0 })]);
    expect(k.teDoen.map((r: { naam: string }) => r.naam).sort()).toEqual(['Anna de Vries', 'Bram Bakker']);
    expect((await get('exLeraar', '/api/signalering/kalender')).json().teDoen).toEqual([]);
    expect((await get('ouder', '/api/signalering/kalender')).statusCode).toBe(404);
  });

  it('counts a recorded screening as done, and gives the worklist the same answer', async () => {
    const res = await post('leraar', `/api/leerlingen/${pupils.anna}/screenings`, {
      instrument: 'SiDi-PO', datum: vandaag(), uitkomst: 'sterk_signaal', advies: 'Gesprek met ouders en verder signaleren.',
      rapport: { naam: 'sidi-anna.pdf', type: 'application/pdf', inhoud: pdf.toString('base64') },
    });
    expect(res.statusCode).toBe(201);
    const k = (await get('ib', `/api/signalering/kalender?schoolId=00000000-0000-4000-8000-000000000021`)).json();
    expect(k.momenten[0]).toMatchObject({ teDoen: 1, gedaan: 1, klassen: [{ school: 'De Aakster', groep: 'groep 5a', teDoen: 1, gedaan: 1 }] });
    const { token } = await createSession(t.db, actors.leraar, true, 1);
    const actor = (await findSession(t.db, token))!.actor;
    expect(await screeningsDue(t.db, actor)).toEqual([
      { leerlingId: pupils.bram, naam: 'Bram Bakker', moment: 'Groep 5 (SiDi-PO)', deadline: expect.stringMatching(/^\d{4}-12-01$/) },
    ]);
  });
});

describe('the outcome of a licensed instrument', () => {
  it('keeps the report, and gives it back only to those who may see the profile', async () => {
    const lijst = (await get('ib', `/api/leerlingen/${pupils.anna}/screenings`)).json().screenings;
    expect(lijst[0]).toMatchObject({ instrument: 'SiDi-PO', uitkomst: 'sterk_signaal', moment: 'Groep 5', door: 'Lotte Leraar', rapport: { naam: 'sidi-anna.pdf', type: 'application/pdf' } });
    const url = `/api/leerlingen/${pupils.anna}/screenings/${lijst[0].id}/rapport`;
    const rapport = await get('ib', url);
    expect(rapport.statusCode).toBe(200);
    expect(rapport.headers['content-type']).toBe('application/pdf');
    expect(rapport.rawPayload.equals(pdf)).toBe(true);
    expect((await get('exLeraar', url)).statusCode).toBe(404);
    expect((await get('ouder', url)).statusCode).toBe(404);
    expect((await get('ib', `/api/leerlingen/${pupils.bram}/screenings/${lijst[0].id}/rapport`)).statusCode).toBe(404);
  });

  it('refuses a file that is not what it says, and one over 5 MB', async () => {
    const nep = await post('leraar', `/api/leerlingen/${pupils.bram}/screenings`, {
      instrument: 'DHH', datum: vandaag(), uitkomst: 'signaal',
      rapport: { naam: 'rapport.pdf', type: 'application/pdf', inhoud: Buffer.from('MZ\x90\x00 not a pdf').toString('base64') },
    });
    expect(nep.statusCode).toBe(400);
    expect(nep.json().velden).toEqual([{ veld: 'rapport.inhoud', melding: 'Dit bestand is geen PDF, PNG of JPEG.' }]);
    const groot = Buffer.concat([pdf, Buffer.alloc(5 * 1024 * 1024)]);
    const teGroot = await post('leraar', `/api/leerlingen/${pupils.bram}/screenings`, {
      instrument: 'DHH', datum: vandaag(), uitkomst: 'signaal', rapport: { naam: 'groot.pdf', type: 'application/pdf', inhoud: groot.toString('base64') },
    });
    expect(teGroot.statusCode).toBe(400);
    expect(teGroot.json().message).toMatch(/5 MB/);
    expect((await get('ib', `/api/leerlingen/${pupils.bram}/screenings`)).json().screenings).toEqual([]);
  });

  it('refuses a date in the future and an unknown instrument in Dutch', async () => {
    const res = await post('leraar', `/api/leerlingen/${pupils.bram}/screenings`, { instrument: 'WISC', datum: '2999-01-01', uitkomst: 'signaal' });
    expect(res.statusCode).toBe(400);
    const velden = res.json().velden.map((v: { veld: string }) => v.veld);
    expect(velden).toEqual(expect.arrayContaining(['instrument', 'datum']));
  });
});
