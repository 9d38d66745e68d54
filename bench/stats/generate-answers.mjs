// Writes synthetic questionnaire answers in the long format of shared/fixtures/impact/answers.csv (two
// waves, about 55 % answer again, 4 % skipped items) with the scales of its make.R, plus scales.json.
// Usage: node bench/stats/generate-answers.mjs FILE SCALES_FILE [--rows 1000000] [--seed 2025]
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createLineWriter, createRandom } from './random.mjs';

const SCALES = [
  { schaal: 'ervaren_uitdaging', items: ['eu1', 'eu2', 'eu3'], omgepoold: ['eu2'], effect: 0 },
  { schaal: 'intrinsieke_motivatie', items: ['im1', 'im2', 'im3', 'im4'], omgepoold: ['im3'], effect: 0.35 },
  { schaal: 'competentie', items: ['co1', 'co2', 'co3'], omgepoold: [], effect: 0.25 },
];
const ITEMS = SCALES.reduce((k, s) => k + s.items.length, 0);
// Answer rows per pupil: every item at wave 1, 55 % again at wave 2, 4 % of the items skipped.
const ROWS_PER_PUPIL = ITEMS * 1.55 * 0.96;

export function generateAnswers(file, scalesFile, rows, seed) {
  const { uniform, normal } = createRandom(seed);
  const pupils = Math.ceil(rows / ROWS_PER_PUPIL);
  const width = String(pupils).length;
  const fd = openSync(file, 'w');
  const out = createLineWriter(fd, writeSync);
  out.line('"leerling","school","groep","meting","item","score"');
  let written = 0;
  for (let i = 1; i <= pupils; i++) {
    const id = `"L${String(i).padStart(width, '0')}"`;
    const school = `"S${String(1 + Math.floor(uniform() * 24)).padStart(2, '0')}"`;
    const isParticipant = uniform() < 0.35;
    const group = isParticipant ? '"deelnemer"' : '"vergelijking"';
    const answersAgain = uniform() < 0.55;
    for (const s of SCALES) {
      const before = normal(3.1 + 0.2 * (isParticipant ? 1 : 0), 0.8);
      const after = 0.6 * before + 0.4 * 3.1 + s.effect * (isParticipant ? 1 : 0) + normal(0, 0.55);
      for (const [wave, latent] of [[1, before], [2, after]]) {
        if (wave === 2 && !answersAgain) continue;
        for (const item of s.items) {
          if (uniform() < 0.04) continue;
          let score = Math.min(5, Math.max(1, Math.round(latent + normal(0, 0.7))));
          if (s.omgepoold.includes(item)) score = 6 - score;
          out.line(`${id},${school},${group},${wave},"${item}",${score}`);
          written++;
        }
      }
    }
  }
  out.flush();
  closeSync(fd);
  writeFileSync(scalesFile, JSON.stringify(SCALES.map(({ schaal, items, omgepoold }) => ({ schaal, items, omgepoold })), null, 2) + '\n');
  return { pupils, rows: written };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { rows: { type: 'string' }, seed: { type: 'string' } } });
  if (positionals.length !== 2) {
    console.error('Gebruik: node bench/stats/generate-answers.mjs BESTAND SCHALEN_BESTAND [--rows N] [--seed S]');
    process.exit(2);
  }
  console.log(generateAnswers(positionals[0], positionals[1], Number(values.rows ?? 1_000_000), Number(values.seed ?? 2025)));
}
