// Signalling for one pupil as its users meet it: a teacher nominates, parents add their picture,
// the profile sets the sources side by side, the IB decides, the curative route goes step by step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { signaal, besluit } from '../../src/server/signalering/signalering.table.js';
import { vandaag } from '../../src/server/core/schooljaar.js';
import { pupils } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

type Who = Parameters<TestApp['as']>[0];
const post = (who: Who, url: string, payload: object) => t.as(who, { method: 'POST', url, payload });
const get = (who: Who, url: string) => t.as(who, { method: 'GET', url });
const anna = `/api/leerlingen/${pupils.anna}`;
const bram = `/api/leerlingen/${pupils.bram}`;

const scores = (n: number) => ({
  creatief_denken: n, intensiteit: n, rechtvaardigheidsgevoel: n, snel_van_begrip: n,
  woordenschat: n, kritisch_denken: n, behoefte_aan_uitdaging: n, zelfstandig_leren: n,
});
const aantalSignalen = async (leerlingId: string) => (await t.db.select().from(signaal).where(eq(signaal.leerlingId, leerlingId))).length;

describe('before anything else', () => {
  it('asks for a log-in', async () => {
    expect((await post(null, `${anna}/signalen`, { soort: 'nominatie' })).statusCode).toBe(401);
    expect((await get(null, `${anna}/signaalprofiel`)).statusCode).toBe(401);
  });

  it('answers 404 to a teacher of another class, and to a parent reading the school\'s profile', async () => {
    const res = await post('exLeraar', `${anna}/signalen`, { soort: 'nominatie', antwoorden: scores(4), toelichting: 'x' });
    expect(res.statusCode).toBe(404);
    expect((await get('ouder', `${anna}/signaalprofiel`)).statusCode).toBe(404);
    expect((await post('leraar', `${anna}/ouderbeeld`, { antwoorden: scores(3) })).statusCode).toBe(404);
  });
});

