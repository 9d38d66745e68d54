// `piramide start` (npm start): migrate, load the demo region on first start, build the client if
// it is missing or stale, serve.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { buildApp, clientDir } from '../server/app.js';
import { loadConfig } from '../server/core/env.js';
import { openConfiguredDatabase } from '../server/core/db/open-configured.js';
import { queryRows, type Db } from '../server/core/db/db.js';
import { deleteExpiredSessions } from '../server/core/auth/session.js';
import { createMailer } from '../server/core/mail/mailer.js';
import { verstuurHerinneringen } from '../server/core/mail/herinneringen.js';
import { herinneringBronnen } from '../server/herinneringen.js';
import { loadDemoRegion, type DemoLogin } from '../server/demo/generate-region.js';
import { printDemoLogins, storedDemoLogins } from '../server/demo/demo-logins.js';
import type { Command } from './command.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const command: Command = async () => {
  const config = loadConfig();
  await ensureClientBuilt();
  const database = await openConfiguredDatabase(config);
  await database.migrate();
  let logins: DemoLogin[];
  if (await isEmpty(database.db)) {
    console.log('Eerste start: de demoregio wordt geladen…');
    logins = await loadDemoRegion(database.db, { log: (m) => console.log(m) });
  } else {
    logins = await storedDemoLogins(database.db);
  }
  const mailer = createMailer(config);
  const app = await buildApp({ db: database.db, config, mailer });
  const elkUur = async () => {
    await deleteExpiredSessions(database.db);
    const run = await verstuurHerinneringen(database.db, mailer, herinneringBronnen);
    if (run.verzonden + run.mislukt > 0) app.log.info(run, 'herinneringen verstuurd');
  };
  const draai = () => void elkUur().catch((err) => app.log.error(err, 'uurlijkse taak mislukt'));
  const uurlijks = setInterval(draai, 3600_000);
  uurlijks.unref();
  const stop = async () => {
    clearInterval(uurlijks);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ port: config.port, host: config.host });
  const port = (app.server.address() as { port: number }).port;
  console.log(`\nPiramide draait op http://localhost:${port} (database: ${database.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL'})`);
  printDemoLogins(logins);
  draai(); // reminders that fell due while the app was down go out now, not in an hour
  return new Promise<number>(() => {}); // runs until stopped
};

async function isEmpty(db: Db): Promise<boolean> {
  const [r] = await queryRows<{ n: number | string }>(db, sql`select count(*) as n from samenwerkingsverband`);
  return Number(r!.n) === 0;
}

/** Builds the client when dist/ is missing or older than a source file. */
async function ensureClientBuilt(): Promise<void> {
  const index = path.join(clientDir, 'index.html');
  const src = path.join(root, 'src/client');
  if (existsSync(index) && newestMtime(src) <= statSync(index).mtimeMs) return;
  console.log('De webclient wordt gebouwd…');
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}
