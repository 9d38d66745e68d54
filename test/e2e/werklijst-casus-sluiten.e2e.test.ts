// The work of the commissie comes to its home page on a phone, and the case manager ends a person's
// involvement and closes Chris's case (reason and date; a clear error first). Axe on each page.
import { expect, it } from 'vitest';
import {
  describeE2E, useE2E, expectAccessible, expectNoHorizontalScroll, login, newPage, PHONE, screenshot,
} from './support/browser.js';

describeE2E('werklijst van de commissie, casus sluiten', () => {
  const e2e = useE2E();

  it('the commissie sees the application waiting for a decision on its home page, on a phone', async () => {
    const { context, page } = await newPage(e2e.browser, PHONE);
    await login(page, e2e.server, e2e.server.accounts.commissie);
    await page.getByRole('link', { name: /1 aanvraag wacht op een besluit/ }).click();
    await page.getByRole('heading', { level: 2, name: '1 aanvraag wacht op een besluit' }).waitFor();
    await page.getByText(/Plusklas Aadorp · bij de commissie sinds .* \(vandaag\)/).waitFor();
    await expectAccessible(page, 'werklijst commissie');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'werklijst-commissie-360');
    await page.getByRole('link', { name: 'Bram Bakker' }).click();
    await page.waitForURL(/\/toelating\//);
    await context.close();
  });

  it('the case manager ends the procesbegeleider\'s involvement and closes the case', async () => {
    const { context, page } = await newPage(e2e.browser);
    await login(page, e2e.server, e2e.server.accounts.casemanager);
    await page.goto(`${e2e.server.url}/leerlingen/${e2e.server.pupils.chris}/casus`);
    await page.getByRole('heading', { level: 1, name: 'Casus van Chris Claessen' }).waitFor();

    await page.locator('summary', { hasText: 'Paula Proces' }).click();
    const einde = page.getByRole('form', { name: 'Betrokkenheid van Paula Proces beëindigen' });
    await einde.getByRole('button', { name: 'Betrokkenheid beëindigen' }).click();
    await page.locator('summary', { hasText: 'Paula Proces' }).waitFor({ state: 'detached' });
    expect(await page.getByText('Paula Proces').count()).toBe(0);

    await page.locator('summary', { hasText: 'Casus sluiten' }).click();
    const sluiten = page.getByRole('form', { name: 'Casus sluiten' });
    await sluiten.getByRole('button', { name: 'Casus sluiten' }).click();
    await sluiten.getByRole('link', { name: /Waarom stopt de casus/ }).waitFor();
    await expectAccessible(page, 'casus sluiten met fout');
    await sluiten.getByLabel('Het groeidoel is bereikt').check();
    await sluiten.getByLabel('Toelichting').fill('Chris gaat weer hele dagen naar school.');
    await sluiten.getByRole('button', { name: 'Casus sluiten' }).click();
    await page.getByText('De casus is gesloten').waitFor();
    await expectAccessible(page, 'casus gesloten');
    await screenshot(page, 'casus-gesloten-1280');
    // she no longer sees the case
    await page.reload();
    await page.getByText(/niet gevonden/i).first().waitFor();
    await context.close();
  });
});