describe('a teacher nominates her pupil', () => {
  it('records the nomination, and the profile shows it with the questions and who gave it', async () => {
    const res = await post('leraar', `${bram}/signalen`, { soort: 'nominatie', antwoorden: scores(4), toelichting: 'Bram vraagt steeds door.' });
    expect(res.statusCode).toBe(201);
    const profiel = (await get('ib', `${bram}/signaalprofiel`)).json();
    expect(profiel.nominaties).toHaveLength(1);
    expect(profiel.nominaties[0]).toMatchObject({
      door: 'Lotte Leraar', toelichting: 'Bram vraagt steeds door.',
      formulier: { titel: 'Nominatie door leraar of mentor', versie: 0, eigen: true },
    });
    expect(profiel.nominaties[0].antwoorden[0]).toEqual({ sleutel: 'creatief_denken', vraag: 'Creatief denken', waarde: 4 });
    expect(profiel.magBesluiten).toBe(true);
    expect((await get('leraar', `${bram}/signaalprofiel`)).json().magBesluiten).toBe(false);
  });

  it('refuses invalid answers with a Dutch message naming the field, and writes nothing', async () => {
    const voor = await aantalSignalen(pupils.bram);
    const res = await post('leraar', `${bram}/signalen`, {
      soort: 'nominatie', antwoorden: { ...scores(4), intensiteit: 7, onbekend: 2 }, toelichting: 'x',
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.velden).toEqual(expect.arrayContaining([
      { veld: 'antwoorden.intensiteit', melding: 'De score bij "Intensiteit" moet een heel getal van 1 tot 5 zijn.' },
      { veld: 'antwoorden.onbekend', melding: expect.stringMatching(/geen vraag van het formulier/) },
    ]));
    const zonderUitleg = await post('leraar', `${bram}/signalen`, { soort: 'nominatie', antwoorden: scores(4) });
    expect(zonderUitleg.json().velden).toEqual([{ veld: 'toelichting', melding: 'Licht de nominatie toe: wat ziet u in de klas?' }]);
    expect(await aantalSignalen(pupils.bram)).toBe(voor);
  });

  it('records a concern, an IQ result, a twice-exceptional flag and the pupil\'s own words', async () => {
    expect((await post('leraar', `${bram}/signalen`, { soort: 'gedrag', toelichting: 'Clownt in de les.' })).statusCode).toBe(201);
    expect((await post('ib', `${bram}/signalen`, { soort: 'iq', waarde: 128, toelichting: 'WISC-V, 2025' })).statusCode).toBe(201);
    expect((await post('ib', `${bram}/signalen`, { soort: 'dubbel_bijzonder', toelichting: 'Ook dyslexie.' })).statusCode).toBe(201);
    expect((await post('leraar', `${bram}/signalen`, { soort: 'leerling_stem', antwoorden: { vervelen: 'Bij rekenen, want ik weet het al.' } })).statusCode).toBe(201);
    const leeg = await post('leraar', `${bram}/signalen`, { soort: 'leerling_stem', antwoorden: {} });
    expect(leeg.json().velden[0].veld).toBe('antwoorden');
    const p = (await get('leraar', `${bram}/signaalprofiel`)).json();
    expect(p.zorgen).toEqual([expect.objectContaining({ soort: 'gedrag', zorgelijk: true, door: 'Lotte Leraar' })]);
    expect(p.iq).toEqual([expect.objectContaining({ waarde: 128 })]);
    expect(p.dubbelBijzonder).toHaveLength(1);
    expect(p.leerlingStem[0].antwoorden).toEqual([{ sleutel: 'vervelen', vraag: 'Wanneer verveel je je?', waarde: 'Bij rekenen, want ik weet het al.' }]);
  });
});

describe('the parents\' picture', () => {
  it('is asked in the parents\' own questions, and a differing picture raises the flag', async () => {
    const vragenlijst = (await get('ouder', `${anna}/ouderbeeld`)).json();
    expect(vragenlijst.kind.voornaam).toBe('Anna');
    expect(vragenlijst.formulier.titel).toBe('Hoe ziet u uw kind?');
    expect(vragenlijst.eerder).toEqual([]);

    await post('leraar', `${anna}/signalen`, { soort: 'nominatie', antwoorden: scores(2), toelichting: 'Rustig, doet mee.' });
    let p = (await get('ib', `${anna}/signaalprofiel`)).json();
    expect(p.vergelijking.verschilt).toBe(false);
    expect(p.vergelijking.gemiddelde.ouders).toBeNull();

    const res = await post('ouder', `${anna}/ouderbeeld`, { antwoorden: { ...scores(3), intensiteit: 5, thuis: 'Thuis leest ze de hele dag.' } });
    expect(res.statusCode).toBe(201);
    p = (await get('ib', `${anna}/signaalprofiel`)).json();
    expect(p.vergelijking.verschilt).toBe(true);
    expect(p.vergelijking.kenmerken.find((k: { sleutel: string }) => k.sleutel === 'intensiteit'))
      .toMatchObject({ school: 2, ouders: 5, verschil: 3, verschilt: true });
    expect(p.vergelijking.gemiddelde.verschilt).toBe(true);
    expect(p.vergelijking.regel).toMatch(/Eigen regel van Piramide.*003 §19\.4/);
    expect((await get('leraar', `${anna}/signalering`)).json()).toMatchObject({ nominaties: 1, ouderbeeld: 'verschilt', besluit: null });
    expect((await get('ouder', `${anna}/ouderbeeld`)).json().eerder).toHaveLength(1);
  });

  it('asks the parent for every score, naming the question', async () => {
    const res = await post('ouder', `${anna}/ouderbeeld`, { antwoorden: { creatief_denken: 3 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().velden).toContainEqual({ veld: 'antwoorden.intensiteit', melding: 'Kies een score van 1 tot 5 bij "Mijn kind gaat ergens helemaal in op en voelt dingen sterk.".' });
  });
});

describe('the decision', () => {
  it('is refused without a reason', async () => {
    const voor = (await t.db.select().from(besluit)).length;
    const res = await post('ib', `${anna}/besluiten`, { uitkomst: 'geen_actie', waarom: '   ', metWie: [], datum: vandaag() });
    expect(res.statusCode).toBe(400);
    expect(res.json().velden).toEqual([{ veld: 'waarom', melding: 'Schrijf op waarom dit besluit is genomen.' }]);
    expect((await t.db.select().from(besluit)).length).toBe(voor);
  });

  it('is for the IB or specialist, not the teacher, and shows who took it with whom', async () => {
    const body = { uitkomst: 'aanpassen_in_klas', waarom: 'Thuis en school zien een ander kind; eerst verrijken in de klas.', metWie: ['ouders', 'leraar'], datum: vandaag() };
    expect((await post('leraar', `${anna}/besluiten`, body)).statusCode).toBe(404);
    expect((await post('ib', `${anna}/besluiten`, body)).statusCode).toBe(201);
    const p = (await get('leraar', `${anna}/signaalprofiel`)).json();
    expect(p.besluiten[0]).toMatchObject({ uitkomst: 'aanpassen_in_klas', door: 'Ilse Begeleider', metWie: ['ouders', 'leraar'] });
  });
});

describe('the curative route (003 §17.2.2)', () => {
  const stap = (s: string, extra: object = {}) => post('leraar', `${bram}/curatief`, { stap: s, notitie: `notitie ${s}`, datum: vandaag(), ...extra });

  it('refuses a skipped step, naming the rule and the source', async () => {
    const res = await stap('gesprek_ouders');
    expect(res.statusCode).toBe(409);
    expect(res.json().velden[0]).toEqual({ veld: 'stap', melding: expect.stringMatching(/^"Gesprek met de ouders" kan pas als "Observatie" is vastgelegd\..*003 §17\.2\.2/) });
  });

  it('goes step by step to a trajectory with a goal, and shows the next step', async () => {
    for (const s of ['observatie', 'gesprek_leerling', 'gesprek_ouders', 'hypothese', 'analyse_ib']) expect((await stap(s)).statusCode).toBe(201);
    expect((await get('ib', `${bram}/signaalprofiel`)).json().curatief.volgendeStap).toBe('traject');
    const zonderDoel = await stap('traject');
    expect(zonderDoel.statusCode).toBe(400);
    expect(zonderDoel.json().velden[0].veld).toBe('doel');
    expect((await stap('traject', { doel: 'Plannen en organiseren: zelf een weektaak plannen.' })).statusCode).toBe(201);
    const p = (await get('ib', `${bram}/signaalprofiel`)).json();
    expect(p.curatief.volgendeStap).toBeNull();
    expect(p.curatief.stappen.map((s: { stap: string }) => s.stap)).toEqual(['observatie', 'gesprek_leerling', 'gesprek_ouders', 'hypothese', 'analyse_ib', 'traject']);
  });
});
