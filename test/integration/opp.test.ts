// The OPP as its users meet it: the IB drafts a plan, every change is a new version with a readable
// difference, the parent consents (or not) per version and adds a view, the pupil adds own words,
// evaluations weigh each goal and can close the plan; teachers see the in-class adaptations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { auditLog } from '../../src/server/core/audit/audit.table.js';
import { actors, pupils } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { pdfTekst } from '../support/pdf-tekst.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

type Who = Parameters<TestApp['as']>[0];
const get = (who: Who, url: string) => t.as(who, { method: 'GET', url });
const post = (who: Who, url: string, payload: object) => t.as(who, { method: 'POST', url, payload });
const anna = `/api/leerlingen/${pupils.anna}`;

const plan = {
  perspectief: 'Vwo. Anna werkt in de klas met een compacte route en gaat naar de plusklas.',
  sterkePunten: 'Snel van begrip, creatief.',
  belemmerend: 'Stelt werk uit als het te makkelijk is.',
  doelen: [
    { omschrijving: 'Plant de weektaak zelf.', soort: 'leerdoel', criterium: 'Drie weken op rij af op vrijdag.' },
    { omschrijving: 'Durft fouten te maken in de plusklas.', soort: 'houdingsdoel' },
  ],
  handelingsdeel: [
    { wat: 'Plusklas', wie: 'Sem Specialist', wanneer: 'Dinsdagmiddag', waar: 'Plusklaslokaal' },
    { wat: 'Compacten rekenen', wie: 'Lotte Leraar', wanneer: 'Dagelijks', waar: 'Groep 5a' },
  ],
  partners: [{ naam: 'Jeugdcoach gemeente', rol: 'coaching' }],
  thuis: 'Oefen thuis met een stopwatch: hoe lang duurt een taak echt?',
};

describe('drafting an OPP', () => {
  it('refuses a teacher (who reads the plan) and a parent', async () => {
    for (const who of ['leraar', 'ouder'] as const) {
      expect((await post(who, `${anna}/opp/versies`, { inhoud: plan, toelichting: 'x' })).statusCode).toBe(404);
    }
  });

  it('says in Dutch what is missing and stores nothing', async () => {
    const res = await post('ib', `${anna}/opp/versies`, { inhoud: { ...plan, doelen: [], handelingsdeel: [] }, toelichting: '' });
    expect(res.statusCode).toBe(400);
    const meldingen = res.json().velden.map((v: { melding: string }) => v.melding).join(' ');
    expect(meldingen).toMatch(/minstens één doel/);
    expect(meldingen).toMatch(/handelingsdeel/);
    expect((await get('ib', `${anna}/opp`)).json().opp).toBeNull();
  });

  it('starts the plan with version 1, missing consent shown', async () => {
    const res = await post('ib', `${anna}/opp/versies`, { inhoud: plan, toelichting: 'Opgesteld met ouders en Anna.' });
    expect(res.statusCode).toBe(201);
    expect(res.json().versie).toBe(1);
    const o = (await get('leraar', `${anna}/opp`)).json();
    expect(o.opp).toMatchObject({ versie: 1, instemming: { stand: 'ontbreekt' }, door: 'Ilse Begeleider' });
    expect(o.opp.inhoud.doelen.map((d: { sleutel: string }) => d.sleutel)).toEqual(['d1', 'd2']);
    expect(o.magOpstellen).toBe(false);
  });
});

