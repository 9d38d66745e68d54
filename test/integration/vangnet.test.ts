// The vangnet protocol through HTTP (source: 003 §20.3): drop-out, every step refused before the
// contact with the home school, the deadlines on the case manager's worklist, re-entry at a school
// nearby, the escalation mail to case manager and SWV, and the regional agreements.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/server/core/db/db.js';
import { plusDagen, vandaagNl } from '../../src/server/vangnet/termijnen.js';
import { createMailer } from '../../src/server/core/mail/mailer.js';
import { verstuurHerinneringen } from '../../src/server/core/mail/herinneringen.js';
import { herinneringBronnen } from '../../src/server/herinneringen.js';
import { startTestSmtp } from '../support/smtp.js';
import { emailOf, pupils } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const chris = pupils.chris;
const post = (url: string, payload: object, who: Parameters<TestApp['as']>[0] = 'casemanager') =>
  t.as(who, { method: 'POST', url: `/api/leerlingen/${chris}/vangnet${url}`, payload });
const casus = async (who: Parameters<TestApp['as']>[0] = 'casemanager') =>
  (await t.as(who, { method: 'GET', url: `/api/leerlingen/${chris}/casus` })).json();

describe('vangnet', () => {
  const uitval = plusDagen(vandaagNl(), -20);

  it('registers the real drop-out and starts the 2-week intake clock', async () => {
    const res = await post('', { uitval });
    expect(res.statusCode).toBe(201);
    const v = (await casus()).casus.vangnet;
    expect(v.uitval).toBe(uitval);
    expect(v.stamschool).toBe('De Beek');
    expect(v.termijnen[0]).toMatchObject({ soort: 'intake', uiterlijk: plusDagen(uitval, 14), stand: 'verlopen' });
    expect((await post('', { uitval })).statusCode).toBe(409);
  });

  it('refuses every step before contact with the home school, naming the rule, and changes nothing', async () => {
    for (const [url, body] of [
      ['/intake', { datum: vandaagNl(), verslag: 'x' }],
      ['/opvang', { start: vandaagNl(), soort: 'huiskamer', aanbieder: 'De Linde' }],
      ['/plan', { richting: 'school_in_de_buurt', toelichting: 'x' }],
      ['/herintreding', { datum: vandaagNl(), schoolId: null }],
    ] as const) {
      const res = await post(url, body);
      expect(res.statusCode, url).toBe(409);
      expect(res.json().message).toMatch(/contact met de thuisschool.*003 §20\.3/);
    }
    const v = (await casus()).casus.vangnet;
    expect([v.intake, v.opvangStart, v.plan, v.herintreding]).toEqual([null, null, null, null]);
    // the database holds the same rule
    await expect(t.db.execute(sql`update vangnet set intake = current_date where contact is null`)).rejects.toThrow();
  });

  it('always lets the case manager record that the leerplichtambtenaar was informed', async () => {
    expect((await post('/leerplicht', { datum: plusDagen(uitval, 3), naam: 'Lars Leerplicht' })).statusCode).toBe(201);
  });

  it('puts the overdue intake on the case manager\'s worklist, not on anyone else\'s', async () => {
    const mijn = (await t.as('casemanager', { method: 'GET', url: '/api/casus/werklijst' })).json();
    expect(mijn.vangnet).toEqual([expect.objectContaining({ leerlingId: chris, termijn: expect.objectContaining({ soort: 'intake', stand: 'verlopen', dagenOver: -6 }) })]);
    const ib = (await t.as('ib', { method: 'GET', url: '/api/casus/werklijst' })).json();
    expect(ib.vangnet).toEqual([]);
  });

  it('escalates on the SWV\'s home page as a count, without pupil data', async () => {
    const start = (await t.as('swv', { method: 'GET', url: '/api/start' })).json();
    expect(start.kengetallen).toContainEqual({ sleutel: 'vangnet_verlopen_regio', aantal: 1 });
    const cm = (await t.as('casemanager', { method: 'GET', url: '/api/start' })).json();
    expect(cm.kengetallen).toContainEqual({ sleutel: 'vangnet_verlopen', aantal: 1 });
  });

  it('mails the escalation once, without the pupil\'s name, to the case manager and the SWV', async () => {
    const smtp = await startTestSmtp();
    try {
      const mailer = createMailer({ smtpUrl: smtp.url, mailVan: 'piramide@test' });
      expect(await verstuurHerinneringen(t.db, mailer, herinneringBronnen)).toMatchObject({ verzonden: 1, mislukt: 0 });
      expect(await verstuurHerinneringen(t.db, mailer, herinneringBronnen)).toMatchObject({ verzonden: 0 });
      expect(smtp.berichten).toHaveLength(1);
      const [m] = smtp.berichten;
      expect(m!.aan.sort()).toEqual([emailOf('casemanager'), emailOf('swv')].sort());
      expect(m!.onderwerp).toBe('Vangnet: een termijn is verlopen');
      expect(m!.tekst).toMatch(/intake \(binnen 2 weken na de uitval\)/);
      expect(m!.tekst).not.toMatch(/Chris|Claessen|[0-9a-f]{8}-[0-9a-f]{4}/);
    } finally {
      await smtp.stop();
    }
  });

  it('runs contact, intake, care and the plan, then re-entry at a school nearby', async () => {
    expect((await post('/contact', { datum: plusDagen(uitval, 1), contactPersoon: 'Mentor De Beek', verslag: 'Samen optrekken.' })).statusCode).toBe(201);
    expect((await post('/intake', { datum: plusDagen(uitval, 16), verslag: 'Intake met ouders en Chris.' })).statusCode).toBe(201);
    const start = plusDagen(uitval, 17);
    expect((await post('/opvang', { start, soort: 'zorgboerderij', aanbieder: 'Zorgboerderij De Hoeve' })).statusCode).toBe(201);
    let v = (await casus()).casus.vangnet;
    expect(v.termijnen).toEqual([
      expect.objectContaining({ soort: 'intake', stand: 'te_laat_gehaald' }),
      expect.objectContaining({ soort: 'tijdelijke_opvang', uiterlijk: plusDagen(start, 83), stand: 'loopt' }),
    ]);
    expect((await post('/opvang', { start, soort: 'huiskamer', aanbieder: 'x' })).statusCode).toBe(409);
    const vroeg = await post('/herintreding', { datum: vandaagNl(), schoolId: null });
    expect(vroeg.statusCode).toBe(409);
    expect(vroeg.json().message).toMatch(/plan voor de 12 weken/);
    expect((await post('/plan', { richting: 'school_in_de_buurt', toelichting: 'Met de ouders zoeken we een school dichtbij.' })).statusCode).toBe(201);
    const scholen = (await t.as('casemanager', { method: 'GET', url: `/api/leerlingen/${chris}/vangnet/scholen` })).json().scholen;
    expect(scholen[0].naam).toBe('De Beek'); // own municipality first
    const aakster = scholen.find((s: { naam: string }) => s.naam === 'De Aakster');
    expect((await post('/herintreding', { datum: vandaagNl(), schoolId: aakster.id, toelichting: 'Start met halve dagen.' })).statusCode).toBe(201);
    v = (await casus()).casus.vangnet;
    expect(v).toMatchObject({ herintreding: vandaagNl(), herintredingSchool: 'De Aakster', plan: 'school_in_de_buurt' });
    expect((await t.as('casemanager', { method: 'GET', url: '/api/casus/werklijst' })).json().vangnet).toEqual([]);
  });

  it('shows the leerplichtambtenaar the vangnet but not the meetings; refuses others', async () => {
    const lp = (await casus('leerplicht')).casus;
    expect(lp.onderdelen.sort()).toEqual(['betrokkenen', 'vangnet']);
    expect(lp.vangnet.leerplichtambtenaar).toBe('Lars Leerplicht');
    expect((await post('/leerplicht', { datum: vandaagNl(), naam: 'x' }, 'leerplicht')).statusCode).toBe(404);
    expect((await post('', { uitval }, 'ib')).statusCode).toBe(404);
  });

  it('rejects bad input with a Dutch message naming the field', async () => {
    const res = await post('', { uitval: '31-12-2026' });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/uitval: Vul de datum in/);
    const toekomst = await post('', { uitval: plusDagen(vandaagNl(), 3) });
    expect(toekomst.statusCode).toBe(400);
  });

  it('keeps the regional agreements as text the SWV maintains and everyone involved reads', async () => {
    expect((await t.as('casemanager', { method: 'PUT', url: '/api/vangnet/afspraken', payload: { tekst: 'x' } })).statusCode).toBe(404);
    const put = await t.as('swv', { method: 'PUT', url: '/api/vangnet/afspraken', payload: { tekst: 'Intake binnen 2 weken; ouders horen het van de casemanager.' } });
    expect(put.statusCode).toBe(200);
    const gelezen = (await t.as('ouder', { method: 'GET', url: '/api/vangnet/afspraken' })).json();
    expect(gelezen).toMatchObject({ tekst: expect.stringContaining('ouders horen het'), magBewerken: false });
    const [a] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from audit_log where actie = 'vangnet.afspraken_bijgewerkt'`);
    expect(a!.n).toBe(1);
  });
});
