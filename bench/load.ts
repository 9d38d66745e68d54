// Load benchmark of the pupil routes on loopback, bounded in time and count. Starts the server
// itself (a child process, so the load generator does not share its event loop), logs in as the
// demo accounts and prints p50/p99 latency and requests/s per scenario as a Markdown table.
//
//   npx tsx bench/load.ts                       PGlite in memory, a fresh 12,000-pupil demo region
//   npx tsx bench/load.ts --pupils 50000        a bigger fresh region (PGlite)
//   DATABASE_URL=postgres://… npx tsx bench/load.ts
//                                               PostgreSQL; loads a demo region first if it is empty
// Options: --seconds S (per scenario, default 10), --connections C (default 200), --sql "…" (run
// before serving, e.g. to try an index; the table then names it).
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon, { type Result } from 'autocannon';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/server/app.js';
import { SESSIE_COOKIE } from '../src/server/core/auth/session.js';
import { openDatabase, queryRows } from '../src/server/core/db/db.js';
import { loadConfig } from '../src/server/core/env.js';
import { DEMO_WACHTWOORD } from '../src/server/demo/demo-logins.js';
import { loadDemoRegion } from '../src/server/demo/generate-region.js';

const { values: opt } = parseArgs({
  options: {
    server: { type: 'boolean' },
    pupils: { type: 'string', default: '12000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '200' },
    sql: { type: 'string' },
  },
});
const SECONDEN = Number(opt.seconds);
const VERBINDINGEN = Number(opt.connections);
/** The whole run stops after this, whatever happens. */
const WAAKHOND_MS = 20 * 60_000;
/** Log-ins are rate-limited to 10 per minute per address: the throughput run spreads over addresses. */
const INLOG_ADRESSEN = 25;
const INLOG_PER_ADRES = 10;
const INLOG_PARALLEL = 16;
const ZOEKTERMEN = ['', 'de', 'van', 'em', 'jan', 'bak', 'sem', 'ie', 'ver', 'lot', 'van der', 'dijk'];

type ServerInfo = { port: number; kind: string; leerlingen: number; laadtijd: number | null };

async function runServer(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite' });
  await database.migrate();
  const tel = async (tabel: string) => Number((await queryRows<{ n: string }>(database.db, sql.raw(`select count(*) as n from ${tabel}`)))[0].n);
  let laadtijd: number | null = null;
  if ((await tel('samenwerkingsverband')) === 0) {
    const start = performance.now();
    await loadDemoRegion(database.db, { pupils: Number(opt.pupils), log: (m) => console.error(`  [demo] ${m}`) });
    laadtijd = (performance.now() - start) / 1000;
  }
  if (opt.sql) await database.db.execute(sql.raw(opt.sql));
  const app = await buildApp({ db: database.db, config, logger: false, serveClient: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const info: ServerInfo = { port, kind: database.kind, leerlingen: await tel('leerling'), laadtijd };
  process.send!(info);
  // Stop with the benchmark, also when it dies without killing this process.
  process.once('disconnect', () => process.exit(0));
}

type Antwoord = { status: number; headers: http.IncomingHttpHeaders; body: string };

function request(port: number, method: string, path: string, opts: { body?: unknown; cookie?: string; van?: string } = {}): Promise<Antwoord> {
  const body = opts.body === undefined ? undefined : JSON.stringify(opts.body);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port, method, path, localAddress: opts.van, agent: false,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(opts.cookie ? { cookie: opts.cookie } : {}) },
    }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { data += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const inloggen = (port: number, wie: string, van?: string) =>
  request(port, 'POST', '/api/auth/inloggen', { body: { email: `${wie}@demo.piramide.nl`, wachtwoord: DEMO_WACHTWOORD }, van });

async function sessieCookie(port: number, wie: string): Promise<string> {
  const r = await inloggen(port, wie);
  const cookie = [r.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith(`${SESSIE_COOKIE}=`));
  if (r.status !== 200 || !cookie) throw new Error(`Inloggen als ${wie}@demo.piramide.nl mislukte (${r.status}): is dit een demoregio?`);
  return cookie.split(';')[0];
}

type Rij = { scenario: string; verzoeken: number; perSeconde: number; p50: number; p99: number; fouten: string };

function percentiel(gesorteerd: number[], p: number): number {
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.max(0, Math.ceil(p * gesorteerd.length) - 1))];
}

/** Log-ins one after the other from one address: latency within the rate limit, then the 11th. */
async function inlogNaElkaar(port: number): Promise<{ rij: Rij; elfde: number }> {
  const tijden: number[] = [];
  const start = performance.now();
  for (let i = 0; i < INLOG_PER_ADRES; i++) {
    const t = performance.now();
    const r = await inloggen(port, 'ouder', '127.0.0.2');
    if (r.status !== 200) throw new Error(`Inloggen gaf ${r.status}`);
    tijden.push(performance.now() - t);
  }
  const duur = (performance.now() - start) / 1000;
  const elfde = (await inloggen(port, 'ouder', '127.0.0.2')).status;
  tijden.sort((a, b) => a - b);
  return {
    rij: { scenario: 'POST /api/auth/inloggen, na elkaar (1 adres)', verzoeken: tijden.length, perSeconde: tijden.length / duur, p50: percentiel(tijden, 0.5), p99: percentiel(tijden, 0.99), fouten: '0' },
    elfde,
  };
}

/** Log-ins in parallel from many loopback addresses (127.0.1.x), each within its 10 per minute. */
async function inlogParallel(port: number): Promise<Rij> {
  const taken = Array.from({ length: INLOG_ADRESSEN * INLOG_PER_ADRES }, (_, i) => `127.0.1.${1 + (i % INLOG_ADRESSEN)}`);
  const tijden: number[] = [];
  let fouten = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: INLOG_PARALLEL }, async () => {
    for (let van = taken.pop(); van; van = taken.pop()) {
      const t = performance.now();
      const r = await inloggen(port, 'leerling', van);
      if (r.status === 200) tijden.push(performance.now() - t);
      else fouten++;
    }
  }));
  const duur = (performance.now() - start) / 1000;
  tijden.sort((a, b) => a - b);
  return {
    scenario: `POST /api/auth/inloggen, ${INLOG_PARALLEL} tegelijk (${INLOG_ADRESSEN} adressen)`,
    verzoeken: tijden.length, perSeconde: tijden.length / duur, p50: percentiel(tijden, 0.5), p99: percentiel(tijden, 0.99), fouten: String(fouten),
  };
}

