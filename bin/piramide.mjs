#!/usr/bin/env node
// The package's command-line tool (`npx piramide …`). The sources are TypeScript; tsx loads them
// directly so that `npm install` needs no separate compile step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
