// My account: turn two-step verification on, log in with it, and turn it off again.
import { expect, it } from 'vitest';
import { totpCode } from '../../src/server/core/auth/totp.js';
import {
  describeE2E, useE2E, expectAccessible, expectPageStructure, login, newPage, screenshot,
} from './support/browser.js';

describeE2E('mijn account', () => {
  const e2e = useE2E();

  it('enrols TOTP, shows the recovery codes once, and asks for a code at the next log-in', { timeout: 150_000 }, async () => {
    const { context, page } = await newPage(e2e.browser);
    await login(page, e2e.server, e2e.server.accounts.ib);
    await page.getByRole('link', { name: 'Tweestapsverificatie aanzetten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    await expectPageStructure(page, 'Mijn account — Piramide');
    await expectAccessible(page, 'account');

    // a new password that is too short is refused before the e2e.server is asked
    await page.getByLabel('Huidig wachtwoord').fill(e2e.server.password);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('kort');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect.poll(() => page.getByLabel('Nieuw wachtwoord', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await page.getByRole('button', { name: 'Tweestapsverificatie aanzetten' }).click();
    // the pressed button is gone: focus moves to the start of the next step
    const stap1 = page.getByRole('heading', { level: 3, name: 'Stap 1: voeg Piramide toe aan de app' });
    await expect.poll(() => stap1.evaluate((el) => el === document.activeElement)).toBe(true);
    const geheim = (await page.locator('code.piramide-code').first().innerText()).trim();
    expect(geheim).toMatch(/^[A-Z2-7]{16,}$/);
    expect(await page.locator('code.piramide-code').nth(1).innerText()).toMatch(/^otpauth:\/\/totp\//);
    await expectAccessible(page, 'totp koppelen');
    await screenshot(page, 'account-totp-koppelen-1280');

    await page.getByLabel('Code uit de app (6 cijfers)').fill('000000' === totpCode(geheim, Date.now() / 1000) ? '111111' : '000000');
    await page.getByRole('button', { name: 'Code controleren en aanzetten' }).click();
    await expect.poll(() => page.getByLabel('Code uit de app (6 cijfers)').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Code uit de app (6 cijfers)').fill(totpCode(geheim, Date.now() / 1000));
    await page.getByRole('button', { name: 'Code controleren en aanzetten' }).click();
    const codes = page.getByRole('list', { name: 'Herstelcodes' });
    await codes.waitFor();
    const herstelcodes = (await codes.getByRole('listitem').allInnerTexts()).map((c) => c.trim());
    expect(herstelcodes.length).toBeGreaterThanOrEqual(5);
    await expectAccessible(page, 'herstelcodes');
    await screenshot(page, 'account-herstelcodes-1280');
    await page.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();
    const aan = page.getByText('Tweestapsverificatie staat aan.');
    await aan.waitFor();
    await expect.poll(() => aan.evaluate((el) => el.closest('p') === document.activeElement)).toBe(true);
    expect(await page.getByRole('list', { name: 'Herstelcodes' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);

    // the next log-in asks for the code; a recovery code works too
    await page.getByLabel('E-mailadres').fill(e2e.server.accounts.ib);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(e2e.server.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const codeKop = page.getByRole('heading', { level: 1, name: 'Code invullen' });
    await codeKop.waitFor();
    // no menu until the second step is done
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
    await expect.poll(() => codeKop.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page, 'totp-stap');
    await page.getByLabel('Code uit de app').fill('12');
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect.poll(() => page.getByLabel('Code uit de app').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'totp-stap met fout');
    await screenshot(page, 'inloggen-totp-fout-1280');
    await page.getByLabel('Code uit de app').fill(herstelcodes[0]!);
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welkom, Ilse Begeleider' }).waitFor();

    // and off again
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn account' }).click();
    await page.getByText('Tweestapsverificatie staat aan.').waitFor();
    await page.getByLabel('Code uit de app (6 cijfers)').fill(totpCode(geheim, Date.now() / 1000));
    await page.getByRole('button', { name: 'Tweestapsverificatie uitzetten' }).click();
    await page.getByText('Tweestapsverificatie staat nu uit.').waitFor();
    await page.getByText('Tweestapsverificatie staat uit.').waitFor();
    await expectAccessible(page, 'totp uitgezet');
    await context.close();
  });
});
