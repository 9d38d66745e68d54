// The analyses of run.mjs without process start-up: what the server would spend on the same files.
// Usage: node --import tsx bench/stats/in-process.ts PUPILS_CSV ANSWERS_CSV SCALES_JSON (prints JSON, ms)
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/server/monitor/stats/csv-parse.js';
import { analyseEquity } from '../../src/server/monitor/stats/equity-analysis.js';
import { analyseImpact } from '../../src/server/monitor/stats/impact-analysis.js';
import { parseScaleDefinitions } from '../../src/server/monitor/stats/scales.js';

const [pupilsFile, answersFile, scalesFile] = process.argv.slice(2);
const factors = [
  { name: 'geslacht', reference: 'm' },
  { name: 'opleiding_ouders', reference: 'laag', order: ['midden', 'hoog'] },
  { name: 'thuistaal', reference: 'nl' },
];

/** Wall time in ms; CPU time (user + system) goes to `cpu` under the same name. */
const cpu: Record<string, number> = {};
function timed<T>(name: string, work: () => T): [T, number] {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(cpuStart);
  cpu[name] = (used.user + used.system) / 1000;
  return [result, performance.now() - start];
}

const [pupils, equityRead] = timed('equityRead', () => parseCsv(readFileSync(pupilsFile, 'utf8')));
const [, equityUnadjusted] = timed('equityUnadjusted', () => analyseEquity(pupils, { outcome: 'deelname', factors, covariates: [] }));
const [, equityAdjusted] = timed('equityAdjusted', () => analyseEquity(pupils, { outcome: 'deelname', factors, covariates: ['lvs', 'uitdaging_tekort'] }));
const [result, impact] = timed('impact', () => {
  const scales = parseScaleDefinitions(JSON.parse(readFileSync(scalesFile, 'utf8')));
  return analyseImpact(parseCsv(readFileSync(answersFile, 'utf8')), scales);
});
console.log(JSON.stringify({ equityRead, equityUnadjusted, equityAdjusted, impact, cpu, answerRows: result.answers }));
