// Admission end to end on the server: the IB applies, the parents consent, the commissie weighs and
// recommends, the coordinator places with a settling-in period, the stamschool agreement is signed
// before the start, and only after settling in does the registration move (003 §18.2–18.6).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import { auditLog } from '../../src/server/core/audit/audit.table.js';
import { inschrijving } from '../../src/server/regio/regio.table.js';
import { voorziening } from '../../src/server/aanbod/aanbod.table.js';
import { plaatsing } from '../../src/server/toelating/toelating.table.js';
import { klasaanpassing } from '../../src/server/opp/opp.table.js';
import { huidigSchooljaar, isoDate, schooljaarPeriode, vandaag } from '../../src/server/core/schooljaar.js';
import { actors, pupils, voorzieningen } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { startTestSmtp } from '../support/smtp.js';
import { createMailer } from '../../src/server/core/mail/mailer.js';
import { verstuurHerinneringen } from '../../src/server/core/mail/herinneringen.js';
import { toelatingHerinneringen } from '../../src/server/toelating/toelating.herinneringen.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.db.update(voorziening).set({ coordinatorId: actors.coordinator }).where(eq(voorziening.id, voorzieningen.voltijd));
});
afterAll(async () => { await t.close(); });

const dagen = (n: number) => isoDate(new Date(Date.parse(vandaag()) + n * 86_400_000));
const aanvraag = {
  leerlingId: pupils.anna, voorzieningId: voorzieningen.voltijd, hulpvraag: 'Anna zit al weken thuis en verveelt zich in de klas.',
  stemLeerling: 'Ik wil naar een klas waar ik moeilijke dingen mag doen.', aanvullend: [{ soort: 'opp', omschrijving: 'OPP versie 2, doelen op plannen' }],
};
const besluit = {
  besluit: 'aanbevolen', redenen: 'Alle bronnen wijzen op een grote behoefte aan uitdaging en ontwikkelingsgelijken.',
  gedragswetenschapper: 'drs. O. Pedagoog', prioriteit: 'thuiszitter',
  gewogenBronnen: [{ bron: 'oordeel_leraar', weging: 'Leraar ziet verveling' }, { bron: 'gesprek_leerling', weging: 'Anna wil uitdaging' }],
};
let aanvraagId = '';
let wachtlijstId = '';
let plaatsingId = '';
let afspraakId = '';

