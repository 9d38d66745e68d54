// Entry of the `piramide` command: one subcommand per file, listed here.
import type { Command } from './command.js';

const commands: Record<string, () => Promise<{ command: Command }>> = {
  start: () => import('./start.js'),
  demo: () => import('./demo.js'),
  migrate: () => import('./migrate.js'),
  equity: () => import('./equity.js'),
  impact: () => import('./impact.js'),
  herinneringen: () => import('./herinneringen.js'),
};

const usage = `Gebruik: piramide <opdracht> [opties]

Opdrachten:
  start     start de webapplicatie (PORT, PIRAMIDE_DATA_DIR, DATABASE_URL)
  migrate   voer de databasemigraties uit
  demo      laad een synthetische demoregio (--pupils N, --seed S)
  equity    logistische regressie van deelname (zie --help)
  impact    effectanalyse van vragenlijsten (zie --help)
  herinneringen  verstuur de herinneringen die nu klaarstaan (PIRAMIDE_SMTP_URL)`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    console.error(name && name !== '--help' ? `Onbekende opdracht: ${name}\n\n${usage}` : usage);
    return name && name !== '--help' ? 2 : 0;
  }
  const { command } = await load();
  return command(rest);
}