describe('consent and versions', () => {
  it('records the parent\'s consent with who and when, for that version only', async () => {
    expect((await post('ouder', `${anna}/opp/instemming`, { versie: 1, besluit: 'ingestemd' })).statusCode).toBe(201);
    const o = (await get('ouder', `${anna}/opp`)).json();
    expect(o.opp.instemming.stand).toBe('ingestemd');
    expect(o.opp.instemming.besluiten[0]).toMatchObject({ ouder: 'Olga de Vries', besluit: 'ingestemd' });
    expect(o.magInstemmen).toBe(true);

    const huidig = o.opp.inhoud;
    const v2 = { ...huidig, handelingsdeel: [...huidig.handelingsdeel, { wat: 'Keuze-uur filosofie', wie: 'Mentor', wanneer: 'Vrijdag 3e uur', waar: 'Mediatheek', keuzeuur: true }] };
    expect((await post('specialistBestuur', `${anna}/opp/versies`, { inhoud: v2, toelichting: 'Keuze-uur toegevoegd.' })).json().versie).toBe(2);
    const na = (await get('ib', `${anna}/opp`)).json().opp;
    expect(na.instemming.stand).toBe('ontbreekt');
    expect(na.versies.map((v: { versie: number; instemming: string }) => [v.versie, v.instemming])).toEqual([[2, 'ontbreekt'], [1, 'ingestemd']]);
  });

  it('shows what changed between versions in the plan\'s own words', async () => {
    const v = (await get('ouder', `${anna}/opp/versie?nr=2`)).json().versie;
    expect(v.wijzigingen).toEqual([{
      onderdeel: 'handelingsdeel', label: 'Keuze-uur filosofie', soort: 'toegevoegd', oud: null,
      nieuw: 'Keuze-uur filosofie — wie: Mentor; wanneer: Vrijdag 3e uur; waar: Mediatheek (keuze-uur)',
    }]);
    expect((await get('ouder', `${anna}/opp/versie?nr=9`)).statusCode).toBe(404);
  });

  it('refuses consent to an outdated version, and records a refusal over the other consent', async () => {
    const oud = await post('ouder', `${anna}/opp/instemming`, { versie: 1, besluit: 'ingestemd' });
    expect(oud.statusCode).toBe(409);
    expect(oud.json().message).toMatch(/nieuwere versie/);
    await post('ouder', `${anna}/opp/instemming`, { besluit: 'niet_ingestemd', toelichting: 'Eerst praten over het keuze-uur.' });
    expect((await get('leraar', `${anna}/opp`)).json().opp.instemming.stand).toBe('niet_ingestemd');
  });

  it('keeps versions and consent as history in the database', async () => {
    await expect(t.db.execute(sql`update opp_versie set toelichting = 'x'`)).rejects.toThrow();
    await expect(t.db.execute(sql`delete from opp_instemming`)).rejects.toThrow();
  });
});

describe('parents and the pupil add their words', () => {
  it('keeps the parents\' view and the pupil\'s words apart, as written', async () => {
    expect((await post('ouder', `${anna}/opp/inbreng`, { tekst: 'Thuis is ze moe na de plusklas.' })).statusCode).toBe(201);
    expect((await post('leerling', `${anna}/opp/inbreng`, { tekst: 'Ik wil meer moeilijke sommen.' })).statusCode).toBe(201);
    const inbreng = (await get('leerling', `${anna}/opp`)).json().opp.inbreng;
    expect(inbreng.map((i: { soort: string; tekst: string }) => `${i.soort}: ${i.tekst}`)).toEqual([
      'ouder: Thuis is ze moe na de plusklas.', 'leerling: Ik wil meer moeilijke sommen.',
    ]);
    expect((await post('leraar', `${anna}/opp/inbreng`, { tekst: 'x' })).statusCode).toBe(404);
  });
});

describe('the pupil\'s own plan', () => {
  it('is found from the pupil\'s account, and only there', async () => {
    const res = await get('leerling', '/api/mijn-plan');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ leerling: { voornaam: 'Anna' }, magInbreng: true, magInstemmen: false, opp: { versie: 2 } });
    expect((await get('ouder', '/api/mijn-plan')).statusCode).toBe(404);
  });
});

describe('evaluations', () => {
  it('plans a moment with the parents, then weighs every goal', async () => {
    const gepland = await post('ib', `${anna}/opp/evaluaties`, { gepland: '2020-01-10', metOuders: true });
    expect(gepland.statusCode).toBe(201);
    expect((await get('ib', `${anna}/opp`)).json().opp.volgendeEvaluatie).toBe('2020-01-10');

    const zonderDoel = await post('ib', `${anna}/opp/evaluaties/verslag`, {
      evaluatieId: gepland.json().id, gehouden: '2020-01-10', deelnemers: ['ib', 'ouders', 'leerling'], notities: 'Goed gesprek.',
      doelen: [{ sleutel: 'd1', resultaat: 'behaald' }], uitkomst: 'verlengd',
    });
    expect(zonderDoel.statusCode).toBe(400);
    expect(zonderDoel.json().velden[0].melding).toMatch(/Durft fouten te maken/);

    const res = await post('ib', `${anna}/opp/evaluaties/verslag`, {
      evaluatieId: gepland.json().id, gehouden: '2020-01-10', deelnemers: ['ib', 'ouders', 'leerling'], notities: 'Goed gesprek.',
      doelen: [{ sleutel: 'd1', resultaat: 'behaald' }, { sleutel: 'd2', resultaat: 'behaald', toelichting: 'Stelt vragen.' }], uitkomst: 'verlengd',
    });
    expect(res.statusCode).toBe(201);
    const o = (await get('ib', `${anna}/opp`)).json().opp;
    expect(o.volgendeEvaluatie).toBeNull();
    // Every goal reached: the plan proposes to consider stopping (004 §2).
    expect(o.stoppenOverwegen).toBe(true);
  });

  it('closes the plan with the outcome "afgesloten"', async () => {
    const res = await post('ib', `${anna}/opp/evaluaties/verslag`, {
      gehouden: '2020-02-01', deelnemers: ['ib', 'ouders'], notities: 'Doelen bereikt; plan stopt.',
      doelen: [{ sleutel: 'd1', resultaat: 'behaald' }, { sleutel: 'd2', resultaat: 'behaald' }], uitkomst: 'afgesloten',
    });
    expect(res.statusCode).toBe(201);
    const o = (await get('ouder', `${anna}/opp`)).json().opp;
    expect(o.afgesloten).toBe('2020-02-01');
    expect(o.stoppenOverwegen).toBe(false);
    expect((await post('ouder', `${anna}/opp/instemming`, { besluit: 'ingestemd' })).statusCode).toBe(404);
  });
});

