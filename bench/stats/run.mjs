// Times the monitor's statistics on a million rows: `piramide equity` (both models) and
// `piramide impact` as a user runs them, the same analyses in-process (without Node and tsx start-up),
// and — when Rscript is installed — R's read.csv + glm on the same pupils file, with the largest
// difference between our coefficients and R's. Figures go in bench/stats/RESULTS.md.
// Usage: node bench/stats/run.mjs [--rows 1000000] [--runs 3]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateAnswers } from './generate-answers.mjs';
import { generatePupils } from './generate-pupils.mjs';

const { values } = parseArgs({ options: { rows: { type: 'string' }, runs: { type: 'string' } } });
const rows = Number(values.rows ?? 1_000_000);
const runs = Number(values.runs ?? 3);
const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = `${root}.tmp/bench-stats`;
const pupils = `${dir}/pupils-${rows}.csv`;
const answers = `${dir}/answers-${rows}.csv`;
const scales = `${dir}/scales.json`;
const bin = `${root}bin/piramide.mjs`;
const factors = 'geslacht=m,opleiding_ouders=laag:midden:hoog,thuistaal=nl';

mkdirSync(dir, { recursive: true });
if (!existsSync(pupils)) generatePupils(pupils, rows, 4242);
if (!existsSync(answers)) generateAnswers(answers, scales, rows, 2025);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms) => (ms / 1000).toFixed(2);
const withCpu = (t) => `${seconds(t.ms)} (CPU ${seconds(t.cpuMs)})`;

const ticksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/** CPU seconds (user + system) of all finished child processes, from /proc (Linux); NaN elsewhere. */
function childrenCpu() {
  if (!existsSync('/proc/self/stat')) return NaN;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) / ticksPerSecond; // cutime, cstime
}

/** Wall and CPU time of a command in ms, medians of `runs`; its standard output of the last run. */
function time(command, args) {
  const walls = [];
  const cpus = [];
  let stdout = '';
  for (let i = 0; i < runs; i++) {
    const cpuBefore = childrenCpu();
    const start = performance.now();
    const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
    walls.push(performance.now() - start);
    cpus.push((childrenCpu() - cpuBefore) * 1000);
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
    stdout = result.stdout;
  }
  return { ms: median(walls), cpuMs: median(cpus), stdout };
}

const equityArgs = ['equity', '--csv', pupils, '--outcome', 'deelname', '--factors', factors];
const cli = {
  equityUnadjusted: time(process.execPath, [bin, ...equityArgs]),
  equityAdjusted: time(process.execPath, [bin, ...equityArgs, '--covariates', 'lvs,uitdaging_tekort']),
  impact: time(process.execPath, [bin, 'impact', '--csv', answers, '--scales', scales]),
};
const inProcess = JSON.parse(time(process.execPath, ['--import', 'tsx', `${root}bench/stats/in-process.ts`, pupils, answers, scales]).stdout);

let r;
const hasR = spawnSync('Rscript', ['--version']).status === 0;
if (hasR) {
  const out = `${dir}/r-coefficients.csv`;
  const run = time('Rscript', [`${root}bench/stats/glm.R`, pupils, out]);
  r = { run, steps: JSON.parse(run.stdout), maxDifference: compareWithR(cli.equityAdjusted.stdout, out) };
}

/** Largest relative difference between our adjusted model and R's, over estimates and standard errors. */
function compareWithR(ours, rFile) {
  const parse = (text) => text.trim().split('\n').slice(1).map((l) => l.split(',').map((f) => f.replace(/^"|"$/g, '')));
  const mine = new Map(parse(ours).map(([term, estimate, se]) => [term, [Number(estimate), Number(se)]]));
  let worst = 0;
  for (const [model, term, estimate, se] of parse(readFileSync(rFile, 'utf8'))) {
    if (model !== 'adjusted') continue;
    const [e, s] = mine.get(term);
    worst = Math.max(worst, Math.abs(e - Number(estimate)) / Math.abs(Number(estimate)), Math.abs(s - Number(se)) / Number(se));
  }
  return worst;
}

const cpu = cpus()[0]?.model ?? 'unknown';
console.log(`# ${rows.toLocaleString('en')} rows, median of ${runs} runs, ${cpus().length} × ${cpu}, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
console.log('| what | seconds: wall (CPU) |');
console.log('|---|---|');
console.log(`| piramide equity, unadjusted (whole command) | ${withCpu(cli.equityUnadjusted)} |`);
console.log(`| piramide equity, adjusted for lvs + uitdaging_tekort (whole command) | ${withCpu(cli.equityAdjusted)} |`);
console.log(`| piramide impact, ${inProcess.answerRows.toLocaleString('en')} answer rows (whole command) | ${withCpu(cli.impact)} |`);
const both = (name) => `${seconds(inProcess[name])} (CPU ${seconds(inProcess.cpu[name])})`;
console.log(`| in-process: read + parse pupils | ${both('equityRead')} |`);
console.log(`| in-process: equity unadjusted | ${both('equityUnadjusted')} |`);
console.log(`| in-process: equity adjusted | ${both('equityAdjusted')} |`);
console.log(`| in-process: impact, read + parse + analyse | ${both('impact')} |`);
if (r) {
  console.log(`| Rscript glm.R (whole command) | ${withCpu(r.run)} |`);
  const step = (name) => `${r.steps[name].wall.toFixed(2)} (CPU ${r.steps[name].cpu.toFixed(2)})`;
  console.log(`| R: read.csv | ${step('read')} |`);
  console.log(`| R: glm unadjusted (fit + summary) | ${step('unadjusted')} |`);
  console.log(`| R: glm adjusted (fit + summary) | ${step('adjusted')} |`);
  console.log(`\nLargest relative difference from R (adjusted model, estimates and SEs): ${r.maxDifference.toExponential(2)}`);
} else {
  console.log('\nRscript not found: R was not timed.');
}
