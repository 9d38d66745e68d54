// A case through HTTP (source: 004 §3; 003 §19.5): opening with one case manager, the people
// involved each seeing what the case hands them, meetings with actions on the worklists,
// interventions with experiences, and the full-time entry phases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaagNl } from '../../src/server/vangnet/termijnen.js';
import { standaardVoorwaarden } from '../../src/server/casus/fasen.js';
import { actors, emailOf, pupils, type ActorKey } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { pdfTekst } from '../support/pdf-tekst.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const chris = pupils.chris;
const url = (p = '') => `/api/leerlingen/${chris}/casus${p}`;
const post = (p: string, payload: object, who: ActorKey = 'casemanager') => t.as(who, { method: 'POST', url: url(p), payload });
const view = async (who: ActorKey, leerling: string = chris) => (await t.as(who, { method: 'GET', url: `/api/leerlingen/${leerling}/casus` })).json();

describe('opening a case', () => {
  it('lets the IB of the school open a case with one case manager, once', async () => {
    const cms = (await t.as('ib', { method: 'GET', url: `/api/leerlingen/${pupils.anna}/casus/casemanagers` })).json().casemanagers;
    expect(cms).toEqual([{ id: actors.casemanager, naam: 'Carla Casemanager' }]);
    expect((await view('ib', pupils.anna)).casus).toBeNull();
    const body = { casemanagerId: actors.casemanager, soort: 'dubbel_bijzonder', groeidoel: 'Anna gaat weer met plezier naar school.' };
    expect((await t.as('leraar', { method: 'POST', url: `/api/leerlingen/${pupils.anna}/casus`, payload: body })).statusCode).toBe(404);
    expect((await t.as('ib', { method: 'POST', url: `/api/leerlingen/${pupils.anna}/casus`, payload: { ...body, casemanagerId: actors.ib } })).statusCode).toBe(400);
    expect((await t.as('ib', { method: 'POST', url: `/api/leerlingen/${pupils.anna}/casus`, payload: body })).statusCode).toBe(201);
    const dubbel = await t.as('ib', { method: 'POST', url: `/api/leerlingen/${pupils.anna}/casus`, payload: body });
    expect(dubbel.statusCode).toBe(409);
    expect(dubbel.json().message).toMatch(/één casemanager/);
    expect((await view('casemanager', pupils.anna)).casus).toMatchObject({ soort: 'dubbel_bijzonder', magBeheren: true });
  });
});