describe('in-class adaptations', () => {
  const aanpassing = { soort: 'compacten', vak: 'rekenen', planning: 'weektaak', doelen: 'Blok 4 in twee weken.', alsWerkAf: 'Verrijkingsmap.', regie: 'Lotte Leraar', van: '2026-09-01' };

  it('are recorded by the teacher and seen by everyone working with the pupil, not by the parent', async () => {
    expect((await post('leraar', `/api/leerlingen/${pupils.bram}/klasaanpassingen`, aanpassing)).statusCode).toBe(201);
    const lijst = (await get('specialistSwv', `/api/leerlingen/${pupils.bram}/klasaanpassingen`)).json();
    expect(lijst.aanpassingen[0]).toMatchObject({ vak: 'rekenen', alsWerkAf: 'Verrijkingsmap.', door: 'Lotte Leraar' });
    expect((await get('ouder', `/api/leerlingen/${pupils.anna}/klasaanpassingen`)).statusCode).toBe(404);
  });

  it('carry a handover note to next year\'s teacher', async () => {
    expect((await post('leraar', `/api/leerlingen/${pupils.bram}/klasaanpassingen/overdracht`, { overdracht: 'Ga door met compacten.', beeindigen: true })).statusCode).toBe(201);
    const a = (await get('ib', `/api/leerlingen/${pupils.bram}/klasaanpassingen`)).json().aanpassingen[0];
    expect(a.overdracht).toBe('Ga door met compacten.');
    expect(a.tot).not.toBeNull();
  });
});

describe('PDF', () => {
  it('gives the plan as a Dutch PDF with consent and lines to sign, for the parent too', async () => {
    const res = await get('ouder', `${anna}/opp/pdf?nr=1`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const tekst = pdfTekst(res.rawPayload);
    expect(tekst).toContain('Ontwikkelingsperspectiefplan — Anna de Vries');
    expect(tekst).toContain('Compacten rekenen — wie: Lotte Leraar; wanneer: Dagelijks; waar: Groep 5a');
    expect(tekst).toMatch(/Olga de Vries: stemt in op/);
    expect(tekst).toMatch(/Ouder\/verzorger: Olga de Vries\s*Datum: _+/);
  });

  it('gives an evaluation report with each goal and the outcome, to those who read the plan only', async () => {
    const e = (await get('ib', `${anna}/opp`)).json().opp.evaluaties.find((x: { uitkomst: string }) => x.uitkomst === 'afgesloten');
    const res = await get('leraar', `${anna}/opp/evaluaties/${e.id}/pdf`);
    expect(res.statusCode).toBe(200);
    const tekst = pdfTekst(res.rawPayload);
    expect(tekst).toContain('Durft fouten te maken in de plusklas.: behaald');
    expect(tekst).toContain('Uitkomst: afgesloten');
    expect((await get('casemanager', `${anna}/opp/evaluaties/${e.id}/pdf`)).statusCode).toBe(404);
    expect((await get('ib', `/api/leerlingen/${pupils.bram}/opp/evaluaties/${e.id}/pdf`)).statusCode).toBe(404);
  });
});

describe('audit', () => {
  it('records every read and write of the plan with the pupil', async () => {
    const rows = await t.db.select().from(auditLog).where(and(eq(auditLog.leerlingId, pupils.anna), eq(auditLog.actorId, actors.ouder)));
    const acties = new Set(rows.map((r) => r.actie));
    for (const a of ['opp.bekijken', 'opp.versie_bekijken', 'opp.instemming_vastgelegd', 'opp.inbreng_vastgelegd']) expect(acties).toContain(a);
  });
});
