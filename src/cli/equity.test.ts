import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../server/monitor/stats/csv-parse.js';
import { expectMatchesR, fixturePath, recordsOf, runCapturing } from '../server/monitor/stats/test-fixtures.js';
import { command } from './equity.js';

const pupils = fixturePath('equity/pupils.csv');
const factors = 'geslacht=m,opleiding_ouders=laag,thuistaal=nl';
const tmp = mkdtempSync(join(tmpdir(), 'piramide-equity-'));
const writeTemp = (name: string, text: string) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

const rowsOf = (csv: string) => recordsOf(parseCsv(csv));

describe('piramide equity', () => {
  it('prints R\'s glm table for the unadjusted model', async () => {
    const run = await runCapturing(command, ['--csv', pupils, '--outcome', 'deelname', '--factors', factors]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')[0]).toBe('term,estimate,se,z,p,or,or_lo,or_hi');
    expectMatchesR(rowsOf(run.stdout), 'equity/expected_unadjusted.csv', 'term');
    // Full precision: the shortest text that reads back as the same double.
    expect(run.stdout).toMatch(/^\(Intercept\),-3\.51506193722\d{4,},/m);
  });

  it('prints the adjusted model with covariates', async () => {
    const run = await runCapturing(command, [
      '--csv', pupils, '--outcome', 'deelname', '--factors', factors, '--covariates', 'lvs,uitdaging_tekort', '--format', 'csv',
    ]);
    expect(run.code).toBe(0);
    expectMatchesR(rowsOf(run.stdout), 'equity/expected_adjusted.csv', 'term');
  });

  it('prints JSON with the model size and the participation per level', async () => {
    const run = await runCapturing(command, ['--csv', pupils, '--outcome', 'deelname', '--factors', factors, '--format', 'json']);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ n: 3000, dropped: 0 });
    expect(result.terms).toHaveLength(5);
    expect(result.rates).toContainEqual({ variabele: 'opleiding_ouders', niveau: 'laag', n: 722, deelnemers: 22, aandeel: 22 / 722 });
  });

  it('accepts the order of the other levels after the reference', async () => {
    const run = await runCapturing(command, ['--csv', pupils, '--outcome', 'deelname', '--factors', 'opleiding_ouders=laag:midden:hoog']);
    expect(rowsOf(run.stdout).map((r) => r.term)).toEqual(['(Intercept)', 'opleiding_oudersmidden', 'opleiding_oudershoog']);
  });

  it('warns on stderr about rows left out for missing values', async () => {
    const csv = writeTemp('missing.csv', 'g,y\na,1\na,0\nb,1\nb,0\nb,1\na,0\nNA,1\n');
    const run = await runCapturing(command, ['--csv', csv, '--outcome', 'y', '--factors', 'g=a']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^Let op: 1 van de 7 rijen weggelaten/);
  });

  it.each([
    [[], /Optie --csv ontbreekt/],
    [['--csv', pupils, '--outcome', 'deelname'], /Optie --factors ontbreekt/],
    [['--csv', pupils, '--outcome', 'deelname', '--factors', factors, '--verbose'], /Onbekende optie: --verbose/],
    [['--csv', pupils, '--outcome', 'deelname', '--factors', factors, '--format', 'xml'], /Onbekend uitvoerformaat 'xml'/],
    [['--csv', pupils, '--outcome', 'deelname', '--factors', 'geslacht'], /Ongeldige factor 'geslacht'/],
    [['--csv', pupils, '--outcome', 'deelname', '--factors', 'geslacht=m,', '--format', 'csv'], /lege naam/],
    [['--csv', pupils, '--outcome', 'lvs', '--factors', factors, '--covariates', 'lvs'], /Kolom 'lvs' wordt meer dan eens gebruikt/],
    [['--csv', join(tmp, 'nope.csv'), '--outcome', 'deelname', '--factors', factors], /Bestand bij --csv bestaat niet/],
    [['--csv'], /Optie --csv verwacht een waarde/],
  ])('exits 2 on a wrong call: %j', async (argv, message) => {
    const run = await runCapturing(command, argv as string[]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/Gebruik: piramide equity/);
  });

  it.each([
    ['bad.csv', 'a,b\n1,2\n', 'geslacht=m', /Kolom 'deelname' ontbreekt in het bestand\. Aanwezige kolommen: a, b\./],
    ['quote.csv', 'geslacht,deelname\nm,1\n"v,0\n', 'geslacht=m', /Regel 3: een aanhalingsteken wordt geopend maar nergens gesloten/],
    ['outcome.csv', 'geslacht,deelname\nm,1\nv,ja\n', 'geslacht=m', /Regel 3, kolom 'deelname': 'ja' is geen 0 of 1/],
    ['constant.csv', 'geslacht,deelname\nm,0\nv,0\n', 'geslacht=m', /voor alle 2 leerlingen 0/],
    ['reference.csv', 'geslacht,deelname\nm,0\nv,1\n', 'geslacht=x', /Niveau 'x' komt niet voor in kolom 'geslacht'/],
    ['separation.csv', 'geslacht,deelname\nm,0\nm,0\nv,1\nv,0\n', 'geslacht=m', /Scheiding: in niveau 'm' van 'geslacht' neemt niemand deel/],
  ])('exits 1 with a clear message on bad data: %s', async (name, text, factorSpec, message) => {
    const run = await runCapturing(command, ['--csv', writeTemp(name, text), '--outcome', 'deelname', '--factors', factorSpec]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Fout in de gegevens: /);
    expect(run.stderr).toMatch(message);
  });

  it('shows its usage on --help', async () => {
    const run = await runCapturing(command, ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Gebruik: piramide equity/);
  });

  it('sets the exit code of the real command-line tool', () => {
    const bin = fileURLToPath(new URL('../../bin/piramide.mjs', import.meta.url));
    const bad = writeTemp('bad-bin.csv', 'a,b\n1,2\n');
    const result = spawnSync(process.execPath, [bin, 'equity', '--csv', bad, '--outcome', 'deelname', '--factors', 'geslacht=m'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Kolom 'deelname' ontbreekt/);
  });
});
