// Reminders already sent, by a key the capability chooses (e.g. `opp-evaluatie:<id>:te-laat`), so a
// reminder goes out once however often the run repeats.
import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const herinneringVerzonden = pgTable('herinnering_verzonden', {
  sleutel: text().primaryKey(),
  soort: text().notNull(),
  leerlingId: uuid(),
  aan: text().array().notNull(),
  verzondenOp: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