describe('an application', () => {
  it('is made by the IB, not by a teacher or the parent', async () => {
    expect((await t.as('leraar', { method: 'POST', url: '/api/aanvragen', payload: aanvraag })).statusCode).toBe(404);
    expect((await t.as('ouder', { method: 'POST', url: '/api/aanvragen', payload: aanvraag })).statusCode).toBe(404);
    // Enter once: what the class already adapts comes from the file, not retyped.
    const [k] = await t.db.insert(klasaanpassing).values({
      leerlingId: pupils.anna, soort: 'compacten', vak: 'rekenen', planning: 'weektaak', doelen: 'Breuken in de helft van de tijd',
      alsWerkAf: 'Verrijkingstaak', regie: 'leraar', van: dagen(-60), door: actors.leraar,
    }).returning({ id: klasaanpassing.id });
    const start = (await t.as('ib', { method: 'GET', url: `/api/leerlingen/${pupils.anna}/aanvraag` })).json();
    expect(start.bronnen).toContainEqual(expect.objectContaining({ id: k!.id, soort: 'aanpassing' }));
    const vreemd = await t.as('ib', { method: 'POST', url: '/api/aanvragen', payload: { ...aanvraag, bronnen: ['00000000-0000-4000-8000-000000009999'] } });
    expect(vreemd.json().velden[0].veld).toBe('bronnen');
    const res = await t.as('ib', { method: 'POST', url: '/api/aanvragen', payload: { ...aanvraag, bronnen: [k!.id] } });
    expect(res.statusCode).toBe(201);
    aanvraagId = res.json().id;
    const again = await t.as('ib', { method: 'POST', url: '/api/aanvragen', payload: aanvraag });
    expect(again.json()).toEqual({ id: aanvraagId, alOpen: true });
    const mails = await toelatingHerinneringen.zoek(t.db, new Date());
    expect(mails.find((m) => m.sleutel === `toelating-toestemming:${aanvraagId}`)).toMatchObject({ aan: ['ouder@test.piramide.nl'] });
  });

  it('reaches the commissie only after the parents consent and give their view', async () => {
    const wachtOpOuder = async () => (await t.as('ouder', { method: 'GET', url: '/api/mijn-kinderen' })).json().kinderen[0].aanmeldingWachtOpToestemming;
    expect(await wachtOpOuder()).toBe(true); // on the parent's home page, until she answers
    const voor = (await t.as('commissie', { method: 'GET', url: '/api/toelating/commissie' })).json();
    expect(voor.aanvragen.map((a: { id: string }) => a.id)).not.toContain(pupils.anna);
    expect((await t.as('commissie', { method: 'GET', url: `/api/leerlingen/${pupils.anna}/toelating` })).statusCode).toBe(404);
    const res = await t.as('ouder', { method: 'POST', url: `/api/aanvragen/${aanvraagId}/ouder`, payload: { instemming: true, visie: 'Thuis is ze onrustig; we hopen op rust en uitdaging.' } });
    expect(res.json()).toEqual({ id: aanvraagId, status: 'bij_commissie' });
    expect(await wachtOpOuder()).toBe(false);
    const stem = await t.as('leerling', { method: 'POST', url: `/api/aanvragen/${aanvraagId}/stem`, payload: { tekst: 'Ik wil graag vrienden die net zo denken als ik.' } });
    expect(stem.statusCode).toBe(201);
    const na = (await t.as('commissie', { method: 'GET', url: '/api/toelating/commissie' })).json();
    expect(na.aanvragen.find((a: { id: string }) => a.id === pupils.anna)).toMatchObject({ aanvraagId, status: 'bij_commissie' });
    const dossier = (await t.as('commissie', { method: 'GET', url: `/api/leerlingen/${pupils.anna}/toelating` })).json();
    expect(dossier.aanvragen[0]).toMatchObject({
      ouderVisie: expect.stringMatching(/rust/), stemLeerlingZelf: expect.stringMatching(/vrienden/),
      dossier: [
        expect.objectContaining({ soort: 'aanpassing', omschrijving: 'compacten (rekenen): Breuken in de helft van de tijd' }),
        { id: null, soort: 'opp', datum: null, omschrijving: 'OPP versie 2, doelen op plannen' },
      ],
    });
  });

  it('is decided by the commissie on several sources with reasons, never on one threshold', async () => {
    const een = await t.as('commissie', { method: 'POST', url: `/api/aanvragen/${aanvraagId}/besluit`, payload: { ...besluit, gewogenBronnen: besluit.gewogenBronnen.slice(0, 1) } });
    expect(een.statusCode).toBe(400);
    expect(een.json().message).toMatch(/geen enkele drempel/);
    expect((await t.as('ib', { method: 'POST', url: `/api/aanvragen/${aanvraagId}/besluit`, payload: besluit })).statusCode).toBe(404);
    const res = await t.as('commissie', { method: 'POST', url: `/api/aanvragen/${aanvraagId}/besluit`, payload: besluit });
    expect(res.statusCode).toBe(201);
    wachtlijstId = res.json().wachtlijstId;
    expect(wachtlijstId).toBeTruthy();
  });

  it('shows the parent the decision, its reasons and the place on the waiting list, and records that parents were informed', async () => {
    const res = await t.as('ouder', { method: 'GET', url: `/api/leerlingen/${pupils.anna}/toelating` });
    const body = res.json();
    expect(body.aanvragen[0]).toMatchObject({ besluit: 'aanbevolen', redenen: besluit.redenen });
    expect(body.wachtlijst[0]).toMatchObject({ voorziening: 'Voltijdklas De Beek', positie: 1, totaal: 1, prioriteit: 'thuiszitter' });
    expect(body.regels.prioriteit[0].regel).toMatch(/thuiszitten/);
    const ib = (await t.as('ib', { method: 'GET', url: `/api/leerlingen/${pupils.anna}/toelating` })).json();
    expect(ib.aanvragen[0].oudersGeinformeerd).not.toBeNull();
  });
});

describe('parents informed', () => {
  it('mails the parent that the commissie decided, once, without naming the child or the reasons', async () => {
    const smtp = await startTestSmtp();
    try {
      const mailer = createMailer({ smtpUrl: smtp.url, mailVan: 'Piramide <noreply@test.piramide.nl>' });
      expect((await verstuurHerinneringen(t.db, mailer, [toelatingHerinneringen])).mislukt).toBe(0);
      await verstuurHerinneringen(t.db, mailer, [toelatingHerinneringen]);
      const besluit = smtp.berichten.filter((m) => m.onderwerp === 'De commissie heeft besloten over de aanvraag');
      expect(besluit).toHaveLength(1);
      expect(besluit[0]).toMatchObject({ aan: ['ouder@test.piramide.nl'] });
      expect(besluit[0]!.tekst).not.toMatch(/Anna|uitdaging/);
    } finally {
      await smtp.stop();
    }
  });
});

