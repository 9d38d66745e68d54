// A parent on her phone opens her child's page and sees who looked at the file.
import { expect, it } from 'vitest';
import {
  describeE2E, useE2E, expectAccessible, expectNoHorizontalScroll, expectPageStructure, login, newPage, PHONE,
  screenshot,
} from './support/browser.js';

describeE2E('ouder op de telefoon', () => {
  const e2e = useE2E();

  it('opens her child and the access log, which shows the teacher who looked', async () => {
    // the teacher opens Anna's page first, so the log has someone else in it
    const leraar = await newPage(e2e.browser);
    await login(leraar.page, e2e.server, e2e.server.accounts.leraar);
    await leraar.page.goto(`${e2e.server.url}/leerlingen/${e2e.server.pupils.anna}`);
    await leraar.page.getByRole('heading', { level: 2, name: 'Gegevens' }).waitFor();
    await leraar.context.close();

    const { context, page } = await newPage(e2e.browser, PHONE);
    await login(page, e2e.server, e2e.server.accounts.ouder);
    await page.getByRole('heading', { level: 2, name: 'Mijn kinderen' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Anna de Vries' }).waitFor();
    await expectAccessible(page, 'start ouder 360');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'ouder-start-360');

    // the main menu fits: every item visible without scrolling sideways
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    for (const naam of ['Start', 'Mijn kinderen', 'Mijn account']) {
      const box = await menu.getByRole('link', { name: naam, exact: true }).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= PHONE.width, naam).toBe(true);
      expect(box!.height, `${naam} is a large enough target`).toBeGreaterThanOrEqual(44);
    }
    const uit = await menu.getByRole('button', { name: 'Uitloggen' }).boundingBox();
    expect(uit && uit.x + uit.width <= PHONE.width).toBe(true);

    await page.getByRole('link', { name: 'Gegevens van Anna de Vries' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anna de Vries' }).waitFor();
    await expectPageStructure(page, 'Anna de Vries — Piramide');
    await page.getByText('Lotte Leraar, leraar / mentor (De Aakster)').waitFor();
    await page.getByText(/OPP is het ontwikkelingsperspectief: het plan voor extra ondersteuning van uw kind/).waitFor();
    await expectAccessible(page, 'kind 360');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'ouder-kind-360');

    await page.getByRole('link', { name: 'Bekijk wie het dossier van Anna heeft bekeken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wie heeft het dossier van Anna de Vries bekeken' }).waitFor();
    await expectPageStructure(page, 'Wie heeft het dossier van Anna de Vries bekeken — Piramide');
    const lijst = page.getByRole('main').getByRole('list');
    await lijst.getByText('Lotte Leraar heeft de gegevens bekeken').waitFor();
    await lijst.getByText('U heeft de gegevens bekeken').first().waitFor();
    expect(await lijst.locator('time').count()).toBeGreaterThan(1);
    await expectAccessible(page, 'toegang 360');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'ouder-toegang-360');
    await context.close();
  });

  it('cannot open the staff search', async () => {
    const { context, page } = await newPage(e2e.browser, PHONE);
    await login(page, e2e.server, e2e.server.accounts.ouder);
    await page.goto(`${e2e.server.url}/leerlingen`);
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await expectAccessible(page, 'geen toegang');
    await context.close();
  });
});
