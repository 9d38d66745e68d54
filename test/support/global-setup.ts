// Runs once before the tests: migrates and seeds the test region once, as a PGlite snapshot and,
// with DATABASE_URL, as a PostgreSQL template database.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase, pgliteClient } from '../../src/server/core/db/db.js';
import { seedTestRegion } from './region.js';
import { TEMPLATE_DB, withDatabase } from './test-db.js';

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${TEMPLATE_DB}`);
    await admin.query(`create database ${TEMPLATE_DB}`);
    await admin.end();
    const database = await openDatabase({ kind: 'postgres', url: withDatabase(url, TEMPLATE_DB), poolSize: 2 });
    await database.migrate();
    await seedTestRegion(database.db);
    await database.close();
    project.provide('postgresTemplate', TEMPLATE_DB);
    project.provide('pgliteSnapshot', '');
    return;
  }
  const database = await openDatabase({ kind: 'pglite' });
  await database.migrate();
  await seedTestRegion(database.db);
  const dump = await pgliteClient(database).dumpDataDir('none');
  await database.close();
  const dir = path.resolve('.tmp');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `test-snapshot-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteSnapshot', file);
  project.provide('postgresTemplate', '');
}
