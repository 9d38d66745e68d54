// The pupil's own pages on a phone: Anna reads the application her school made for her, sees where
// it stands and writes in her own words what she thinks (hoorrecht, source: 000); then she opens her
// case, sees her case manager and the next meeting and tells how the coaching goes for her; her
// mother opens the same case on her phone. Axe on every page; screenshots at 360 and 1280.
import { expect, it } from 'vitest';
import { plusDagen, vandaagNl } from '../../src/server/vangnet/termijnen.js';
import { actors, voorzieningen } from '../support/region.js';
import {
  describeE2E, useE2E, expectAccessible, expectNoHorizontalScroll, expectPageStructure, login, newPage, PHONE, screenshot,
  type TestServer,
} from './support/browser.js';

/** Acts through the API as one of the test region's people, as the client does (cookie and CSRF token). */
async function alsApi(server: TestServer, email: string) {
  const res = await fetch(`${server.url}/api/auth/inloggen`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, wachtwoord: server.password }),
  });
  expect(res.status).toBe(200);
  const { csrfToken } = await res.json() as { csrfToken: string };
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return async (url: string, body: object) => {
    const r = await fetch(`${server.url}${url}`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken }, body: JSON.stringify(body),
    });
    expect(r.status, `${url}: ${await r.clone().text()}`).toBe(201);
    return await r.json() as { id: string };
  };
}

