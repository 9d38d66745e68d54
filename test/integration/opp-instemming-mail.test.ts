// The parents hear by mail that a plan waits for their consent (WPO art. 40a): once per version,
// without the pupil's name, and not once a parent has decided.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pupils } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { startTestSmtp } from '../support/smtp.js';
import { createMailer } from '../../src/server/core/mail/mailer.js';
import { verstuurHerinneringen } from '../../src/server/core/mail/herinneringen.js';
import { INSTEMMING_MAIL_DAGEN, oppInstemmingHerinneringen } from '../../src/server/opp/opp-herinneringen.js';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
beforeAll(async () => { t = await createTestApp(); smtp = await startTestSmtp(); });
afterAll(async () => { await smtp.stop(); await t.close(); });

const anna = `/api/leerlingen/${pupils.anna}`;
const plan = {
  perspectief: 'Vwo.',
  doelen: [{ omschrijving: 'Plant de weektaak zelf.', soort: 'leerdoel' }],
  handelingsdeel: [{ wat: 'Plusklas', wie: 'Specialist', wanneer: 'Dinsdag', waar: 'Lokaal 2' }],
};
const versie = async (toelichting: string, extra = {}) => {
  const res = await t.as('ib', { method: 'POST', url: `${anna}/opp/versies`, payload: { inhoud: { ...plan, ...extra }, toelichting } });
  expect(res.statusCode).toBe(201);
};
const run = () => verstuurHerinneringen(t.db, createMailer({ smtpUrl: smtp.url, mailVan: 'Piramide <noreply@test.piramide.nl>' }), [oppInstemmingHerinneringen]);

describe('mail to the parents about consent to the plan', () => {
  it('asks the parent once for consent to the first version, without naming the pupil', async () => {
    await versie('Eerste versie.');
    expect(await run()).toEqual({ verzonden: 1, mislukt: 0 });
    const [mail] = smtp.berichten;
    expect(mail).toMatchObject({ aan: ['ouder@test.piramide.nl'], onderwerp: 'De school vraagt uw instemming met het plan voor uw kind' });
    expect(mail!.tekst).toContain('WPO artikel 40a');
    expect(mail!.tekst).toContain('/mijn-kinderen');
    expect(mail!.tekst).not.toMatch(/Anna|de Vries|Plusklas|weektaak/);
    expect(await run()).toEqual({ verzonden: 0, mislukt: 0 });
  });

  it('mails again for a new version, but not for one the parent already decided on', async () => {
    const ouder = (besluit: string) => t.as('ouder', { method: 'POST', url: `${anna}/opp/instemming`, payload: { besluit } });
    expect((await ouder('ingestemd')).statusCode).toBe(201);
    await versie('Doel aangepast.', { perspectief: 'Vwo, met versnellen.' });
    expect(await run()).toEqual({ verzonden: 1, mislukt: 0 });
    expect(smtp.berichten.at(-1)!.onderwerp).toBe('Er is een nieuwe versie van het plan voor uw kind');

    await versie('Nog een afspraak.', { perspectief: 'Vwo, met versnellen en plusklas.' });
    expect((await ouder('niet_ingestemd')).statusCode).toBe(201);
    expect(await run()).toEqual({ verzonden: 0, mislukt: 0 });
  });

  it('tells the parent on her children\'s list that a plan waits for her, until she answers', async () => {
    const wacht = async () => (await t.as('ouder', { method: 'GET', url: '/api/mijn-kinderen' })).json().kinderen
      .map((k: { id: string; planWachtOpInstemming: boolean }) => [k.id, k.planWachtOpInstemming]);
    await versie('Versie voor de lijst.', { perspectief: 'Vwo, met plusklas.' });
    expect(await wacht()).toEqual([[pupils.anna, true]]);
    expect((await t.as('ouder', { method: 'POST', url: `${anna}/opp/instemming`, payload: { besluit: 'ingestemd' } })).statusCode).toBe(201);
    expect(await wacht()).toEqual([[pupils.anna, false]]);
  });

  it('leaves a version that has waited longer than the window to the IB\'s worklist', async () => {
    await versie('Weer een versie.', { perspectief: 'Havo/vwo.' });
    const later = new Date(Date.now() + (INSTEMMING_MAIL_DAGEN + 1) * 86_400_000);
    expect(await oppInstemmingHerinneringen.zoek(t.db, later)).toEqual([]);
    expect(await oppInstemmingHerinneringen.zoek(t.db, new Date())).toHaveLength(1);
  });

  it('mails no one for a pupil without a parent account', async () => {
    await t.as('ib', { method: 'POST', url: `/api/leerlingen/${pupils.bram}/opp/versies`, payload: { inhoud: plan, toelichting: 'Eerste versie.' } });
    const h = await oppInstemmingHerinneringen.zoek(t.db, new Date());
    expect(h.map((x) => x.leerlingId)).toEqual([pupils.anna]);
  });
});
