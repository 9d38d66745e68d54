// The monitor journey: the IB prints codes, a pupil without an account answers on a phone with a code
// (skips a question; every answer is saved the moment it is chosen, so it is still there after a
// reload), then SWV staff open the monitor and read the table behind a figure. Axe on every page.
import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../src/server/core/access/actor.js';
import { queryRows } from '../../src/server/core/db/db.js';
import { bekijkVragenlijst, maakMeting, nodigUit } from '../../src/server/monitor/vragenlijst.service.js';
import { actors } from '../support/region.js';
import { dag, seedMonitorAntwoorden, seedMonitorLeerlingen } from '../support/monitor.js';
import {
  describeE2E, useE2E, expectAccessible, expectNoHorizontalScroll, expectPageStructure, login, newPage, PHONE, screenshot,
} from './support/browser.js';

const swv: Actor = { accountId: actors.swv, naam: 'Wim Samenwerking', email: 'swv@test.piramide.nl', soort: 'medewerker', rollen: ['swv_medewerker'], leerlingId: null };
const meta = { route: 'e2e', ip: '127.0.0.1' };

describeE2E('monitor: vragenlijst met een code, daarna de cijfers', () => {
  const e2e = useE2E();
  let code = '';

  it('the IB prints the codes of the wave', async () => {
    const db = e2e.server.db;
    await seedMonitorLeerlingen(db);
    const lijst = await bekijkVragenlijst(db, swv, {});
    const m1 = await maakMeting(db, swv, lijst.id, { nummer: 1, naam: 'Meting 1', van: dag(-1), tot: dag(30), leerjaren: [5] }, meta);
    const m2 = await maakMeting(db, swv, lijst.id, { nummer: 2, naam: 'Meting 2', van: dag(-1), tot: dag(30), leerjaren: [] }, meta);
    await nodigUit(db, swv, m1.id, meta);
    await nodigUit(db, swv, m2.id, meta);
    await seedMonitorAntwoorden(db, lijst.id, m1.id, m2.id);
    // Bram answers wave 1 himself below: no answers of his yet.
    expect((await queryRows<{ n: number }>(db, sql`select count(*)::int as n from monitor_antwoord a join monitor_respondent r on r.id = a.respondent_id
      where r.leerling_id = ${e2e.server.pupils.bram}`))[0]!.n).toBe(0);

    const { context, page } = await newPage(e2e.browser);
    await login(page, e2e.server, e2e.server.accounts.ib);
    await page.getByRole('link', { name: 'Codes vragenlijst' }).click();
    await page.getByRole('heading', { level: 1, name: 'Codes voor de vragenlijst' }).waitFor();
    await page.getByRole('button', { name: 'Codes maken voor Meting 1' }).click();
    const rij = page.getByRole('row', { name: /Bram Bakker/ });
    code = (await rij.locator('.piramide-code').textContent()) ?? '';
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await expectPageStructure(page, 'Codes voor de vragenlijst — Piramide');
    await expectAccessible(page, 'codes');
    await screenshot(page, 'monitor-codes-1280');
    await context.close();
  });

  it('a pupil answers on a phone with the code, skips a question, and the answers stay saved', async () => {
    const { context, page } = await newPage(e2e.browser, PHONE);
    await page.goto(`${e2e.server.url}/inloggen`);
    await page.getByRole('link', { name: /code van school/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Vragenlijst invullen met een code' }).waitFor();
    await expectAccessible(page, 'code invullen');
    await page.getByLabel('Jouw code').fill('ZZZZ-ZZZZ');
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('alert').getByText(/code klopt niet/).waitFor();
    await expectAccessible(page, 'code onjuist');
    await page.getByLabel('Jouw code').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vragenlijst: Meting 1' }).waitFor();
    await expectPageStructure(page, 'Vragenlijst: Meting 1 — Piramide');
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'vragenlijst');

    const vraag1 = page.getByRole('group', { name: /De les op school is voldoende uitdagend voor mij\./ });
    const vraag3 = page.getByRole('group', { name: /Op school leer ik dingen die ik nog niet wist\./ });
    await vraag1.getByLabel('Waar', { exact: true }).check();
    await vraag1.getByText('Bewaard').waitFor();
    // Question 2 is skipped.
    await vraag3.getByLabel('Helemaal waar').check();
    await vraag3.getByText('Bewaard').waitFor();
    await page.getByText('Je hebt 2 van de 28 vragen beantwoord.').waitFor();
    await screenshot(page, 'monitor-vragenlijst-360');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Vragenlijst: Meting 1' }).waitFor();
    expect(await page.getByRole('group', { name: /De les op school is voldoende uitdagend/ }).getByLabel('Waar', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('group', { name: /De les op school gaat voor mij te langzaam/ }).getByRole('radio', { checked: true }).count()).toBe(0);
    expect(await page.getByRole('group', { name: /Op school leer ik dingen/ }).getByLabel('Helemaal waar').isChecked()).toBe(true);
    const opgeslagen = await queryRows<{ code: string; score: number }>(e2e.server.db, sql`
      select i.code, a.score from monitor_antwoord a join vragenlijst_item i on i.id = a.item_id
        join monitor_respondent r on r.id = a.respondent_id where r.leerling_id = ${e2e.server.pupils.bram} order by i.code`);
    expect(opgeslagen).toEqual([{ code: 'eu1', score: 4 }, { code: 'eu3', score: 5 }]);

    await page.getByRole('button', { name: 'Ik ben klaar' }).click();
    await page.getByText('Klaar! Bedankt voor het invullen.').waitFor();
    await expectAccessible(page, 'klaar');
    await context.close();
  });

  it('SWV staff open the monitor and read the table behind the figure', async () => {
    const { context, page } = await newPage(e2e.browser);
    await login(page, e2e.server, e2e.server.accounts.swv);
    await page.getByRole('link', { name: 'Monitor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Monitor: werkt het aanbod, en voor wie?' }).waitFor();
    await page.getByText(/^20 deelnemers, 41 leerlingen in de vergelijkingsgroep\./).waitFor(); // the 40 and Bram
    const figuur = page.getByRole('figure', { name: /Hedges’ g per schaal/ });
    await figuur.getByText('Tabel bij deze figuur').click();
    const tabel = figuur.getByRole('table');
    await tabel.getByRole('rowheader', { name: 'Ervaren uitdaging' }).waitFor();
    await expect.poll(() => tabel.getByRole('columnheader').allTextContents()).toContain('Hedges’ g (95%-interval)');
    await page.getByRole('heading', { name: 'Model met correctie voor LVS en ervaren uitdaging' }).waitFor();
    await expectPageStructure(page, /^Monitor: werkt het aanbod, en voor wie\? — Piramide/);
    await expectAccessible(page, 'monitor');
    await screenshot(page, 'monitor-swv-1280');
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'monitor op een telefoon');
    await screenshot(page, 'monitor-swv-360');
    await context.close();
  });
});
