// The OPP journey: the IB drafts Anna's plan, her mother reads it on a phone and consents, the
// evaluation finds the goal reached and the plan proposes to consider stopping. Axe on every page
// visited; screenshots at 1280 and 360.
import { expect, it } from 'vitest';
import {
  describeE2E, useE2E, expectAccessible, expectNoHorizontalScroll, expectPageStructure, login, newPage, PHONE,
  screenshot,
} from './support/browser.js';

describeE2E('OPP: opstellen, instemmen, evalueren', () => {
  const e2e = useE2E();

  it('the IB drafts the plan from the pupil page', async () => {
    const { context, page } = await newPage(e2e.browser);
    await login(page, e2e.server, e2e.server.accounts.ib);
    await page.goto(`${e2e.server.url}/leerlingen/${e2e.server.pupils.anna}`);
    await page.getByText('Geen OPP.').waitFor();
    await page.getByRole('link', { name: 'OPP opstellen' }).click();
    await page.getByRole('heading', { level: 1, name: 'OPP van Anna de Vries' }).waitFor();
    await expectPageStructure(page, 'OPP van Anna de Vries — Piramide');
    await expectAccessible(page, 'OPP (nog geen plan)');
    await page.getByRole('link', { name: 'OPP opstellen' }).click();
    await page.getByRole('heading', { level: 1, name: 'OPP opstellen' }).waitFor();

    // Saving an empty plan: the summary takes focus and names what is missing.
    await page.getByRole('button', { name: 'Versie opslaan' }).click();
    const summary = page.getByRole('group', { name: 'Er is iets niet goed gegaan' });
    await summary.waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await summary.getByRole('link', { name: 'Vul het ontwikkelingsperspectief in.' }).waitFor();
    await expectAccessible(page, 'OPP opstellen met fouten');

    await page.getByLabel('Ontwikkelingsperspectief').fill('Vwo. Anna werkt in de klas met een compacte route en gaat naar de plusklas.');
    await page.getByLabel('Sterke punten').fill('Snel van begrip, creatief, stelt goede vragen.');
    await page.getByLabel('Doel 1', { exact: true }).fill('Anna plant haar weektaak zelf.');
    await page.getByLabel(/Hoe ziet u dat het doel is bereikt/).fill('Drie weken op rij af op vrijdag.');
    await page.getByLabel('Afspraak 1: wat gebeurt er?').fill('Plusklas');
    await page.getByLabel('Afspraak 1: wie doet het?').fill('Sem Specialist');
    await page.getByLabel('Afspraak 1: wanneer?').fill('Dinsdagmiddag');
    await page.getByLabel('Afspraak 1: waar?').fill('Plusklaslokaal');
    await page.getByLabel('Wat ouders thuis kunnen doen').fill('Oefen thuis met een stopwatch: hoe lang duurt een taak echt?');
    await page.getByLabel('Wat is er veranderd en waarom?').fill('Eerste versie, opgesteld met Anna en haar moeder.');
    await screenshot(page, 'opp-opstellen-1280');
    await page.getByRole('button', { name: 'Versie opslaan' }).click();

    await page.getByRole('heading', { level: 1, name: 'OPP van Anna de Vries' }).waitFor();
    await page.getByText('Instemming ouders ontbreekt').first().waitFor();
    await page.getByLabel('Datum').fill('2020-01-10');
    await page.getByRole('button', { name: 'Plannen' }).click();
    await page.getByText(/Gepland op 10 januari 2020 — nog niet vastgelegd/).waitFor();
    await expectAccessible(page, 'OPP versie 1');
    await screenshot(page, 'opp-ib-1280');
    await context.close();
  });

  it('the parent reads the plan on a phone and consents', async () => {
    const { context, page } = await newPage(e2e.browser, PHONE);
    await login(page, e2e.server, e2e.server.accounts.ouder);
    // her home page says the plan waits for her, and leads there
    await page.getByText('Het plan (OPP) wacht op uw instemming.').waitFor();
    await expectAccessible(page, 'start ouder met plan dat wacht');
    await page.getByRole('link', { name: 'Lees het plan van Anna de Vries en stem in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Het plan voor uw kind' }).waitFor();
    await page.goto(`${e2e.server.url}/mijn-kinderen/${e2e.server.pupils.anna}`);
    await page.getByText('OPP versie 1 — Instemming ouders ontbreekt').waitFor();
    await page.getByRole('link', { name: 'Lees het plan en stem in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Het plan voor uw kind' }).waitFor();
    await expectPageStructure(page, 'Het plan voor uw kind — Piramide');
    await page.getByText('Oefen thuis met een stopwatch: hoe lang duurt een taak echt?').waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'plan voor ouders');
    await screenshot(page, 'opp-ouder-360');

    await page.getByRole('button', { name: 'Ik stem in' }).click();
    await page.getByText('Dank u wel. De school ziet dat u instemt.').waitFor();
    await page.getByText(/Olga de Vries heeft ingestemd op/).waitFor();
    await page.getByLabel('Wat wilt u de school laten weten over het plan?').fill('Anna is na de plusklas moe; graag rustig opbouwen.');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText('Dank u wel. Uw visie staat nu bij het plan.').waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'plan voor ouders na instemming');
    await screenshot(page, 'opp-ouder-ingestemd-360');
    await context.close();
  });

  it('the pupil reads her plan on a phone and fills in her portfolio', async () => {
    const { context, page } = await newPage(e2e.browser, PHONE);
    await login(page, e2e.server, e2e.server.accounts.leerling);
    await page.getByRole('link', { name: 'Mijn plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn plan' }).waitFor();
    await page.getByText('Anna plant haar weektaak zelf.').waitFor();
    await page.getByRole('group', { name: 'Plannen' }).getByLabel('4', { exact: true }).check();
    await page.getByRole('group', { name: 'Hulp vragen' }).getByLabel('2', { exact: true }).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('4 van 5').waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'mijn plan (leerling)');
    await screenshot(page, 'opp-leerling-360');
    await context.close();
  });

  it('the IB records the evaluation: the goal is reached, the plan proposes to consider stopping', async () => {
    const { context, page } = await newPage(e2e.browser);
    await login(page, e2e.server, e2e.server.accounts.ib);
    await page.goto(`${e2e.server.url}/leerlingen/${e2e.server.pupils.anna}/opp`);
    await page.getByText('Ouders stemmen in').first().waitFor();
    await page.getByText('Anna is na de plusklas moe; graag rustig opbouwen.').waitFor();
    await page.getByRole('link', { name: 'Evaluatie vastleggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Evaluatie vastleggen' }).waitFor();
    await page.getByLabel('Welk gepland moment was dit?').selectOption({ label: 'Gepland op 10 januari 2020' });
    await page.getByLabel('Datum van het gesprek').fill('2020-01-10');
    for (const wie of ['intern begeleider', 'leerling', 'ouders']) await page.getByLabel(wie, { exact: true }).check();
    await page.getByLabel('Notities van het gesprek').fill('Anna plant haar week zelf; moeder ziet thuis ook rust.');
    await page.getByRole('group', { name: 'Anna plant haar weektaak zelf.' }).getByLabel('behaald', { exact: true }).check();
    await page.getByText('Bij de laatste evaluatie waren alle doelen bereikt.', { exact: false }).waitFor();
    await page.getByLabel('Verlengd: het plan loopt door zoals het is').check();
    await expectAccessible(page, 'evaluatie vastleggen');
    await screenshot(page, 'opp-evaluatie-1280');
    await page.getByRole('button', { name: 'Evaluatie opslaan' }).click();

    await page.getByRole('heading', { level: 1, name: 'OPP van Anna de Vries' }).waitFor();
    await page.getByText('Alle doelen zijn bereikt', { exact: true }).waitFor();
    await page.getByText('Anna plant haar weektaak zelf. — behaald').waitFor();
    await expectAccessible(page, 'OPP na evaluatie');
    await screenshot(page, 'opp-na-evaluatie-1280');
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'opp-na-evaluatie-360');
    await context.close();
  });
});
