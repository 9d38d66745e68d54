// `piramide demo [--pupils N] [--seed S]`: loads a synthetic demo region into an empty database
// (DATABASE_URL, else PGlite in PIRAMIDE_DATA_DIR) and prints the demo log-ins.
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../server/core/env.js';
import { queryRows } from '../server/core/db/db.js';
import { openConfiguredDatabase } from '../server/core/db/open-configured.js';
import { loadDemoRegion, MAX_LEERLINGEN, MIN_LEERLINGEN, type DemoLogin } from '../server/demo/generate-region.js';
import type { Command } from './command.js';

const usage = `Gebruik: piramide demo [--pupils N] [--seed S]

Laadt een synthetische demoregio (verzonnen namen, geen echte personen) in een lege database:
DATABASE_URL als die gezet is, anders PGlite in PIRAMIDE_DATA_DIR.

  --pupils N   aantal leerlingen (standaard 12000; ${MIN_LEERLINGEN} tot ${MAX_LEERLINGEN}); scholen en
               medewerkers groeien mee, ongeveer 300 leerlingen per school
  --seed S     startwaarde van de toevalsgenerator (standaard 1): dezelfde seed en hetzelfde
               aantal geven dezelfde regio`;

export const command: Command = async (argv) => {
  let opties: { pupils: number; seed: number };
  try {
    const { values } = parseArgs({
      args: argv,
      options: { pupils: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    });
    if (values.help) {
      console.log(usage);
      return 0;
    }
    opties = { pupils: geheelGetal(values.pupils ?? '12000', '--pupils'), seed: geheelGetal(values.seed ?? '1', '--seed') };
    if (opties.pupils < MIN_LEERLINGEN || opties.pupils > MAX_LEERLINGEN) {
      throw new Error(`--pupils moet tussen ${MIN_LEERLINGEN} en ${MAX_LEERLINGEN} liggen.`);
    }
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n\n${usage}`);
    return 2;
  }

  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await database.migrate();
    const [rij] = await queryRows<{ n: number | string }>(database.db, sql`select count(*) as n from samenwerkingsverband`);
    if (Number(rij.n) > 0) {
      console.error('Deze database bevat al een regio (een samenwerkingsverband). De demoregio wordt alleen in een lege '
        + 'database geladen: kies een andere PIRAMIDE_DATA_DIR of DATABASE_URL, of maak de database eerst leeg.');
      return 1;
    }
    const waar = database.kind === 'postgres' ? 'PostgreSQL' : `PGlite in ${config.dataDir}`;
    console.log(`Demoregio met ${opties.pupils.toLocaleString('nl-NL')} leerlingen (seed ${opties.seed}) laden in ${waar}…`);
    const start = performance.now();
    const logins = await loadDemoRegion(database.db, { ...opties, log: (m) => console.log(`  ${m}`) });
    const seconden = (performance.now() - start) / 1000;
    console.log(`\nKlaar in ${seconden.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} s.\n`);
    printTable(logins);
    return 0;
  } finally {
    await database.close();
  }
};

function geheelGetal(waarde: string, optie: string): number {
  if (!/^\d+$/.test(waarde)) throw new Error(`${optie} verwacht een geheel getal, niet "${waarde}".`);
  return Number(waarde);
}

function printTable(logins: DemoLogin[]): void {
  const rijen = [['rol', 'e-mail', 'wachtwoord', 'naam', 'wat deze persoon ziet'],
    ...logins.map((l) => [l.rol, l.email, l.wachtwoord, l.naam, l.toelichting])];
  const breed = rijen[0].slice(0, 4).map((_, i) => Math.max(...rijen.map((r) => r[i].length)));
  const regel = (r: string[]) => r.map((cel, i) => (i < 4 ? cel.padEnd(breed[i]) : cel)).join('  ');
  console.log('Demo-accounts (synthetische gegevens, geen echte personen):\n');
  console.log(regel(rijen[0]));
  console.log(regel(breed.map((b) => '-'.repeat(b)).concat('-'.repeat(21))));
  for (const r of rijen.slice(1)) console.log(regel(r));
}