describeE2E('leerling: mijn aanvraag en mijn traject', () => {
  const e2e = useE2E();

  it('the pupil reads her application on a phone and writes what she thinks', async () => {
    const { server } = e2e;
    const anna = server.pupils.anna;
    // The IB applies for the full-time class; her mother consents: it now lies with the commissie.
    const aanvraag = await (await alsApi(server, server.accounts.ib))('/api/aanvragen', {
      leerlingId: anna, voorzieningId: voorzieningen.voltijd, hulpvraag: 'Anna loopt vast in de klas; vertrouwelijk onderzoek bijgevoegd.',
      stemLeerling: 'Anna zegt dat ze zich verveelt in de klas.',
    });
    await (await alsApi(server, server.accounts.ouder))(`/api/aanvragen/${aanvraag.id}/ouder`, { instemming: true, visie: 'Thuis is ze vaak boos.' });

    const { context, page } = await newPage(e2e.browser, PHONE);
    await login(page, server, server.accounts.leerling);
    const start = page.getByRole('region', { name: 'Mijn aanvraag' });
    await start.getByText('Je school heeft gevraagd of je naar Voltijdklas De Beek kunt. De commissie kijkt nu naar de aanvraag.').waitFor();
    await start.getByText('Je hebt nog niet zelf gezegd wat je ervan vindt.').waitFor();
    await expectAccessible(page, 'start leerling met aanvraag');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'leerling-start-360');

    await start.getByRole('link', { name: 'Lees je aanvraag en zeg wat jij ervan vindt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn aanvraag' }).waitFor();
    await expectPageStructure(page, 'Mijn aanvraag — Piramide');
    await page.getByRole('heading', { level: 2, name: 'Een plek bij Voltijdklas De Beek' }).waitFor();
    await page.getByText('Ilse Begeleider van De Aakster heeft op').waitFor();
    await page.getByText('Een klas waar je de hele week naartoe gaat, met kinderen die net zo denken en leren als jij.').waitFor();
    // Where it stands: the parents' step is done, the commissie's is now.
    const nu = page.locator('[aria-current="step"]');
    await expect.poll(() => nu.textContent()).toMatch(/^NuDe commissie kijkt wat bij jou past/);
    await page.getByText('Anna zegt dat ze zich verveelt in de klas.').waitFor();
    // Not for her: the school's question and file, her mother's view.
    expect(await page.getByText(/vertrouwelijk|vaak boos/).count()).toBe(0);
    await expectAccessible(page, 'mijn aanvraag');
    await expectNoHorizontalScroll(page);

    await page.getByRole('button', { name: 'Opslaan' }).click();
    const summary = page.getByRole('group', { name: 'Er is iets niet goed gegaan' });
    await summary.getByRole('link', { name: 'Schrijf eerst wat je ervan vindt.' }).waitFor();
    await expectAccessible(page, 'mijn aanvraag met fout');

    const woorden = 'Ik wil graag naar de voltijdklas. Ik hoop dat ik daar vrienden vind die net zo denken als ik.';
    await page.getByLabel('Schrijf hier wat jij ervan vindt').fill(woorden);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Opgeslagen! De commissie leest wat je schreef.').waitFor();
    // The form is gone; focus goes to the confirmation, not to the top of the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Opgeslagen! De commissie leest wat je schreef.');
    await page.getByText(woorden).waitFor();
    await expectAccessible(page, 'mijn aanvraag opgeslagen');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'leerling-aanvraag-360');

    // Saved: after a reload her words are there, and she can still change them.
    await page.reload();
    await page.getByText(woorden).waitFor();
    await page.getByRole('button', { name: 'Veranderen' }).click();
    await expect.poll(() => page.getByLabel('Schrijf hier wat jij ervan vindt').inputValue()).toBe(woorden);

    // The commissie decides: she reads what it means for her, and her words can no longer change.
    await (await alsApi(server, server.accounts.commissie))(`/api/aanvragen/${aanvraag.id}/besluit`, {
      besluit: 'aanbevolen', redenen: 'De orthopedagoog ziet een sterke behoefte aan ontwikkelingsgelijken.', gedragswetenschapper: 'drs. O. Pedagoog',
      prioriteit: 'regulier', gewogenBronnen: [{ bron: 'oordeel_leraar', weging: 'Verveling in de klas' }, { bron: 'gesprek_leerling', weging: 'Wil uitdaging' }],
    });
    await page.goto(`${server.url}/`);
    await page.getByRole('region', { name: 'Mijn aanvraag' }).getByRole('link', { name: 'Lees wat er besloten is' }).click();
    await page.getByRole('heading', { level: 3, name: 'Wat is er besloten?' }).waitFor();
    await page.getByText('De commissie vindt dat Voltijdklas De Beek goed bij je past.').waitFor();
    await page.getByText('Je staat op de wachtlijst van Voltijdklas De Beek. Je bent nummer 1 van 1.').waitFor();
    await page.getByText('Er is al besloten. Je kunt het nu niet meer veranderen.').waitFor();
    expect(await page.getByText(/orthopedagoog ziet/).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Veranderen' }).count()).toBe(0);
    await expectAccessible(page, 'mijn aanvraag besloten');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'leerling-aanvraag-besloten-360');
    await context.close();

    const groot = await newPage(e2e.browser);
    await login(groot.page, server, server.accounts.leerling);
    await groot.page.goto(`${server.url}/mijn-aanvraag`);
    await groot.page.getByText(woorden).waitFor();
    await expectAccessible(groot.page, 'mijn aanvraag 1280');
    await screenshot(groot.page, 'leerling-aanvraag-1280');
    await groot.context.close();
  });

  it('the pupil and her mother open her case on a phone; the pupil tells how the coaching goes', async () => {
    const { server } = e2e;
    const anna = server.pupils.anna;
    const pad = `/api/leerlingen/${anna}/casus`;
    await (await alsApi(server, server.accounts.ib))(pad, { casemanagerId: actors.casemanager, soort: 'dubbel_bijzonder', groeidoel: 'Anna gaat weer met plezier naar school.' });
    const cm = await alsApi(server, server.accounts.casemanager);
    const leerling = await cm(`${pad}/betrokkenen`, { rol: 'leerling', naam: 'Anna de Vries', email: server.accounts.leerling });
    const ouder = await cm(`${pad}/betrokkenen`, { rol: 'ouder', naam: 'Olga de Vries', email: server.accounts.ouder });
    const volgend = plusDagen(vandaagNl(), 14);
    await cm(`${pad}/overleggen`, {
      datum: plusDagen(vandaagNl(), -2), agenda: ['Hoe gaat het op school?'], deelnemers: [leerling.id, ouder.id],
      verslag: 'Anna vertelde dat de ochtenden zwaar zijn.', besluiten: ['Anna praat vier weken lang elke week met een coach.'],
      acties: [], volgendOverleg: volgend, delen: true,
    });
    await cm(`${pad}/interventies`, { soort: 'coachingsgesprekken', aanbieder: 'Coach De Berg', van: plusDagen(vandaagNl(), -7), doel: 'Weer plezier in leren.' });

    const { context, page } = await newPage(e2e.browser, PHONE);
    await login(page, server, server.accounts.leerling);
    const start = page.getByRole('region', { name: 'Mijn traject' });
    await start.getByText(/Carla Casemanager is je casemanager\. Het volgende gesprek is op/).waitFor();
    await start.getByRole('link', { name: 'Bekijk je traject' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn traject' }).waitFor();
    await expectPageStructure(page, 'Mijn traject — Piramide');
    await page.getByText('Carla Casemanager is je casemanager. Heb je een vraag? Je mag het altijd vragen.').waitFor();
    await page.getByText(/Het volgende gesprek is op .*Jij mag erbij zijn/).waitFor();
    await page.getByText('Anna praat vier weken lang elke week met een coach.').waitFor();
    await page.getByRole('heading', { level: 3, name: 'Coachingsgesprekken' }).waitFor();
    await expectAccessible(page, 'mijn traject');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'leerling-traject-360');

    // One task per screen: telling how the coaching goes has its own page.
    await page.getByRole('link', { name: 'Vertel hoe het gaat met Coachingsgesprekken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vertel hoe het gaat' }).waitFor();
    await expectPageStructure(page, 'Vertel hoe het gaat — Piramide');
    await page.getByText('Coachingsgesprekken van Coach De Berg. Het is bedoeld voor: Weer plezier in leren.').waitFor();
    await expectAccessible(page, 'vertel hoe het gaat');
    await expectNoHorizontalScroll(page);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('group', { name: 'Er is iets niet goed gegaan' }).getByRole('link', { name: 'Kies bij minstens één vraag een antwoord.' }).waitFor();
    await expectAccessible(page, 'vertel hoe het gaat met fout');
    await screenshot(page, 'leerling-vertel-360');
    await page.getByRole('group', { name: 'Hoe goed klikt het met wie je helpt?' }).getByLabel('Heel goed').check();
    await page.getByRole('group', { name: 'Hoe goed kun je het aan? Is het niet te zwaar of te veel?' }).getByLabel('Een beetje').check();
    await page.getByLabel('Wil je nog iets vertellen?').fill('De coach is aardig, maar na school ben ik moe.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn traject' }).waitFor();
    await page.getByText('Dank je wel! Nu weten ze hoe het voor jou gaat.').waitFor();
    await page.getByRole('heading', { level: 4, name: /^Wat jij vertelde op/ }).waitFor();
    await page.getByText('De coach is aardig, maar na school ben ik moe.').waitFor();
    await expectAccessible(page, 'mijn traject na vertellen');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'leerling-traject-verteld-360');
    await context.close();

    const groot = await newPage(e2e.browser);
    await login(groot.page, server, server.accounts.leerling);
    await groot.page.goto(`${server.url}/mijn-traject`);
    await groot.page.getByText('De coach is aardig, maar na school ben ik moe.').waitFor();
    await screenshot(groot.page, 'leerling-traject-1280');
    await groot.context.close();

    // Her mother: the same case, through her child's page, on her phone.
    const moeder = await newPage(e2e.browser, PHONE);
    await login(moeder.page, server, server.accounts.ouder);
    await moeder.page.goto(`${server.url}/mijn-kinderen/${anna}`);
    await moeder.page.getByRole('link', { name: 'Naar de casus' }).click();
    await moeder.page.getByRole('heading', { level: 1, name: 'Casus van Anna de Vries' }).waitFor();
    await moeder.page.getByText('Anna vertelde dat de ochtenden zwaar zijn.').waitFor();
    await moeder.page.getByText(/De coach is aardig, maar na school ben ik moe\./).waitFor();
    await moeder.page.getByRole('link', { name: 'Terug naar uw kind' }).waitFor();
    // No full-time entry phases in this case: the section about them is not shown to her.
    expect(await moeder.page.getByRole('heading', { name: 'Instromen in voltijdsonderwijs' }).count()).toBe(0);
    await expectAccessible(moeder.page, 'casus voor de ouder');
    await expectNoHorizontalScroll(moeder.page);
    await screenshot(moeder.page, 'ouder-casus-360');
    await moeder.context.close();
  });
});
