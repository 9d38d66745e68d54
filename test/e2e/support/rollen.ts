// What each test account should find on its home page. Names come from test/support/region.ts.
import { expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, expectPageStructure, login, newPage, screenshot, type TestServer } from './browser.js';

export interface RolVerwachting {
  /** key in server.accounts */
  wie: string;
  kop: RegExp;
  rol: string;
  /** main-menu links besides Start and Mijn account */
  menu: string[];
  /** a worklist line or other text the home page must show */
  tekst?: RegExp;
}

const ALLE_MENU = ['Leerlingen', 'Mijn kinderen', 'Logboek', 'Aanbod', 'Commissie', 'Mijn voorziening'];

export async function checkHomePage(browser: Browser, server: TestServer, r: RolVerwachting) {
  const { context, page } = await newPage(browser);
  await login(page, server, server.accounts[r.wie as keyof typeof server.accounts]);
  await page.getByRole('heading', { level: 1, name: r.kop }).waitFor();
  await expectPageStructure(page, 'Start — Piramide');
  const main = page.getByRole('main');
  await main.getByText(r.rol, { exact: false }).first().waitFor();
  if (r.tekst) await main.getByText(r.tekst).first().waitFor();

  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  for (const item of ['Start', 'Mijn account', ...r.menu]) {
    expect(await menu.getByRole('link', { name: item, exact: true }).count(), `${r.wie}: ${item}`).toBe(1);
  }
  for (const item of ALLE_MENU.filter((m) => !r.menu.includes(m))) {
    expect(await menu.getByRole('link', { name: item, exact: true }).count(), `${r.wie}: no ${item}`).toBe(0);
  }
  await page.waitForLoadState('networkidle');
  await expectAccessible(page, `start ${r.wie}`);
  await screenshot(page, `start-${r.wie}-1280`);

  await menu.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  // the header forgets the account too
  await expect.poll(() => page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
  expect(await page.getByRole('banner').innerText()).not.toContain('Ingelogd als');
  // and the server does: the home page asks to log in again
  await page.goto(`${server.url}/`);
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  await context.close();
}
