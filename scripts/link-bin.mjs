#!/usr/bin/env node
// npm links the bins of dependencies, not the project's own; this makes `./node_modules/.bin/piramide`
// exist too, for scripts that call it by path (../shared/scripts/check-fixtures).
import { existsSync, mkdirSync, symlinkSync, unlinkSync, lstatSync } from 'node:fs';

const link = 'node_modules/.bin/piramide';
mkdirSync('node_modules/.bin', { recursive: true });
if (existsSync(link) || isBrokenLink(link)) unlinkSync(link);
symlinkSync('../../bin/piramide.mjs', link);

function isBrokenLink(p) {
  try { return lstatSync(p).isSymbolicLink(); } catch { return false; }
}
