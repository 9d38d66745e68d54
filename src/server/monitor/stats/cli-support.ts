// What the statistics commands (`piramide equity`, `piramide impact`) share: Dutch messages for
// option errors, reading input files, and one mapping from errors to exit codes — 2 for a wrong call,
// 1 for data that cannot be analysed.
import { readFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { StatsInputError } from './errors.js';

export class UsageError extends Error {
  override name = 'UsageError';
}

export type OutputFormat = 'csv' | 'json';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with its (English) errors turned into Dutch usage errors. */
export function parseOptions<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: false, strict: true }).values;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const quoted = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`Onbekende optie: ${quoted}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`Optie ${quoted.split(' ')[0]} verwacht een waarde.`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(`Onverwacht argument: ${quoted}`);
    throw error;
  }
}

export function requireOption(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`Optie --${flag} ontbreekt.`);
  return value;
}

export function readFormat(value: string | undefined): OutputFormat {
  const format = value ?? 'csv';
  if (format !== 'csv' && format !== 'json') throw new UsageError(`Onbekend uitvoerformaat '${format}'; kies csv of json.`);
  return format;
}

/** A comma-separated option value such as "lvs,uitdaging_tekort"; empty entries are a mistake. */
export function splitList(value: string, flag: string): string[] {
  const parts = value.split(',').map((s) => s.trim());
  if (parts.some((s) => s === '')) throw new UsageError(`Optie --${flag} bevat een lege naam: '${value}'.`);
  return parts;
}

export async function readInputFile(path: string, flag: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new UsageError(`Bestand bij --${flag} bestaat niet: ${path}`);
    if (code === 'EISDIR') throw new UsageError(`Bij --${flag} hoort een bestand, geen map: ${path}`);
    if (code === 'EACCES') throw new UsageError(`Bestand bij --${flag} is niet leesbaar: ${path}`);
    throw error;
  }
}

/** Runs a command body that returns its output; prints the output or the error, returns the exit code. */
export async function runStatsCommand(usage: string, argv: string[], body: () => Promise<string>): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  try {
    process.stdout.write(await body());
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${usage}\n`);
      return 2;
    }
    if (error instanceof StatsInputError) {
      process.stderr.write(`Fout in de gegevens: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

export function warn(message: string): void {
  process.stderr.write(`Let op: ${message}\n`);
}
