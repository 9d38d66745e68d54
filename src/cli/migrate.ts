import { loadConfig } from '../server/core/env.js';
import { openConfiguredDatabase } from '../server/core/db/open-configured.js';
import type { Command } from './command.js';

export const command: Command = async () => {
  const database = await openConfiguredDatabase(loadConfig());
  try {
    await database.migrate();
    console.log(`Migraties uitgevoerd (${database.kind}).`);
    return 0;
  } finally {
    await database.close();
  }
};
