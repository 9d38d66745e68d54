// Opens the database the configuration names: PostgreSQL with DATABASE_URL, else PGlite on disk.
import { mkdirSync } from 'node:fs';
import type { Config } from '../env.js';
import { openDatabase, type Database } from './db.js';

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) return openDatabase({ kind: 'postgres', url: config.databaseUrl });
  mkdirSync(config.dataDir, { recursive: true });
  return openDatabase({ kind: 'pglite', dataDir: config.dataDir });
}
