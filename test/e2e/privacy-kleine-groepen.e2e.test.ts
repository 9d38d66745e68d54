// Privacy as its users meet it: SWV staff read the network's coverage without small groups (a count
// under 10 reads "minder dan 10"); a mother sees that her daughter turned up in a teacher's search;
// the pupil herself is addressed as "je" in the shell. Axe on each page; screenshots at 360 px.
import { expect, it } from 'vitest';
import {
  describeE2E, expectAccessible, expectNoHorizontalScroll, expectPageStructure, login, newPage, PHONE, screenshot, useE2E,
} from './support/browser.js';

describeE2E('privacy: kleine groepen, zoeken in het logboek, je en u', () => {
  const e2e = useE2E();

  it('SWV staff see coverage with small counts withheld, on a phone', async () => {
    const { context, page } = await newPage(e2e.browser, PHONE);
    await login(page, e2e.server, e2e.server.accounts.swv);
    await page.goto(`${e2e.server.url}/aanbod/dekking`);
    await page.getByRole('heading', { level: 1, name: 'Dekking van het netwerk' }).waitFor();
    await expectPageStructure(page, 'Dekking van het netwerk — Piramide');
    await page.getByText(/Dan tonen we het niet, zodat niemand te herkennen is/).waitFor();
    // Chris alone in the plusklas, Bram's one application: withheld, the 8 places shown.
    const perLaag = page.getByRole('table').nth(1);
    const aadorp = perLaag.getByRole('row').filter({ hasText: 'Aadorp' });
    await expect.poll(() => aadorp.getByRole('cell').allTextContents()).toEqual(['In de school, buiten de klas', 'Aadorp', '1', '8', 'minder dan 10', '0', '–']);
    await page.getByRole('row').filter({ hasText: 'De Aakster' }).getByText('minder dan 10').first().waitFor();
    await expectAccessible(page, 'dekking 360');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'privacy-dekking-360');
    await context.close();
  });

  it('a mother sees that her daughter appeared in the teacher\'s search', async () => {
    const leraar = await newPage(e2e.browser);
    await login(leraar.page, e2e.server, e2e.server.accounts.leraar);
    await leraar.page.goto(`${e2e.server.url}/leerlingen?zoek=vries`);
    await leraar.page.getByRole('link', { name: /Anna de Vries/ }).waitFor();
    await leraar.context.close();

    const { context, page } = await newPage(e2e.browser, PHONE);
    await login(page, e2e.server, e2e.server.accounts.ouder);
    await page.goto(`${e2e.server.url}/mijn-kinderen/${e2e.server.pupils.anna}/toegang`);
    await page.getByRole('heading', { level: 1, name: 'Wie heeft het dossier van Anna de Vries bekeken' }).waitFor();
    await page.getByRole('main').getByRole('list').getByText('Lotte Leraar heeft de naam, school en klas gezien bij het zoeken naar leerlingen').waitFor();
    await expectAccessible(page, 'toegang na zoeken 360');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'privacy-toegang-zoeken-360');
    await context.close();
  });

  it('the pupil is addressed as "je" in the shell; adults keep "u"', async () => {
    const { context, page } = await newPage(e2e.browser, PHONE);
    await login(page, e2e.server, e2e.server.accounts.leerling);
    const footer = page.getByRole('contentinfo');
    await footer.getByText('Piramide houdt bij wie jouw gegevens bekijkt. Je ouders kunnen zien wie dat was.').waitFor();
    expect(await footer.textContent()).not.toMatch(/\bu\b/);
    await expectAccessible(page, 'leerling start 360');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'privacy-leerling-360');
    await page.goto(`${e2e.server.url}/aanbod/dekking`);
    await page.getByText('Deze pagina is niet voor jou.').waitFor();
    await screenshot(page, 'privacy-leerling-geentoegang-360');
    await context.close();

    const ouder = await newPage(e2e.browser, PHONE);
    await login(ouder.page, e2e.server, e2e.server.accounts.ouder);
    await ouder.page.getByRole('contentinfo').getByText(/Alles wat u in een dossier bekijkt/).waitFor();
    await ouder.context.close();
  });
});
