// Writes a synthetic pupils CSV with the columns of shared/fixtures/equity/pupils.csv and the same
// generating model as its make.R (participation depends on LVS and experienced challenge).
// Usage: node bench/stats/generate-pupils.mjs FILE [--rows 1000000] [--seed 4242]
import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createLineWriter, createRandom } from './random.mjs';

export function generatePupils(file, rows, seed) {
  const { uniform, normal } = createRandom(seed);
  const fd = openSync(file, 'w');
  const out = createLineWriter(fd, writeSync);
  out.line('"leerling","geslacht","opleiding_ouders","thuistaal","lvs","uitdaging_tekort","deelname"');
  const width = String(rows).length;
  for (let i = 1; i <= rows; i++) {
    const isBoy = uniform() < 0.5;
    const u = uniform();
    const education = u < 0.25 ? 'laag' : u < 0.7 ? 'midden' : 'hoog';
    const isOtherLanguage = uniform() < 0.25;
    const lvs = normal((education === 'hoog' ? 0.4 : education === 'midden' ? 0 : -0.3) - 0.2 * (isOtherLanguage ? 1 : 0), 1);
    const gap = Math.min(5, Math.max(1, normal(2.8 + 0.2 * (isBoy ? 1 : 0) + 0.25 * lvs, 0.9)));
    const eta = -3.6 + 1.1 * lvs + 0.7 * (gap - 3) + 0.3 * (education === 'hoog' ? 1 : 0);
    const takesPart = uniform() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
    out.line(
      `"L${String(i).padStart(width, '0')}","${isBoy ? 'm' : 'v'}","${education}","${isOtherLanguage ? 'anders' : 'nl'}",` +
        `${lvs.toFixed(3)},${gap.toFixed(3)},${takesPart}`,
    );
  }
  out.flush();
  closeSync(fd);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { rows: { type: 'string' }, seed: { type: 'string' } } });
  if (positionals.length !== 1) {
    console.error('Gebruik: node bench/stats/generate-pupils.mjs BESTAND [--rows N] [--seed S]');
    process.exit(2);
  }
  generatePupils(positionals[0], Number(values.rows ?? 1_000_000), Number(values.seed ?? 4242));
}
