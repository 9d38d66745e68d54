// The signalling journey: the teacher nominates Anna, her mother adds her picture on a phone, the IB
// sees that the pictures differ and decides. Axe on every page visited; screenshots at 1280 and 360.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  describeE2E, useE2E, expectAccessible, expectNoHorizontalScroll, expectPageStructure, login, newPage, PHONE,
  screenshot,
} from './support/browser.js';

const KENMERKEN = [
  'Creatief denken', 'Intensiteit', 'Sterk rechtvaardigheidsgevoel', 'Snel van begrip', 'Grote woordenschat',
  'Kritisch denken', 'Behoefte aan uitdaging', 'Zelfstandig leren',
];

async function kies(page: Page, vraag: string, score: string) {
  await page.getByRole('group', { name: vraag, exact: true }).getByLabel(score, { exact: true }).check();
}

describeE2E('signalering: nomineren, beeld van ouders, besluiten', () => {
  const e2e = useE2E();

  it('the teacher nominates Anna from her pupil page', async () => {
    const { context, page } = await newPage(e2e.browser);
    await login(page, e2e.server, e2e.server.accounts.leraar);
    await page.goto(`${e2e.server.url}/leerlingen/${e2e.server.pupils.anna}`);
    await page.getByText(/Signalering: 0 nominaties, beeld ouders nog niet gegeven — besluit nog niet genomen\./).waitFor();
    await page.getByRole('link', { name: 'Naar het signaalprofiel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signaalprofiel van Anna de Vries' }).waitFor();
    await expectPageStructure(page, 'Signaalprofiel van Anna de Vries — Piramide');
    await expectAccessible(page, 'signaalprofiel (leraar, leeg)');

    await page.getByRole('link', { name: 'Nominatie door leraar of mentor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nominatie door leraar of mentor' }).waitFor();
    await page.getByText('Eigen formulier van Piramide', { exact: true }).waitFor();
    // Saving an empty form: the summary takes focus, each line links to its question.
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const summary = page.getByRole('group', { name: 'Er is iets niet goed gegaan' });
    await summary.waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await summary.getByRole('link', { name: 'Kies een score van 1 tot 5 bij "Intensiteit".' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('vraag-intensiteit');
    await expectAccessible(page, 'nominatie met fouten');
    await screenshot(page, 'signalering-nominatie-fouten-1280');

    for (const k of KENMERKEN) await kies(page, k, '2');
    await page.getByLabel('Toelichting: wat ziet u in de klas?').fill('Anna werkt rustig en doet mee, valt in de klas niet op.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signaalprofiel van Anna de Vries' }).waitFor();
    const nominaties = page.getByRole('region', { name: 'Nominaties door leraar of mentor' });
    await nominaties.getByText(/door Lotte Leraar/).waitFor();
    await screenshot(page, 'signalering-profiel-leraar-1280');
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'signalering-profiel-leraar-360');
    await context.close();
  });

  it('the parent adds her view on a phone', async () => {
    const { context, page } = await newPage(e2e.browser, PHONE);
    await login(page, e2e.server, e2e.server.accounts.ouder);
    await page.goto(`${e2e.server.url}/mijn-kinderen/${e2e.server.pupils.anna}`);
    await page.getByRole('link', { name: 'Hoe ziet u uw kind? Vul de vragenlijst in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hoe ziet u uw kind?' }).waitFor();
    await expectPageStructure(page, /^Hoe ziet u uw kind\? — Piramide/);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'hoe ziet u uw kind');
    await screenshot(page, 'signalering-ouder-360');

    await kies(page, 'Mijn kind bedenkt eigen, nieuwe oplossingen en ideeën.', '4');
    await kies(page, 'Mijn kind gaat ergens helemaal in op en voelt dingen sterk.', '5');
    await kies(page, 'Mijn kind vindt eerlijkheid heel belangrijk.', '5');
    await kies(page, 'Mijn kind begrijpt nieuwe dingen snel.', '4');
    await kies(page, 'Mijn kind kent veel woorden en praat graag.', '4');
    await kies(page, 'Mijn kind stelt kritische vragen en wil weten waarom.', '4');
    await kies(page, 'Mijn kind zoekt moeilijke dingen op en verveelt zich snel.', '5');
    await kies(page, 'Mijn kind leert uit zichzelf nieuwe dingen.', '4');
    await page.getByLabel(/Wat ziet u thuis/).fill('Thuis leest ze alles over sterren en stelt ze de hele dag vragen.');
    await page.getByRole('group', { name: 'Mijn kind leert uit zichzelf nieuwe dingen.' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: '.tmp/e2e/signalering-ouder-ingevuld-360-scherm.png' });
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText('Dank u wel!').waitFor();
    await expectAccessible(page, 'hoe ziet u uw kind, verstuurd');
    await screenshot(page, 'signalering-ouder-verstuurd-360');
    await context.close();
  });

  it('the IB sees that the pictures differ and decides', async () => {
    const { context, page } = await newPage(e2e.browser);
    await login(page, e2e.server, e2e.server.accounts.ib);
    await page.goto(`${e2e.server.url}/leerlingen/${e2e.server.pupils.anna}`);
    await page.getByText(/Signalering: 1 nominatie, beeld ouders verschilt — besluit nog niet genomen\./).waitFor();
    await page.getByRole('link', { name: 'Naar het signaalprofiel' }).click();
    await page.getByText('Het beeld van de ouders verschilt van het beeld van de school.').waitFor();
    const tabel = page.getByRole('table', { name: /Scores per kenmerk/ });
    const rij = tabel.getByRole('row', { name: /^Intensiteit/ });
    expect(await rij.innerText()).toMatch(/2\s+5\s+\+3\s+Ja, het beeld verschilt/);
    await expectAccessible(page, 'signaalprofiel (ib, beeld verschilt)');
    await screenshot(page, 'signalering-profiel-ib-1280');

    await page.getByRole('link', { name: 'Besluit vastleggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Besluit nemen' }).waitFor();
    await page.getByLabel('Aanpassen in de klas').check();
    expect(await page.getByLabel('Aanpassen in de klas').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Besluit opslaan' }).click();
    await page.getByRole('link', { name: 'Schrijf op waarom dit besluit is genomen.' }).waitFor();
    await expectAccessible(page, 'besluit met fout');
    await page.getByLabel('Waarom dit besluit?').fill('Thuis zien de ouders veel meer dan wij in de klas. Eerst verrijken en uitdagen in de klas, over zes weken samen kijken.');
    await page.getByLabel('ouders', { exact: true }).check();
    await page.getByLabel('leraar', { exact: true }).check();
    await screenshot(page, 'signalering-besluit-1280');
    await page.getByRole('button', { name: 'Besluit opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signaalprofiel van Anna de Vries' }).waitFor();
    const besluiten = page.getByRole('region', { name: 'Besluiten' });
    await besluiten.getByText('Genomen door Ilse Begeleider, besproken met: ouders, leraar.').waitFor();
    await besluiten.getByText('Aanpassen in de klas', { exact: true }).waitFor();
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'signalering-profiel-ib-360');
    await context.close();
  });
});
