// Log-in: errors linked to their fields, the summary takes focus, keyboard paths work.
import { expect, it } from 'vitest';
import {
  describeE2E, useE2E, expectAccessible, expectPageStructure, newPage, PHONE, screenshot,
} from './support/browser.js';

describeE2E('inloggen', () => {
  const e2e = useE2E();

  it('sends a visitor to the log-in page, with a skip link and a titled page', async () => {
    const { context, page } = await newPage(e2e.browser);
    await page.goto(`${e2e.server.url}/leerlingen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    await expectPageStructure(page, 'Inloggen — Piramide');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('inhoud');

    await expectAccessible(page, 'inloggen');
    await screenshot(page, 'inloggen-1280');
    await context.close();
  });

  it('links a wrong password to the password field and focuses the summary', async () => {
    const { context, page } = await newPage(e2e.browser);
    await page.goto(`${e2e.server.url}/inloggen`);
    await page.getByLabel('E-mailadres').fill(e2e.server.accounts.leraar);
    await page.getByLabel('Wachtwoord', { exact: true }).fill('dit-is-niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();

    const melding = 'Het e-mailadres of het wachtwoord klopt niet.';
    const summary = page.getByRole('group', { name: 'Er is iets niet goed gegaan' });
    await summary.waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);

    const veld = page.getByLabel('Wachtwoord', { exact: true });
    expect(await veld.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await veld.getAttribute('aria-describedby')) ?? '';
    const beschrijving = await Promise.all(
      describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).innerText()),
    );
    expect(beschrijving.join(' ')).toContain(melding);
    expect(await page.getByLabel('E-mailadres').getAttribute('aria-invalid')).toBeNull();
    expect(await page.title()).toMatch(/^Fout: Inloggen/);

    // the summary's line leads to the field
    await summary.getByRole('link', { name: melding }).click();
    await expect.poll(() => veld.evaluate((el) => el === document.activeElement)).toBe(true);

    await expectAccessible(page, 'inloggen met fout wachtwoord');
    await screenshot(page, 'inloggen-fout-1280');
    await context.close();
  });

  it('checks empty fields before asking the server, also on a phone', async () => {
    const { context, page } = await newPage(e2e.browser, PHONE);
    await page.goto(`${e2e.server.url}/inloggen`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('group', { name: 'Er is iets niet goed gegaan' }).waitFor();
    expect(await page.getByLabel('E-mailadres').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Wachtwoord', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.getByText('Vul uw e-mailadres in.').count()).toBe(2); // summary and field
    await expectAccessible(page, 'inloggen leeg op telefoon');
    await screenshot(page, 'inloggen-leeg-360');
    await context.close();
  });
});