async function kanon(port: number, scenario: string, cookie: string, paden: string[]): Promise<Rij> {
  const proef = await request(port, 'GET', paden[0], { cookie });
  if (proef.status !== 200) throw new Error(`${scenario}: ${paden[0]} gaf ${proef.status}`);
  let i = 0;
  const r: Result = await autocannon({
    url: `http://127.0.0.1:${port}`, connections: VERBINDINGEN, duration: SECONDEN, timeout: 30,
    headers: { cookie },
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paden[i++ % paden.length] }) }],
  });
  const codes = Object.entries(r.statusCodeStats).filter(([c]) => c !== '200').map(([c, s]) => `${s.count}× ${c}`);
  return {
    scenario, verzoeken: r.requests.total, perSeconde: r.requests.average, p50: r.latency.p50, p99: r.latency.p99,
    fouten: [r.errors ? `${r.errors} fouten` : '', r.timeouts ? `${r.timeouts} time-outs` : '', ...codes].filter(Boolean).join(', ') || '0',
  };
}

async function runBench(): Promise<number> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), process.argv.slice(2).concat('--server'), { stdio: 'inherit' });
  const waakhond = setTimeout(() => {
    console.error('De benchmark duurt te lang en wordt afgebroken.');
    child.kill();
    process.exit(1);
  }, WAAKHOND_MS);
  waakhond.unref();
  try {
    const [info] = (await Promise.race([once(child, 'message'), once(child, 'exit').then(() => {
      throw new Error('De server stopte voordat hij luisterde.');
    })])) as [ServerInfo];
    const { port } = info;
    const [ib, specialist, leraar] = await Promise.all(['ib', 'specialist', 'leraar'].map((w) => sessieCookie(port, w)));
    const klas = JSON.parse((await request(port, 'GET', '/api/leerlingen', { cookie: leraar })).body) as { leerlingen: { id: string }[] };
    const zoeken = ZOEKTERMEN.map((z) => `/api/leerlingen?zoek=${encodeURIComponent(z)}`);

    const rijen: Rij[] = [];
    const naElkaar = await inlogNaElkaar(port);
    rijen.push(naElkaar.rij, await inlogParallel(port));
    rijen.push(await kanon(port, 'GET /api/leerlingen?zoek=… als IB', ib, zoeken));
    rijen.push(await kanon(port, 'GET /api/leerlingen?zoek=… als specialist', specialist, zoeken));
    rijen.push(await kanon(port, 'GET /api/leerlingen/:id als leraar', leraar, klas.leerlingen.map((l) => `/api/leerlingen/${l.id}`)));

    const ms = (x: number) => x.toFixed(x < 10 ? 1 : 0);
    console.log(`\nDatabase: ${info.kind === 'postgres' ? 'PostgreSQL' : 'PGlite (in geheugen)'}, ${info.leerlingen.toLocaleString('nl-NL')} leerlingen`
      + `${info.laadtijd ? ` (demoregio geladen in ${info.laadtijd.toFixed(1)} s)` : ''}; ${VERBINDINGEN} verbindingen × ${SECONDEN} s per scenario;`
      + ` ${os.cpus().length} cpu's (${os.cpus()[0]?.model ?? '?'}); Node ${process.version}.`);
    if (opt.sql) console.log(`Vooraf uitgevoerd: \`${opt.sql}\`.`);
    console.log(`11e inlogpoging binnen een minuut vanaf één adres: HTTP ${naElkaar.elfde} (rate limit 10/min).\n`);
    console.log('| scenario | verzoeken | verzoeken/s | p50 (ms) | p99 (ms) | fouten, niet-200 |');
    console.log('|---|---:|---:|---:|---:|---|');
    for (const r of rijen) console.log(`| ${r.scenario} | ${r.verzoeken} | ${r.perSeconde.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.fouten} |`);
    return 0;
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    return 1;
  } finally {
    child.kill();
  }
}

if (opt.server) await runServer();
else process.exitCode = await runBench();
