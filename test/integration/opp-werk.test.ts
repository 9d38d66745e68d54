// What waits on an OPP comes to the IB: on the worklist and, for evaluations, by mail (once).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pupils } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { startTestSmtp } from '../support/smtp.js';
import { createMailer } from '../../src/server/core/mail/mailer.js';
import { verstuurHerinneringen } from '../../src/server/core/mail/herinneringen.js';
import { oppHerinneringen } from '../../src/server/opp/opp-herinneringen.js';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
beforeAll(async () => { t = await createTestApp(); smtp = await startTestSmtp(); });
afterAll(async () => { await smtp.stop(); await t.close(); });

const bram = `/api/leerlingen/${pupils.bram}`;
const plan = {
  perspectief: 'Havo/vwo.',
  doelen: [{ omschrijving: 'Werkt een uur geconcentreerd.', soort: 'leerdoel' }],
  handelingsdeel: [{ wat: 'Plusklas', wie: 'Specialist', wanneer: 'Woensdag', waar: 'Lokaal 2' }],
};
const werk = async (who: 'ib' | 'leraar') =>
  ((await t.as(who, { method: 'GET', url: '/api/werklijst' })).json().onderdelen as { soort: string; items: { naam: string; omschrijving: string; datum: string | null }[] }[])
    .find((o) => o.soort === 'opp');

describe('the IB\'s worklist', () => {
  it('shows missing consent and a plan not yet evaluated with the parents', async () => {
    await t.as('ib', { method: 'POST', url: `${bram}/opp/versies`, payload: { inhoud: plan, toelichting: 'Eerste versie.' } });
    const opp = await werk('ib');
    expect(opp!.items.map((i) => `${i.naam}: ${i.omschrijving}`).sort()).toEqual([
      'Bram Bakker: geen_evaluatie_met_ouders', 'Bram Bakker: instemming_ontbreekt',
    ]);
    expect(await werk('leraar')).toBeUndefined();
  });

  it('shows an overdue evaluation instead of "not planned"', async () => {
    await t.as('ib', { method: 'POST', url: `${bram}/opp/evaluaties`, payload: { gepland: '2020-03-01', metOuders: true } });
    const items = (await werk('ib'))!.items;
    expect(items).toContainEqual(expect.objectContaining({ omschrijving: 'evaluatie_te_laat', datum: '2020-03-01' }));
  });
});

describe('reminder mail', () => {
  it('tells the school\'s IB once that an evaluation is overdue, without naming the pupil', async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, mailVan: 'Piramide <noreply@test.piramide.nl>' });
    const eerste = await verstuurHerinneringen(t.db, mailer, [oppHerinneringen]);
    expect(eerste.verzonden).toBeGreaterThanOrEqual(1);
    const mail = smtp.berichten.find((m) => /te laat/.test(m.onderwerp))!;
    expect(mail.aan).toEqual(['ib@test.piramide.nl']);
    expect(mail.tekst).not.toMatch(/Bram|Bakker/);
    expect(await verstuurHerinneringen(t.db, mailer, [oppHerinneringen])).toEqual({ verzonden: 0, mislukt: 0 });
  });
});
