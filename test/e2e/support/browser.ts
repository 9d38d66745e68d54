// Shared set-up for the browser tests: Chromium (skipped cleanly when missing, unless E2E=required),
// the test server with the built client, log-in, axe and screenshots.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { startTestServer } from '../../support/test-app.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const required = process.env.E2E === 'required';

/** `describe` that runs only where Chromium is (or must be: then a missing one fails the run). */
export const describeE2E = describe.runIf(hasChromium || required);

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

export async function launchBrowser(): Promise<Browser> {
  if (!hasChromium) throw new Error(`E2E=required, maar ${CHROMIUM} ontbreekt: installeer chromium.`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=nl-NL',
    ],
  });
}

/** A browser and a test server for the tests of one file, stopped after them by their own handles. */
export function useE2E(): { browser: Browser; server: TestServer } {
  const e2e = {} as { browser: Browser; server: TestServer };
  beforeAll(async () => {
    e2e.browser = await launchBrowser();
    e2e.server = await startTestServer();
  });
  afterAll(async () => {
    await e2e.browser?.close();
    await e2e.server?.close();
  });
  return e2e;
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 360, height: 740 };

export async function newPage(browser: Browser, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  // a failing request or script error is a bug, except the expected 401 before log-in
  page.on('pageerror', (error) => {
    throw error;
  });
  return { context, page };
}

/** Logs in through the form and waits for the home page. */
export async function login(page: Page, server: TestServer, email: string, password = server.password) {
  await page.goto(`${server.url}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: /^(Welkom|Hoi)/ }).waitFor();
}

/** No WCAG 2.1 A/AA violations on the page as it is now. */
export async function expectAccessible(page: Page, label: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(violations, `axe on ${label}`).toEqual([]);
}

/** One h1, a main landmark, a banner and a page title per page. */
export async function expectPageStructure(page: Page, title: RegExp | string) {
  await expect.poll(() => page.title()).toMatch(typeof title === 'string' ? new RegExp(`^${title}`) : title);
  expect(await page.locator('h1').count()).toBe(1);
  expect(await page.getByRole('main').count()).toBe(1);
  expect(await page.getByRole('banner').count()).toBe(1);
  expect(await page.getByRole('contentinfo').count()).toBe(1);
}

/** The page must not scroll sideways (tables may scroll inside their own region). */
export async function expectNoHorizontalScroll(page: Page) {
  const { scroll, client, teBreed } = await page.evaluate(() => {
    const client = document.documentElement.clientWidth;
    // name the outermost elements that stick out, so a failure says where to look
    const uit = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > client + 1);
    const teBreed = uit.filter((el) => !uit.includes(el.parentElement!)).slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
    return { scroll: document.documentElement.scrollWidth, client, teBreed };
  });
  expect(scroll, `page is wider than the viewport: ${teBreed.join(', ')}`).toBeLessThanOrEqual(client);
}

const shotDir = path.resolve('.tmp/e2e');

export async function screenshot(page: Page, name: string) {
  mkdirSync(shotDir, { recursive: true });
  await page.screenshot({ path: path.join(shotDir, `${name}.png`), fullPage: true });
}