describe('the plaatsingstraject', () => {
  it('shows the coordinator her waiting list and places with a settling-in period of weeks', async () => {
    const werk = (await t.as('coordinator', { method: 'GET', url: '/api/toelating/voorziening' })).json();
    expect(werk.leerlingen.find((l: { id: string }) => l.id === pupils.anna)).toMatchObject({ soort: 'wachtend', positie: 1 });
    const uren = await t.as('coordinator', { method: 'POST', url: `/api/wachtlijst/${wachtlijstId}/plaatsing`, payload: { van: dagen(-30), wenperiodeWeken: 1 } });
    expect(uren.json().message).toMatch(/weken, geen uren/);
    expect((await t.as('swv', { method: 'POST', url: `/api/wachtlijst/${wachtlijstId}/plaatsing`, payload: { van: dagen(-30), wenperiodeWeken: 3 } })).statusCode).toBe(404);
    const res = await t.as('coordinator', { method: 'POST', url: `/api/wachtlijst/${wachtlijstId}/plaatsing`, payload: { van: dagen(-30), wenperiodeWeken: 3 } });
    expect(res.statusCode).toBe(201);
    plaatsingId = res.json().id;
  });

  it('does not start a bovenschoolse placement before the agreement is signed by both schools and the parents', async () => {
    const start = await t.as('coordinator', { method: 'POST', url: `/api/plaatsingen/${plaatsingId}/status`, payload: { status: 'wenperiode', datum: dagen(-30) } });
    expect(start.statusCode).toBe(409);
    expect(start.json().message).toMatch(/ondertekend.*18\.4/);
    const afspraak = await t.as('coordinator', {
      method: 'PUT', url: `/api/plaatsingen/${plaatsingId}/afspraak`,
      payload: { aandeelOnderwijstijd: 80, symbiose: 'Vier dagen op de voltijdklas, één dag op De Aakster', contactritme: 'Wekelijks bellen', verslaglegging: 'voorziening', oudergesprekken: 'samen', lvsGekoppeld: true },
    });
    expect(afspraak.json()).toMatchObject({ overschrijvenVoorgesteld: true });
    afspraakId = afspraak.json().id;
    for (const who of ['ib', 'coordinator', 'ouder'] as const) {
      expect((await t.as(who, { method: 'POST', url: `/api/afspraken/${afspraakId}/ondertekenen` })).statusCode, who).toBe(201);
    }
    expect((await t.as('leraar', { method: 'POST', url: `/api/afspraken/${afspraakId}/ondertekenen` })).statusCode).toBe(404);
    const contact = await t.as('ib', { method: 'POST', url: `/api/afspraken/${afspraakId}/contacten`, payload: { datum: vandaag(), vorm: 'telefoon', notitie: 'Anna went goed.' } });
    expect(contact.statusCode).toBe(201);
    const view = (await t.as('ouder', { method: 'GET', url: `/api/afspraken/${afspraakId}` })).json();
    expect(view).toMatchObject({ stamschool: 'De Aakster', getekendOuders: expect.any(String), contacten: [] });
    expect((await t.as('coordinator', { method: 'GET', url: `/api/afspraken/${afspraakId}` })).json().contacten).toHaveLength(1);
    expect((await t.as('coordinator', { method: 'POST', url: `/api/plaatsingen/${plaatsingId}/status`, payload: { status: 'wenperiode', datum: dagen(-30) } })).statusCode).toBe(201);
  });

  it('moves the registration only after settling in; then no trial status is possible', async () => {
    const vroeg = await t.as('coordinator', { method: 'POST', url: `/api/plaatsingen/${plaatsingId}/overschrijven`, payload: { datum: dagen(1) } });
    expect(vroeg.json().message).toMatch(/wenperiode/);
    const teVroeg = await t.as('coordinator', { method: 'POST', url: `/api/plaatsingen/${plaatsingId}/status`, payload: { status: 'geplaatst', datum: dagen(-20) } });
    expect(teVroeg.json().message).toMatch(/wenperiode loopt tot/);
    expect((await t.as('coordinator', { method: 'POST', url: `/api/plaatsingen/${plaatsingId}/status`, payload: { status: 'geplaatst', datum: vandaag() } })).statusCode).toBe(201);
    // Bram leaves his school at the end of the year: anna's transfer must not touch his registration.
    const eindeJaar = schooljaarPeriode(huidigSchooljaar()).tot;
    await t.db.update(inschrijving).set({ tot: eindeJaar }).where(eq(inschrijving.leerlingId, pupils.bram));
    expect((await t.as('coordinator', { method: 'POST', url: `/api/plaatsingen/${plaatsingId}/overschrijven`, payload: { datum: dagen(1) } })).statusCode).toBe(201);
    expect((await t.db.select().from(inschrijving).where(eq(inschrijving.leerlingId, pupils.bram))).map((i) => i.tot)).toEqual([eindeJaar]);
    const open = await t.db.select().from(inschrijving).where(and(eq(inschrijving.leerlingId, pupils.anna), isNull(inschrijving.tot)));
    expect(open.map((i) => i.schoolId)).toEqual(['00000000-0000-4000-8000-000000000022']);
    const proef = await t.as('coordinator', { method: 'POST', url: `/api/plaatsingen/${plaatsingId}/status`, payload: { status: 'wenperiode', datum: vandaag() } });
    expect(proef.json().message).toMatch(/zorgplicht/);
    const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.actie, 'toelating.inschrijving_overgeschreven'), eq(auditLog.leerlingId, pupils.anna)));
    expect(audit).toHaveLength(1);
    // The database itself refuses a trial status after the transfer.
    await expect(t.db.update(plaatsing).set({ status: 'wenperiode' }).where(eq(plaatsing.id, plaatsingId))).rejects.toThrow();
  });
});
