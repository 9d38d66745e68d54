// The audit log: who did what with which pupil, when, through which route, from where, and why.
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditLog = pgTable('audit_log', {
  id: bigserial({ mode: 'number' }).primaryKey(),
  tijdstip: timestamp({ withTimezone: true }).notNull().defaultNow(),
  // No foreign keys: the log outlives the accounts and pupils it names.
  actorId: uuid(),
  actorNaam: text().notNull(),
  actie: text().notNull(),
  leerlingId: uuid(),
  bron: text().notNull(),
  route: text().notNull(),
  ip: text().notNull(),
  reden: text(),
  details: jsonb(),
}, (t) => [
  index('audit_leerling_tijd').on(t.leerlingId, t.tijdstip),
  index('audit_actor_tijd').on(t.actorId, t.tijdstip),
  index('audit_tijd').on(t.tijdstip),
]);
