// Browser tests need the built client; build it once before them.
import { build } from 'vite';

export default async function setup() {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
