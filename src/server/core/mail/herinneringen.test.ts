import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/db.js';
import { openTestDatabase } from '../../../../test/support/test-db.js';
import { startTestSmtp } from '../../../../test/support/smtp.js';
import { createMailer } from './mailer.js';
import { verstuurHerinneringen, type HerinneringBron } from './herinneringen.js';
import { herinneringVerzonden } from './herinnering.table.js';

const bron = (sleutels: string[]): HerinneringBron => ({
  soort: 'test',
  zoek: async () => sleutels.map((sleutel) => ({
    sleutel, aan: ['ib@test.piramide.nl'], onderwerp: `Evaluatie te laat (${sleutel})`, tekst: 'Er wacht een evaluatie op u.',
  })),
});

describe('herinneringen', () => {
  let database: Database;
  let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
  beforeAll(async () => {
    database = await openTestDatabase();
    smtp = await startTestSmtp();
  });
  afterAll(async () => {
    await smtp.stop();
    await database.close();
  });

  it('mails each reminder once, however often the run repeats', async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, mailVan: 'Piramide <noreply@test.piramide.nl>' });
    expect(await verstuurHerinneringen(database.db, mailer, [bron(['a', 'b'])])).toEqual({ verzonden: 2, mislukt: 0 });
    expect(await verstuurHerinneringen(database.db, mailer, [bron(['a', 'b', 'c'])])).toEqual({ verzonden: 1, mislukt: 0 });
    expect(smtp.berichten.map((m) => m.onderwerp)).toEqual(['Evaluatie te laat (a)', 'Evaluatie te laat (b)', 'Evaluatie te laat (c)']);
    expect(smtp.berichten[0]).toMatchObject({ aan: ['ib@test.piramide.nl'], tekst: expect.stringContaining('Er wacht een evaluatie op u.') });
  });

  it('does not record a reminder the mail server refused, so the next run tries again', async () => {
    const dicht = createMailer({ smtpUrl: 'smtp://127.0.0.1:1', mailVan: 'x@test.piramide.nl' });
    expect(await verstuurHerinneringen(database.db, dicht, [bron(['d'])])).toEqual({ verzonden: 0, mislukt: 1 });
    expect(await database.db.select().from(herinneringVerzonden).where(eq(herinneringVerzonden.sleutel, 'd'))).toEqual([]);
    const mailer = createMailer({ smtpUrl: smtp.url, mailVan: 'x@test.piramide.nl' });
    expect(await verstuurHerinneringen(database.db, mailer, [bron(['d'])])).toEqual({ verzonden: 1, mislukt: 0 });
  });

  it('writes mail to the log when no mail server is configured', async () => {
    const regels: string[] = [];
    await createMailer({ mailVan: 'x@test.piramide.nl' }, (r) => regels.push(r)).verstuur({ aan: ['a@b.nl'], onderwerp: 'Actie te laat', tekst: '…' });
    expect(regels).toEqual(['[mail staat uit] aan a@b.nl: Actie te laat']);
  });
});
