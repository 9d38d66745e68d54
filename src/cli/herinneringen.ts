// `piramide herinneringen`: one reminder run (for cron, next to the hourly run inside `piramide start`).
import { loadConfig } from '../server/core/env.js';
import { openConfiguredDatabase } from '../server/core/db/open-configured.js';
import { createMailer } from '../server/core/mail/mailer.js';
import { verstuurHerinneringen } from '../server/core/mail/herinneringen.js';
import { herinneringBronnen } from '../server/herinneringen.js';
import type { Command } from './command.js';

export const command: Command = async () => {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await database.migrate();
    const run = await verstuurHerinneringen(database.db, createMailer(config), herinneringBronnen);
    console.log(`Herinneringen: ${run.verzonden} verzonden, ${run.mislukt} mislukt.`);
    return run.mislukt > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
};
