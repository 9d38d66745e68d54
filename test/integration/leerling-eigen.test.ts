// The pupil's own pages on the server: her session names her, her application hands her what is
// asked and where it stands (not the school's file, her parents' view or the commissie's weighing),
// she adds her own words until the commissie decides (hoorrecht, source: 000), and her case hands
// her the meetings she took part in, the next meeting and her own experience of an intervention.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/server/core/audit/audit.table.js';
import { plusDagen, vandaagNl } from '../../src/server/vangnet/termijnen.js';
import { actors, emailOf, pupils, voorzieningen, type ActorKey } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const anna = pupils.anna;
const get = async (who: ActorKey, url: string) => (await t.as(who, { method: 'GET', url })).json();
const post = (who: ActorKey, url: string, payload: object = {}) => t.as(who, { method: 'POST', url, payload });

describe('the session', () => {
  it('names the pupil of a pupil\'s account, and nobody for anyone else', async () => {
    expect((await get('leerling', '/api/auth/sessie')).account.leerlingId).toBe(anna);
    expect((await get('ouder', '/api/auth/sessie')).account.leerlingId).toBeNull();
    expect((await get('ib', '/api/auth/sessie')).account.leerlingId).toBeNull();
  });
});

describe('her application', () => {
  let aanvraagId = '';
  const verborgen = ['hulpvraag', 'dossier', 'ouderVisie', 'redenen', 'advies', 'gewogenBronnen', 'gedragswetenschapper', 'oudersGeinformeerd'];

  it('shows her what is asked and where it stands, without the school\'s file or her parents\' view', async () => {
    const res = await post('ib', '/api/aanvragen', {
      leerlingId: anna, voorzieningId: voorzieningen.voltijd, hulpvraag: 'Anna loopt vast; screening wijst op een groot verschil tussen toets en klas.',
      stemLeerling: 'Anna zegt dat ze het saai vindt in de klas.', aanvullend: [{ soort: 'onderzoek', omschrijving: 'Psychologisch onderzoek, vertrouwelijk' }],
    });
    expect(res.statusCode).toBe(201);
    aanvraagId = res.json().id;
    expect((await post('ouder', `/api/aanvragen/${aanvraagId}/ouder`, { instemming: true, visie: 'Thuis heeft ze het zwaar.' })).statusCode).toBe(201);

    const zelf = (await get('leerling', `/api/leerlingen/${anna}/toelating`)).aanvragen[0];
    expect(zelf).toMatchObject({
      id: aanvraagId, voorziening: 'Voltijdklas De Beek', status: 'bij_commissie', ouderInstemming: true,
      stemLeerling: 'Anna zegt dat ze het saai vindt in de klas.', aangevraagdDoor: 'Ilse Begeleider',
      voorzieningOver: { laag: 'bovenschools', vorm: 'voltijd', dagenTijden: 'Hele week', locatie: 'De Beek, Beekstad', duur: 'heel_jaar',
        doelgroep: expect.any(String), doelen: expect.any(String) },
    });
    for (const veld of verborgen) expect(zelf, veld).not.toHaveProperty(veld);
    expect(JSON.stringify(zelf)).not.toMatch(/vertrouwelijk|het zwaar|groot verschil/);
    // The parent and the IB keep the whole application.
    const ouder = (await get('ouder', `/api/leerlingen/${anna}/toelating`)).aanvragen[0];
    expect(ouder).toMatchObject({ hulpvraag: expect.stringMatching(/loopt vast/), ouderVisie: 'Thuis heeft ze het zwaar.', voorzieningOver: { vorm: 'voltijd' } });
    expect((await get('ib', `/api/leerlingen/${anna}/toelating`)).aanvragen[0].dossier).toHaveLength(1);
  });

  it('takes her own words and lets her change them until the commissie decides', async () => {
    expect((await post('leerling', `/api/aanvragen/${aanvraagId}/stem`, { tekst: '   ' })).statusCode).toBe(400);
    expect((await post('leerling', `/api/aanvragen/${aanvraagId}/stem`, { tekst: 'Ik wil naar een klas met kinderen die net zo denken.' })).statusCode).toBe(201);
    expect((await post('leerling', `/api/aanvragen/${aanvraagId}/stem`, { tekst: 'Ik wil graag naar de voltijdklas, maar wel met mijn vriendin contact houden.' })).statusCode).toBe(201);
    expect((await get('leerling', `/api/leerlingen/${anna}/toelating`)).aanvragen[0].stemLeerlingZelf).toMatch(/vriendin/);
    expect((await get('commissie', `/api/leerlingen/${anna}/toelating`)).aanvragen[0].stemLeerlingZelf).toMatch(/vriendin/);
    // Only she speaks for herself: not her parent, not the IB.
    expect((await post('ouder', `/api/aanvragen/${aanvraagId}/stem`, { tekst: 'Namens Anna.' })).statusCode).toBe(404);
    expect((await post('ib', `/api/aanvragen/${aanvraagId}/stem`, { tekst: 'Namens Anna.' })).statusCode).toBe(404);
    const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.actorId, actors.leerling), eq(auditLog.actie, 'toelating.leerling_stem')));
    expect(audit).toHaveLength(2);
    expect(audit[0]!.leerlingId).toBe(anna);
  });

  it('tells her the decision but keeps the commissie\'s weighing and reasons for the adults', async () => {
    const res = await post('commissie', `/api/aanvragen/${aanvraagId}/besluit`, {
      besluit: 'aanbevolen', redenen: 'De orthopedagoog ziet een sterke behoefte aan ontwikkelingsgelijken.', advies: 'Bouw rustig op.',
      gedragswetenschapper: 'drs. O. Pedagoog', prioriteit: 'regulier',
      gewogenBronnen: [{ bron: 'oordeel_leraar', weging: 'Leraar ziet verveling' }, { bron: 'gesprek_leerling', weging: 'Anna wil uitdaging' }],
    });
    expect(res.statusCode).toBe(201);
    const d = await get('leerling', `/api/leerlingen/${anna}/toelating`);
    expect(d.aanvragen[0]).toMatchObject({ status: 'besloten', besluit: 'aanbevolen', besloten: expect.any(String) });
    for (const veld of verborgen) expect(d.aanvragen[0], veld).not.toHaveProperty(veld);
    expect(d.wachtlijst).toEqual([expect.objectContaining({ voorziening: 'Voltijdklas De Beek', positie: 1, totaal: 1 })]);
    expect(d.mag).toEqual({ aanvragen: false, ouder: false, leerling: true, besluiten: false, plaatsen: false });
    const ouder = (await get('ouder', `/api/leerlingen/${anna}/toelating`)).aanvragen[0];
    expect(ouder).toMatchObject({ redenen: expect.stringMatching(/orthopedagoog/), gedragswetenschapper: 'drs. O. Pedagoog' });

    const laat = await post('leerling', `/api/aanvragen/${aanvraagId}/stem`, { tekst: 'Nog iets.' });
    expect(laat.statusCode).toBe(409);
    expect(laat.json().message).toMatch(/al besloten/);
  });
});

