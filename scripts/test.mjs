#!/usr/bin/env node
// `npm test`: type-check, unit and integration tests (on PGlite, or on PostgreSQL when
// DATABASE_URL is set), then the browser tests when Chromium is there (E2E=required: must be).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const bin = (name) => `node_modules/.bin/${name}`;
let passed = 0, failed = 0, skipped = 0;

function run(label, cmd, args) {
  console.log(`\n== ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status === 0;
}

function vitest(label, config, report) {
  mkdirSync('.tmp', { recursive: true });
  const ok = run(label, bin('vitest'), ['run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + r.numTodoTests;
  }
  return ok;
}

const db = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
let ok = run('typecheck (tsc)', bin('tsc'), ['--noEmit', '-p', '.']);
ok = vitest(`unit and integration tests on ${db}`, 'vitest.config.ts', '.tmp/vitest-unit.json') && ok;
if (existsSync(CHROMIUM)) {
  ok = vitest(`browser tests (Chromium) on ${db}`, 'vitest.e2e.config.ts', '.tmp/vitest-e2e.json') && ok;
} else if (process.env.E2E === 'required') {
  console.error(`\nE2E=required, maar ${CHROMIUM} ontbreekt: installeer chromium.`);
  ok = false;
  failed += 1;
} else {
  console.log(`\n== browser tests overgeslagen: ${CHROMIUM} ontbreekt (E2E=required maakt dit een fout)`);
}
console.log(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok && failed === 0 ? 0 : 1);
