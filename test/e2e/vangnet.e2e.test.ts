// The vangnet journey (source: 003 §20.3): the case manager registers that Chris really dropped out,
// sees the overdue intake on the home page, finds every step waiting for the home-school contact,
// runs the route and records re-entry at a school nearby; the leerplichtambtenaar follows it on a
// phone. Axe on every page visited; screenshots at 1280 and 360.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { plusDagen, vandaagNl } from '../../src/server/vangnet/termijnen.js';
import {
  describeE2E, useE2E, expectAccessible, expectNoHorizontalScroll, expectPageStructure, login, newPage, PHONE, screenshot,
} from './support/browser.js';

const uitval = plusDagen(vandaagNl(), -20);

async function formulier(page: Page, kop: string) {
  const f = page.getByRole('form', { name: kop });
  await f.waitFor();
  return f;
}

describeE2E('vangnet: van uitval tot terugkeer op een school in de buurt', () => {
  const e2e = useE2E();

  it('the case manager runs the vangnet route for Chris', async () => {
    const { context, page } = await newPage(e2e.browser);
    await login(page, e2e.server, e2e.server.accounts.casemanager);
    await page.goto(`${e2e.server.url}/leerlingen/${e2e.server.pupils.chris}`);
    await page.getByText(/Casemanager: Carla Casemanager\./).waitFor();
    await page.getByRole('link', { name: 'Naar de casus' }).click();
    await page.getByRole('heading', { level: 1, name: 'Casus van Chris Claessen' }).waitFor();
    await expectPageStructure(page, 'Casus van Chris Claessen — Piramide');
    await page.getByText(/geen reden voor een melding bij Veilig Thuis/).waitFor();
    await expectAccessible(page, 'casus zonder vangnet');

    await page.locator('summary', { hasText: 'Uitval vastleggen' }).click();
    const uit = await formulier(page, 'Uitval vastleggen');
    await uit.getByLabel('Uitgevallen op').fill(uitval);
    await uit.getByRole('button', { name: 'Uitval vastleggen' }).click();
    // The intake is overdue, and no step but the contact with the home school is offered.
    await page.getByText(/dag\(en\) over de termijn\. De casemanager en het samenwerkingsverband krijgen hierover een e-mail\./).waitFor();
    await formulier(page, 'Contact met de stamschool vastleggen');
    expect(await page.getByRole('form', { name: 'Intake vastleggen' }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Tijdelijke opvang laten beginnen' }).count()).toBe(0);
    await page.getByText(/Eerst dit\. Het protocol zegt: doe niets zonder contact met de thuisschool\./).waitFor();
    await expectAccessible(page, 'vangnet na uitval');
    await screenshot(page, 'vangnet-na-uitval-1280');
    // The home page lists the overdue intake, with the way back to the case.
    await page.goto(`${e2e.server.url}/`);
    await page.getByText(/Intake — Uiterlijk .*over de termijn/).waitFor();
    await expectAccessible(page, 'start casemanager');
    await page.getByRole('link', { name: 'Chris Claessen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Casus van Chris Claessen' }).waitFor();

    // An empty contact form: errors linked to their fields.
    let f = await formulier(page, 'Contact met de stamschool vastleggen');
    await f.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('link', { name: 'Vul dit in: Met wie van de stamschool.' }).waitFor();
    await expectAccessible(page, 'contactformulier met fouten');
    await f.getByLabel('Met wie van de stamschool').fill('Mentor van De Beek');
    await f.getByLabel('Wat is afgesproken').fill('We trekken samen op; de mentor houdt contact met Chris.');
    await f.getByRole('button', { name: 'Opslaan' }).click();

    f = await formulier(page, 'Intake vastleggen');
    await f.getByLabel('Kort verslag').fill('Intake met Chris en de ouders.');
    await f.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText(/Gedaan, maar na de termijn/).waitFor();

    f = await formulier(page, 'Tijdelijke opvang laten beginnen');
    await f.getByLabel('Zorgboerderij').check();
    await f.getByLabel('Wie biedt de opvang').fill('Zorgboerderij De Hoeve');
    await f.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText(/Zorgboerderij bij Zorgboerderij De Hoeve/).waitFor();

    f = await formulier(page, 'Leerplichtambtenaar geïnformeerd');
    await f.getByLabel('Naam van de leerplichtambtenaar').fill('Lars Leerplicht');
    await f.getByRole('button', { name: 'Opslaan' }).click();

    f = await formulier(page, 'Plan voor de 12 weken');
    await f.getByLabel('Samen met de ouders een passende school dicht bij huis zoeken').check();
    await f.getByLabel('Toelichting').fill('De ouders en Chris kijken mee op De Aakster.');
    await f.getByRole('button', { name: 'Opslaan' }).click();

    f = await formulier(page, 'Terug naar school');
    await f.getByLabel('School').selectOption({ label: 'De Aakster (Aadorp)' });
    await f.getByRole('button', { name: 'Terugkeer vastleggen' }).click();
    await page.getByText(/\d{4}, op De Aakster$/).waitFor();
    await expectAccessible(page, 'vangnet afgerond');
    await screenshot(page, 'vangnet-afgerond-1280');
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'vangnet-afgerond-360');
    await context.close();
  });

  it('the leerplichtambtenaar sees the vangnet, not the meetings, on a phone', async () => {
    const { context, page } = await newPage(e2e.browser, PHONE);
    await login(page, e2e.server, e2e.server.accounts.leerplicht);
    await page.goto(`${e2e.server.url}/leerlingen/${e2e.server.pupils.chris}/casus`);
    await page.getByRole('heading', { level: 1, name: 'Casus van Chris Claessen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Vangnet' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Overleggen' }).count()).toBe(0);
    expect(await page.getByRole('form').count()).toBe(0);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'casus als leerplichtambtenaar');
    await screenshot(page, 'vangnet-leerplicht-360');
    await context.close();
  });
});