describe('her case', () => {
  let interventieId = '';

  it('hands her the meetings she took part in, the next meeting and who is her case manager', async () => {
    expect((await post('ib', `/api/leerlingen/${anna}/casus`, { casemanagerId: actors.casemanager, soort: 'dubbel_bijzonder', groeidoel: 'Anna gaat weer met plezier naar school.' })).statusCode).toBe(201);
    const cm = `/api/leerlingen/${anna}/casus`;
    const leerling = (await post('casemanager', `${cm}/betrokkenen`, { rol: 'leerling', naam: 'Anna de Vries', email: emailOf('leerling') })).json().id;
    const ouder = (await post('casemanager', `${cm}/betrokkenen`, { rol: 'ouder', naam: 'Olga de Vries', email: emailOf('ouder') })).json().id;
    const volgend = plusDagen(vandaagNl(), 14);
    const met = await post('casemanager', `${cm}/overleggen`, {
      datum: plusDagen(vandaagNl(), -3), agenda: ['Hoe gaat het op school?'], deelnemers: [leerling, ouder], verslag: 'Anna vertelde over de plusklas.',
      besluiten: ['Anna probeert de coach vier weken.'], acties: [], volgendOverleg: volgend, delen: true,
    });
    expect(met.statusCode).toBe(201);
    expect((await post('casemanager', `${cm}/overleggen`, {
      datum: plusDagen(vandaagNl(), -1), agenda: ['Alleen ouders'], deelnemers: [ouder], verslag: 'Gesprek met moeder alleen.', besluiten: [], acties: [], delen: true,
    })).statusCode).toBe(201);

    const zelf = (await get('leerling', cm)).casus;
    expect(zelf.casemanager.naam).toBe('Carla Casemanager');
    expect(zelf.mijnPerspectief).toBe('leerling');
    expect(zelf.overleggen.map((o: { verslag: string }) => o.verslag)).toEqual(['Anna vertelde over de plusklas.']);
    expect(zelf.volgendOverleg).toBe(volgend);
    expect(zelf.vangnet).toBeNull();
    expect((await get('ouder', cm)).casus.overleggen).toHaveLength(2);
    expect((await get('ouder', cm)).casus.volgendOverleg).toBe(volgend);
  });

  it('records her own experience of an intervention and shows her only her own', async () => {
    const cm = `/api/leerlingen/${anna}/casus`;
    interventieId = (await post('casemanager', `${cm}/interventies`, { soort: 'coachingsgesprekken', aanbieder: 'Coach De Berg', van: plusDagen(vandaagNl(), -20), doel: 'Weer plezier in leren.' })).json().id;
    const url = `/api/casus-interventies/${interventieId}/ervaringen`;
    expect((await post('ouder', url, { factoren: { ouderbetrokkenheid: { score: 2 } }, toelichting: 'De coach belt ons nooit terug.' })).statusCode).toBe(201);
    const res = await post('leerling', url, { factoren: { relatie: { score: 5 }, belasting: { score: 3 } }, toelichting: 'Ik vind de coach aardig.' });
    expect(res.statusCode).toBe(201);

    const zelf = (await get('leerling', cm)).casus.interventies[0];
    expect(zelf.ervaringen).toEqual([expect.objectContaining({ perspectief: 'leerling', door: 'Anna de Vries', toelichting: 'Ik vind de coach aardig.', factoren: { relatie: { score: 5, toelichting: null }, belasting: { score: 3, toelichting: null } } })]);
    expect(JSON.stringify(zelf)).not.toMatch(/belt ons nooit/);
    const ouder = (await get('ouder', cm)).casus.interventies[0];
    expect(ouder.ervaringen.map((e: { perspectief: string }) => e.perspectief).sort()).toEqual(['leerling', 'ouder']);
    expect((await get('casemanager', cm)).casus.interventies[0].ervaringen).toHaveLength(2);
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.actorId, actors.leerling), eq(auditLog.actie, 'casus.ervaring_vastgelegd')));
    expect(audit).toMatchObject({ leerlingId: anna, details: { interventieId, perspectief: 'leerling' } });
  });
});