describe('a case with everyone involved', () => {
  let overlegId = '';
  const betrokkenen: Record<string, string> = {};

  it('lists the people with an account on the pupil page, as everyone who can open the file', async () => {
    const b = (await t.as('casemanager', { method: 'GET', url: `/api/leerlingen/${chris}` })).json().betrokkenen;
    expect(b).toEqual(expect.arrayContaining([
      { naam: 'Zoë Zorg', rol: 'zorgverlener', school: null },
      { naam: 'Lars Leerplicht', rol: 'leerplichtambtenaar', school: null },
    ]));
    expect(b.map((x: { naam: string }) => x.naam)).not.toContain('Zef Zorg');
  });

  it('adds people, linking an account only when it fits the role', async () => {
    const fout = await post('/betrokkenen', { rol: 'ouder', naam: 'Olga', email: emailOf('ouder') });
    expect(fout.statusCode).toBe(400);
    expect(fout.json().velden[0]).toMatchObject({ veld: 'email', melding: expect.stringMatching(/past niet/) });
    const res = await post('/betrokkenen', { rol: 'leerling', naam: 'Chris Claessen' });
    expect(res.statusCode).toBe(201);
    betrokkenen.leerling = res.json().id;
    const c = (await view('casemanager')).casus;
    for (const b of c.betrokkenen) betrokkenen[b.naam] = b.id;
    expect(c.betrokkenen.map((b: { naam: string }) => b.naam)).not.toContain('Zef Zorg'); // involvement ended
  });

  it('records a meeting with its participants, decisions and actions, shared with those who were there', async () => {
    const datum = plusDagen(vandaagNl(), -10);
    const res = await post('/overleggen', {
      datum, agenda: ['Hoe gaat het thuis?', 'Terug naar school'], deelnemers: [betrokkenen.leerling, betrokkenen['Zoë Zorg']],
      verslag: 'Chris vertelde zelf hoe de ochtenden gaan.', besluiten: ['We starten met twee ochtenden per week.'],
      acties: [
        { omschrijving: 'Rooster met de mentor maken', eigenaar: betrokkenen['Zoë Zorg'], uiterlijk: plusDagen(datum, 5), oppDoel: 'Doel 2: hele dagen naar school' },
        { omschrijving: 'Ouders bellen', eigenaar: 'casemanager', uiterlijk: plusDagen(vandaagNl(), 7) },
      ],
      volgendOverleg: plusDagen(vandaagNl(), 20), delen: true,
    });
    expect(res.statusCode).toBe(201);
    overlegId = res.json().id;
    const cm = (await view('casemanager')).casus;
    expect(cm.overleggen[0]).toMatchObject({ agenda: ['Hoe gaat het thuis?', 'Terug naar school'], gedeeld: true });
    expect(cm.overleggen[0].deelnemers.map((d: { rol: string }) => d.rol)).toEqual(['casemanager', 'leerling', 'zorgverlener']);
    expect(cm.acties[0]).toMatchObject({ oppDoel: 'Doel 2: hele dagen naar school', teLaat: true });
  });

  it('hands each person only their part of the case', async () => {
    const zorg = (await view('zorgverlener')).casus;
    expect(zorg.overleggen).toHaveLength(1); // took part
    expect(zorg.acties.map((a: { omschrijving: string }) => a.omschrijving)).toEqual(['Rooster met de mentor maken']); // own only
    expect(zorg.vangnet).toBeNull();
    const proces = (await view('procesbegeleider')).casus;
    expect(proces.overleggen).toHaveLength(1);
    expect(proces.acties).toHaveLength(2);
    const lp = (await view('leerplicht')).casus;
    expect([lp.overleggen, lp.acties, lp.interventies]).toEqual([[], [], []]);
    for (const who of ['leraar', 'swv', 'zorgverlenerElders', 'ouder'] as const) {
      expect((await t.as(who, { method: 'GET', url: url() })).statusCode, who).toBe(404);
    }
  });

  it('keeps a draft to the case manager until it is shared', async () => {
    const res = await post('/overleggen', { datum: vandaagNl(), agenda: ['Concept'], deelnemers: [betrokkenen['Zoë Zorg']], verslag: 'Nog niet delen.', besluiten: [], acties: [], delen: false });
    expect((await view('zorgverlener')).casus.overleggen).toHaveLength(1);
    expect((await t.as('casemanager', { method: 'POST', url: `/api/casus-overleggen/${res.json().id}/delen` })).statusCode).toBe(201);
    expect((await view('zorgverlener')).casus.overleggen).toHaveLength(2);
  });

  it('gives the minutes as a PDF to those who took part, and to no one else', async () => {
    const res = await t.as('zorgverlener', { method: 'GET', url: `/api/casus-overleggen/${overlegId}/pdf` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const tekst = pdfTekst(res.rawPayload);
    expect(tekst).toContain('Gespreksverslag');
    expect(tekst).toContain('Chris vertelde zelf hoe de ochtenden gaan.');
    expect(tekst).toContain('Rooster met de mentor maken');
    for (const who of ['leerplicht', 'ouder', 'leraar'] as const) {
      expect((await t.as(who, { method: 'GET', url: `/api/casus-overleggen/${overlegId}/pdf` })).statusCode, who).toBe(404);
    }
  });

  it('puts an overdue action on its owner\'s and the case manager\'s worklist until it is done', async () => {
    const eigenaar = (await t.as('zorgverlener', { method: 'GET', url: '/api/casus/werklijst' })).json();
    expect(eigenaar.acties).toEqual([expect.objectContaining({ omschrijving: 'Rooster met de mentor maken', dagenTeLaat: 5, alsCasemanager: false })]);
    const cm = (await t.as('casemanager', { method: 'GET', url: '/api/casus/werklijst' })).json();
    expect(cm.acties).toEqual([expect.objectContaining({ omschrijving: 'Rooster met de mentor maken', alsCasemanager: true })]);
    const actieId = eigenaar.acties[0].id;
    expect((await t.as('procesbegeleider', { method: 'POST', url: `/api/casus-acties/${actieId}/afgerond`, payload: { datum: vandaagNl() } })).statusCode).toBe(404);
    expect((await t.as('zorgverlener', { method: 'POST', url: `/api/casus-acties/${actieId}/afgerond`, payload: { datum: vandaagNl() } })).statusCode).toBe(201);
    expect((await t.as('casemanager', { method: 'GET', url: '/api/casus/werklijst' })).json().acties).toEqual([]);
  });

  it('records an intervention and how the professional experienced it along the seven factors', async () => {
    const res = await post('/interventies', { soort: 'therapie', aanbieder: 'Praktijk Zorg', van: plusDagen(vandaagNl(), -30), doel: 'Minder spanning in de ochtend.' });
    expect(res.statusCode).toBe(201);
    const id = res.json().id;
    const ervaring = (who: ActorKey, factoren: object) => t.as(who, { method: 'POST', url: `/api/casus-interventies/${id}/ervaringen`, payload: { factoren } });
    expect((await ervaring('zorgverlener', { relatie: { score: 4 }, belasting: { score: 2, toelichting: 'Veel afspraken.' } })).statusCode).toBe(201);
    expect((await ervaring('leerplicht', { relatie: { score: 3 } })).statusCode).toBe(404);
    const leeg = await ervaring('zorgverlener', {});
    expect(leeg.statusCode).toBe(400);
    expect((await ervaring('zorgverlener', { relatie: { score: 6 } })).statusCode).toBe(400);
    const i = (await view('casemanager')).casus.interventies[0];
    expect(i.ervaringen).toEqual([expect.objectContaining({ perspectief: 'professional', door: 'Zoë Zorg', factoren: { relatie: { score: 4, toelichting: null }, belasting: { score: 2, toelichting: 'Veel afspraken.' } } })]);
  });

  it('enters at any phase and moves on only with every condition met or an override with reasons', async () => {
    expect((await post('/fase', { fase: 'schoolbaar', datum: plusDagen(vandaagNl(), -7), jeugdhulp: 'Samen met de school.' })).statusCode).toBe(201);
    let c = (await view('casemanager')).casus;
    expect(c.fase).toMatchObject({ fase: 'schoolbaar', jeugdhulpRol: 'samen_met_onderwijs' });
    expect(c.fase.voorwaarden.map((v: { tekst: string }) => v.tekst)).toEqual(standaardVoorwaarden.schoolbaar);
    expect(c.volgendeFase).toEqual({ fase: 'toetsbaar', voorwaarden: standaardVoorwaarden.toetsbaar });
    expect((await post('/fase', { fase: 'leefbaar', datum: vandaagNl() })).statusCode).toBe(400);
    const zonder = await post('/fase', { fase: 'toetsbaar', datum: vandaagNl() });
    expect(zonder.statusCode).toBe(400);
    expect(zonder.json().velden[0]).toMatchObject({ veld: 'overrideReden', melding: expect.stringMatching(/Nog 5 voorwaarde/) });
    expect((await post('/fase/voorwaarden', { voldaan: [true, true, true, true, false] })).statusCode).toBe(201);
    expect((await post('/fase', { fase: 'toetsbaar', datum: vandaagNl(), overrideReden: 'Chris gaat al vier hele dagen; de vijfde volgt na de vakantie.' })).statusCode).toBe(201);
    c = (await view('casemanager')).casus;
    expect(c.fase).toMatchObject({ fase: 'toetsbaar', jeugdhulpRol: 'afgebouwd' });
    expect(c.fasen[1]).toMatchObject({ fase: 'schoolbaar', tot: vandaagNl(), overrideReden: expect.stringContaining('vier hele dagen') });
    expect((await view('zorgverlener')).casus.fasen).toHaveLength(2);
  });

  it('lets the SWV configure the conditions of a phase', async () => {
    const res = await t.as('swv', { method: 'PUT', url: '/api/casus/fasevoorwaarden/leefbaar', payload: { voorwaarden: ['Rust thuis', 'Vast dagritme'] } });
    expect(res.statusCode).toBe(200);
    const anna = pupils.anna; // a new phase copies the SWV's list
    expect((await t.as('casemanager', { method: 'POST', url: `/api/leerlingen/${anna}/casus/fase`, payload: { fase: 'leefbaar', datum: vandaagNl() } })).statusCode).toBe(201);
    expect((await view('casemanager', anna)).casus.fase.voorwaarden).toEqual([{ tekst: 'Rust thuis', voldaan: false }, { tekst: 'Vast dagritme', voldaan: false }]);
    expect((await t.as('casemanager', { method: 'PUT', url: '/api/casus/fasevoorwaarden/leefbaar', payload: { voorwaarden: [] } })).statusCode).toBe(404);
  });
});
