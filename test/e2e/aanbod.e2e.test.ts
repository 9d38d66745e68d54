// The admission journey: a parent finds the offer and her rights without logging in; the IB applies
// for Anna; her mother consents on a phone; the commissie weighs several sources and recommends; the
// mother sees Anna's place on the waiting list; the coordinator places Anna with a settling-in period.
import { expect, it } from 'vitest';
import {
  describeE2E, useE2E, expectAccessible, expectNoHorizontalScroll, expectPageStructure, login, newPage, PHONE, screenshot,
} from './support/browser.js';

describeE2E('aanbod en toelating: aanvragen, besluiten, wachtlijst, plaatsen', () => {
  const e2e = useE2E();
  const toelating = () => `${e2e.server.url}/toelating/${e2e.server.pupils.anna}`;

  it('shows the regional offer and the rights without log-in, on a phone', async () => {
    const { context, page } = await newPage(e2e.browser, PHONE);
    await page.goto(`${e2e.server.url}/aanbod`);
    await page.getByRole('heading', { level: 1, name: 'Het aanbod voor (hoog)begaafde kinderen in de regio' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Plusklas Aadorp' }).waitFor();
    await expectPageStructure(page, /^Het aanbod voor/);
    await page.getByLabel('Gemeente').selectOption('Beekstad');
    await page.getByRole('heading', { level: 3, name: 'Voltijdklas De Beek' }).waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 3, name: 'Plusklas Aadorp' }).count()).toBe(0);
    await page.getByText('Gratis. Onderwijs is gratis.').first().waitFor();
    await page.getByRole('heading', { name: 'Het loket van SWV Testregio PO' }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'openbaar aanbod 360');
    await screenshot(page, 'aanbod-publiek-360');
    await page.getByRole('link', { name: /Uw rechten en die van uw kind/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Uw rechten en die van uw kind' }).waitFor();
    await page.getByRole('heading', { name: 'Uw kind wordt gehoord' }).waitFor();
    await page.getByRole('heading', { name: 'Bent u het niet eens?' }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'rechten 360');
    await context.close();
  });

  it('the IB applies for Anna with her voice and the OPP', async () => {
    const { context, page } = await newPage(e2e.browser);
    await login(page, e2e.server, e2e.server.accounts.ib);
    await page.goto(`${e2e.server.url}/leerlingen/${e2e.server.pupils.anna}`);
    await page.getByRole('link', { name: 'Aanvragen, wachtlijst en plaatsingen bekijken' }).click();
    await page.getByRole('link', { name: 'Aanvraag indienen bij de commissie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanvraag indienen' }).waitFor();
    await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
    await page.getByRole('group', { name: 'Er is iets niet goed gegaan' }).getByRole('link', { name: 'Kies een voorziening.' }).waitFor();
    await expectAccessible(page, 'aanvraag met fouten');
    await page.getByLabel(/^Plusklas Aadorp/).check();
    await page.getByLabel('Wat heeft de leerling nodig, en wat deed de school al?').fill('Anna verveelt zich; compacten en verrijken in de klas helpt niet genoeg.');
    await page.getByLabel('Wat zegt de leerling zelf?').fill('Ik wil met andere kinderen moeilijke puzzels maken.');
    await page.getByLabel('OPP of onderzoek (als dat er is)').fill('OPP: doelen op plannen en doorzetten.');
    await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelding en plaats' }).waitFor();
    await page.getByText('Wacht op de ouders').waitFor();
    await expectAccessible(page, 'toelating na aanvraag (ib)');
    await screenshot(page, 'aanbod-aanvraag-ib-1280');
    await context.close();
  });

  it('the parent consents and gives her view on a phone', async () => {
    const { context, page } = await newPage(e2e.browser, PHONE);
    await login(page, e2e.server, e2e.server.accounts.ouder);
    await page.goto(`${e2e.server.url}/mijn-kinderen/${e2e.server.pupils.anna}`);
    await page.getByText('De school vraagt uw toestemming voor een aanmelding.').waitFor();
    await page.getByRole('link', { name: 'Aanvragen, wachtlijst en plaatsingen bekijken' }).click();
    await page.getByRole('heading', { name: 'Uw toestemming en uw kijk' }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'toestemming ouder 360');
    await page.getByLabel('Ja, ik geef toestemming').check();
    await page.getByLabel('Hoe ziet u uw kind, en wat hoopt u?').fill('Thuis is Anna nieuwsgierig; we hopen dat ze weer plezier krijgt in school.');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText('Ligt bij de commissie').waitFor();
    await screenshot(page, 'aanbod-ouder-toestemming-360');
    await context.close();
  });

  it('the commissie weighs two sources and recommends the plusklas', async () => {
    const { context, page } = await newPage(e2e.browser);
    await login(page, e2e.server, e2e.server.accounts.commissie);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Commissie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanvragen voor de commissie' }).waitFor();
    await expectAccessible(page, 'commissie werkvoorraad');
    await page.getByRole('link', { name: 'Anna de Vries' }).click();
    await page.getByRole('heading', { name: 'Besluit van de commissie' }).waitFor();
    await page.getByText(/Thuis is Anna nieuwsgierig/).waitFor();
    await page.getByLabel('Oordeel van de leraar').check();
    await page.getByLabel('Wat laat Oordeel van de leraar zien?').fill('Verveling en snelle verwerking in de klas');
    await page.getByLabel('Gesprek met de leerling').check();
    await page.getByLabel('Wat laat Gesprek met de leerling zien?').fill('Anna zoekt ontwikkelingsgelijken');
    await page.getByLabel('Aanbevelen bij de coördinator van Plusklas Aadorp').check();
    await page.getByLabel('Redenen', { exact: true }).fill('Leraar, Anna en haar ouders zien hetzelfde: ze heeft uitdaging en ontwikkelingsgelijken nodig.');
    await page.getByLabel('Gedragswetenschapper of orthopedagoog in de commissie').fill('drs. O. Pedagoog');
    await expectAccessible(page, 'besluitformulier');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText('De commissie beveelt Plusklas Aadorp aan').waitFor();
    await screenshot(page, 'aanbod-commissie-besluit-1280');
    await context.close();
  });

  it('the parent sees the decision and Anna\'s place on the waiting list (360 px)', async () => {
    const { context, page } = await newPage(e2e.browser, PHONE);
    await login(page, e2e.server, e2e.server.accounts.ouder);
    await page.goto(toelating());
    await page.getByText('Plek 1 van 1').first().waitFor();
    await page.getByText('Op de wachtlijst van Plusklas Aadorp', { exact: false }).waitFor();
    await page.getByText(/Verwachte start: er is nu een plaats vrij/).waitFor();
    await page.getByText('De commissie beveelt Plusklas Aadorp aan').waitFor();
    await expectPageStructure(page, /^Aanmelding en plaats/);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'wachtlijstpositie ouder 360');
    await screenshot(page, 'aanbod-ouder-wachtlijst-360');
    await context.close();
  });

  it('the coordinator places Anna with a settling-in period of weeks', async () => {
    const { context, page } = await newPage(e2e.browser);
    await login(page, e2e.server, e2e.server.accounts.coordinator);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn voorziening' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtlijst en plaatsingen' }).waitFor();
    const kaart = page.getByRole('article', { name: /Plek 1: Anna de Vries/ });
    await kaart.waitFor();
    await expectAccessible(page, 'coördinator wachtlijst');
    await kaart.getByLabel('Wenperiode in weken').fill('1');
    await kaart.getByRole('button', { name: 'Plaatsen' }).click();
    await page.getByText(/Een wenperiode duurt weken, geen uren/).first().waitFor();
    await kaart.getByLabel('Wenperiode in weken').fill('6');
    await kaart.getByRole('button', { name: 'Plaatsen' }).click();
    await page.getByRole('article', { name: 'Anna de Vries' }).getByText(/Plusklas Aadorp, vanaf .*: gepland\./).waitFor();
    await screenshot(page, 'aanbod-coordinator-1280');
    await context.close();

    const ouder = await newPage(e2e.browser, PHONE);
    await login(ouder.page, e2e.server, e2e.server.accounts.ouder);
    await ouder.page.goto(toelating());
    await ouder.page.getByText(/Wenperiode van 6 weken/).waitFor();
    await ouder.context.close();
  });
});
