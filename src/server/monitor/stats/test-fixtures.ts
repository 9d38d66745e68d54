// Test support: the R reference fixtures in ../shared/fixtures (a sibling of the repository, in CI too)
// and the tolerance rule of shared/scripts/check-fixtures.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, vi } from 'vitest';
import { parseCsv, type CsvTable } from './csv-parse.js';

export function fixturePath(relative: string): string {
  return fileURLToPath(new URL(`../../../../../shared/fixtures/${relative}`, import.meta.url));
}

export function readFixture(relative: string): string {
  return readFileSync(fixturePath(relative), 'utf8');
}

/** Every record of a parsed CSV as an object keyed by the header. */
export function recordsOf(table: CsvTable): Record<string, string>[] {
  return Array.from({ length: table.rowCount }, (_, r) => Object.fromEntries(table.header.map((name, c) => [name, table.column(c)[r]])));
}

/** An expected-results CSV as rows keyed by the values of `key`. */
export function readExpected(relative: string, key: string): Map<string, Record<string, string>> {
  return new Map(recordsOf(parseCsv(readFixture(relative))).map((row) => [row[key], row]));
}

/** Relative difference, or for p-values the looser of relative and absolute (as check-fixtures). */
export function difference(actual: number, expected: number, isPValue: boolean): number {
  const relative = Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
  return isPValue ? Math.min(relative, Math.abs(actual - expected)) : relative;
}

/** Every numeric column of every expected row must match `actual` within `tolerance`. */
export function expectMatchesR<T extends { [K in keyof T]: unknown }>(
  actual: readonly T[],
  expectedFile: string,
  key: keyof T & string,
  tolerance = 1e-6,
): void {
  const expected = readExpected(expectedFile, key);
  const rows = actual as readonly Record<string, unknown>[];
  expect(rows.map((row) => String(row[key])).sort()).toEqual([...expected.keys()].sort());
  for (const row of rows) {
    const want = expected.get(String(row[key]))!;
    for (const [column, text] of Object.entries(want)) {
      if (column === key) continue;
      const d = difference(Number(row[column]), Number(text), column === 'p');
      expect(d, `${String(row[key])}/${column}: ${String(row[column])} vs R ${text}`).toBeLessThan(tolerance);
    }
  }
}

export interface CommandRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a CLI command in-process and collects what it writes. */
export async function runCapturing(command: (argv: string[]) => Promise<number>, argv: string[]): Promise<CommandRun> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    return { code: await command(argv), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
