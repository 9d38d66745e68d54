import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../server/monitor/stats/csv-parse.js';
import { IMPACT_COLUMNS } from '../server/monitor/stats/impact-analysis.js';
import { expectMatchesR, fixturePath, recordsOf, runCapturing } from '../server/monitor/stats/test-fixtures.js';
import { command } from './impact.js';

const answers = fixturePath('impact/answers.csv');
const scales = fixturePath('impact/scales.json');
const tmp = mkdtempSync(join(tmpdir(), 'piramide-impact-'));
const writeTemp = (name: string, text: string) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

describe('piramide impact', () => {
  it('prints the columns of R\'s reference analysis', async () => {
    const run = await runCapturing(command, ['--csv', answers, '--scales', scales]);
    expect(run.code).toBe(0);
    const t = parseCsv(run.stdout);
    expect(t.header).toEqual(IMPACT_COLUMNS);
    expectMatchesR(recordsOf(t), 'impact/expected.csv', 'schaal');
  });

  it('prints JSON', async () => {
    const run = await runCapturing(command, ['--csv', answers, '--scales', scales, '--format', 'json']);
    const result = JSON.parse(run.stdout);
    expect(result.pupils).toBe(1200);
    expect(result.scales).toHaveLength(3);
    expectMatchesR(result.scales, 'impact/expected.csv', 'schaal');
  });

  it.each([
    [['--csv', answers], /Optie --scales ontbreekt/],
    [['--scales', scales], /Optie --csv ontbreekt/],
    [['--csv', answers, '--scales', join(tmp, 'none.json')], /Bestand bij --scales bestaat niet/],
    [['--csv', answers, '--scales', scales, 'extra'], /Onverwacht argument: extra/],
  ])('exits 2 on a wrong call: %j', async (argv, message) => {
    const run = await runCapturing(command, argv as string[]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it.each([
    ['not JSON', 'scales.json', '{"schaal":', /is geen geldige JSON/],
    ['an invalid scale', 'scales2.json', '[{"schaal": "s", "items": ["a"]}]', /Schaaldefinities: schaal 's': "items" moet een lijst van minstens twee itemcodes zijn/],
  ])('exits 1 on %s', async (_what, name, text, message) => {
    const run = await runCapturing(command, ['--csv', answers, '--scales', writeTemp(name, text)]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
  });

  it('exits 1 on answers it cannot use, naming the line', async () => {
    const csv = writeTemp('answers.csv', 'leerling,school,groep,meting,item,score\nL1,S1,deelnemer,1,eu1,6\n');
    const run = await runCapturing(command, ['--csv', csv, '--scales', scales]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("Fout in de gegevens: Regel 2, kolom 'score': '6' is geen score van 1 tot en met 5.\n");
  });
});
