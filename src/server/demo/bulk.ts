// Bulk inserts for the demo generator. Each table's rows are buffered per column and written as
// `insert … select * from unnest($1::type[], …)`: one parameter per column whatever the number of
// rows, so a statement of thousands of rows is parsed once and never hits the parameter limit.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../core/db/db.js';

export type Waarde = string | number | null;

export class TableBuffer {
  private columns: Waarde[][];
  private rows = 0;

  constructor(readonly table: string, readonly kolommen: readonly (readonly [naam: string, type: string])[]) {
    this.columns = kolommen.map(() => []);
  }

  add(...values: Waarde[]): void {
    if (values.length !== this.kolommen.length) {
      throw new Error(`${this.table}: ${values.length} waarden voor ${this.kolommen.length} kolommen`);
    }
    for (let i = 0; i < values.length; i++) this.columns[i].push(values[i]);
    this.rows++;
  }

  get size(): number {
    return this.rows;
  }

  /** The buffered rows as one statement, and an empty buffer. */
  take(): SQL | null {
    if (this.rows === 0) return null;
    const names = sql.raw(this.kolommen.map(([n]) => `"${n}"`).join(', '));
    const arrays = this.kolommen.map(([, type], i) => sql`${arrayLiteral(this.columns[i], type === 'text')}::${sql.raw(type)}[]`);
    const stmt = sql`insert into ${sql.identifier(this.table)} (${names}) select * from unnest(${sql.join(arrays, sql`, `)})`;
    this.columns = this.kolommen.map(() => []);
    this.rows = 0;
    return stmt;
  }
}

/**
 * A PostgreSQL array literal. Text elements are quoted, so commas, braces and "NULL" stay text;
 * uuids, dates, numbers and enum values never need it.
 */
function arrayLiteral(values: readonly Waarde[], isText: boolean): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) parts[i] = 'NULL';
    else if (!isText) parts[i] = String(v);
    else {
      const s = String(v);
      parts[i] = `"${s.includes('"') || s.includes('\\') ? s.replace(/["\\]/g, '\\$&') : s}"`;
    }
  }
  return `{${parts.join(',')}}`;
}

/** Runs statements in one transaction. */
export async function writeInTransaction(db: Db, statements: readonly SQL[]): Promise<void> {
  if (statements.length === 0) return;
  await db.transaction(async (tx) => {
    for (const s of statements) await tx.execute(s);
  });
}
