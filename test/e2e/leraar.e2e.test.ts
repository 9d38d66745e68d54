// A teacher searches for a pupil of her class and opens the pupil page.
import { expect, it } from 'vitest';
import {
  describeE2E, useE2E, expectAccessible, expectNoHorizontalScroll, expectPageStructure, login, newPage, PHONE,
  screenshot,
} from './support/browser.js';

describeE2E('leraar zoekt een leerling', () => {
  const e2e = useE2E();

  for (const [viewport, naam] of [[undefined, '1280'], [PHONE, '360']] as const) {
    it(`finds Anna and opens her page (${naam} px)`, async () => {
      const { context, page } = await newPage(e2e.browser, viewport);
      await login(page, e2e.server, e2e.server.accounts.leraar);

      // from the worklist to the search page
      await page.getByRole('main').getByRole('link', { name: /leerlingen in uw klassen/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Leerlingen zoeken' }).waitFor();
      await expectPageStructure(page, 'Leerlingen zoeken — Piramide');
      await page.getByRole('table', { name: 'Leerlingen met wie u werkt' }).waitFor();
      await expectAccessible(page, 'leerlingen, alle');

      await page.getByLabel('Naam van de leerling').fill('anna');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      const tabel = page.getByRole('table', { name: 'Gevonden leerlingen' });
      await tabel.waitFor();
      await page.getByRole('status').getByText('1 leerling gevonden').waitFor();
      expect(await tabel.getByRole('row').count()).toBe(2); // header + Anna
      expect(new URL(page.url()).searchParams.get('zoek')).toBe('anna');
      await expectAccessible(page, 'leerlingen, gezocht');
      if (naam === '360') await expectNoHorizontalScroll(page);
      await screenshot(page, `leraar-zoeken-${naam}`);

      await tabel.getByRole('link', { name: 'Anna de Vries' }).click();
      const h1 = page.getByRole('heading', { level: 1, name: 'Anna de Vries' });
      await h1.waitFor();
      await expectPageStructure(page, 'Anna de Vries — Piramide');
      // after navigating, focus is on the h1 so a screen reader announces the new page
      await expect.poll(() => h1.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.getByRole('heading', { level: 2, name: 'Gegevens' }).waitFor();
      await page.getByText('14 maart', { exact: false }).first().waitFor();
      const inschrijvingen = page.getByRole('table', { name: 'Inschrijvingen' });
      await inschrijvingen.getByRole('rowheader', { name: 'De Aakster' }).waitFor();
      expect(await inschrijvingen.getByText('Stamschool', { exact: true }).count()).toBeGreaterThan(0);
      await page.getByText('Lotte Leraar, leraar / mentor (De Aakster)').waitFor();
      await page.getByText('Olga de Vries, ouder / verzorger').waitFor();
      await expectAccessible(page, 'leerlingpagina');
      await screenshot(page, `leraar-leerling-${naam}`);
      if (naam === '360') await expectNoHorizontalScroll(page);

      // back to the results, which the URL kept
      await page.getByRole('link', { name: 'Terug naar zoeken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Leerlingen zoeken' }).waitFor();
      await context.close();
    });
  }

  it('finds nobody outside her classes, and a pupil page she may not see says so', async () => {
    const { context, page } = await newPage(e2e.browser);
    await login(page, e2e.server, e2e.server.accounts.leraar);
    await page.goto(`${e2e.server.url}/leerlingen?zoek=Chris`);
    await page.getByRole('status').getByText(/Geen leerlingen gevonden met "Chris"/).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await expectAccessible(page, 'leerlingen, niets gevonden');

    await page.goto(`${e2e.server.url}/leerlingen/${e2e.server.pupils.chris}`);
    await page.getByRole('alert').getByText(/niet gevonden/i).waitFor();
    expect(await page.getByText('Chris').count()).toBe(0);
    await expectAccessible(page, 'leerlingpagina zonder toegang');
    await context.close();
  });
});
