// The privacy officer searches the audit log.
import { expect, it } from 'vitest';
import {
  describeE2E, useE2E, expectAccessible, expectPageStructure, login, newPage, screenshot,
} from './support/browser.js';

describeE2E('privacyfunctionaris doorzoekt het logboek', () => {
  const e2e = useE2E();

  it('finds who opened a pupil file, by pupil, by user and by date', async () => {
    const leraar = await newPage(e2e.browser);
    await login(leraar.page, e2e.server, e2e.server.accounts.leraar);
    await leraar.page.goto(`${e2e.server.url}/leerlingen/${e2e.server.pupils.anna}`);
    await leraar.page.getByRole('heading', { level: 2, name: 'Gegevens' }).waitFor();
    await leraar.context.close();

    const { context, page } = await newPage(e2e.browser);
    await login(page, e2e.server, e2e.server.accounts.privacy);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Logboek' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logboek doorzoeken' }).waitFor();
    await expectPageStructure(page, 'Logboek doorzoeken — Piramide');
    await expectAccessible(page, 'logboek leeg');

    // a malformed pupil id is caught and linked to its field
    await page.getByLabel('Leerling-id').fill('anna');
    await page.getByRole('button', { name: 'Zoeken in logboek' }).click();
    const veld = page.getByLabel('Leerling-id');
    await expect.poll(() => veld.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'logboek met fout');

    await veld.fill(e2e.server.pupils.anna);
    const vandaag = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
    await page.getByLabel('Vanaf datum').fill(vandaag);
    await page.getByLabel('Tot en met datum').fill(vandaag);
    await page.getByRole('button', { name: 'Zoeken in logboek' }).click();
    const tabel = page.getByRole('table', { name: 'Regels in het logboek' });
    await tabel.waitFor();
    const rij = tabel.getByRole('row').filter({ hasText: 'Lotte Leraar' }).filter({ hasText: 'Leerlingpagina bekeken' });
    expect(await rij.count()).toBeGreaterThan(0);
    const url = new URL(page.url());
    expect(url.searchParams.get('leerlingId')).toBe(e2e.server.pupils.anna);
    expect(url.searchParams.get('van')).toBe(vandaag);
    await expectAccessible(page, 'logboek per leerling');
    await screenshot(page, 'privacy-logboek-1280');

    // by user and action
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await page.getByLabel('E-mailadres van de gebruiker').fill(e2e.server.accounts.leraar);
    await page.getByLabel('Actie').fill('account.inloggen');
    await page.getByRole('button', { name: 'Zoeken in logboek' }).click();
    await tabel.getByRole('row').filter({ hasText: 'Ingelogd' }).first().waitFor();
    const rijen = await tabel.getByRole('row').allInnerTexts();
    expect(rijen.slice(1).every((r) => r.includes('Lotte Leraar') && r.includes('Ingelogd'))).toBe(true);
    await expectAccessible(page, 'logboek per gebruiker');
    await context.close();
  });
});
