// The vangnet (source: 003 §20.3): the route of a pupil who really dropped out, from the drop-out
// date to re-entry, as part of the pupil's case; and the region's own agreements about it.
import { sql } from 'drizzle-orm';
import { check, date, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { account } from '../core/auth/auth.table.js';
import { casus, samenwerkingsverband, school } from '../regio/regio.table.js';

export const planRichting = pgEnum('vangnet_plan', ['context_versterken', 'school_in_de_buurt']);
export const opvangSoort = pgEnum('opvang_soort', ['huiskamer', 'zorgboerderij', 'anders']);

/**
 * One vangnet route. The checks keep the protocol in the data too: no intake, care or plan before the
 * contact with the home school is recorded ("Doe niets zonder contact met de thuisschool").
 */
export const vangnet = pgTable('vangnet', {
  id: uuid().primaryKey().defaultRandom(),
  casusId: uuid().notNull().references(() => casus.id),
  stamschoolId: uuid().notNull().references(() => school.id),
  uitval: date({ mode: 'string' }).notNull(),
  contact: date({ mode: 'string' }),
  contactPersoon: text(),
  contactVerslag: text(),
  intake: date({ mode: 'string' }),
  intakeVerslag: text(),
  opvangStart: date({ mode: 'string' }),
  opvangSoort: opvangSoort(),
  opvangAanbieder: text(),
  plan: planRichting(),
  planToelichting: text(),
  leerplichtGeinformeerd: date({ mode: 'string' }),
  leerplichtambtenaar: text(),
  herintreding: date({ mode: 'string' }),
  herintredingSchoolId: uuid().references(() => school.id),
  herintredingToelichting: text(),
  door: uuid().notNull().references(() => account.id),
  vastgelegd: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('vangnet_een_open').on(t.casusId).where(sql`${t.herintreding} is null`),
  check('vangnet_contact_eerst', sql`${t.contact} is not null or (${t.intake} is null and ${t.opvangStart} is null and ${t.plan} is null and ${t.herintreding} is null)`),
  check('vangnet_volgorde', sql`(${t.intake} is null or ${t.intake} >= ${t.uitval}) and (${t.opvangStart} is null or ${t.opvangStart} >= ${t.uitval}) and (${t.herintreding} is null or ${t.herintreding} >= ${t.uitval})`),
  check('vangnet_opvang', sql`(${t.opvangStart} is null) = (${t.opvangSoort} is null)`),
]);

/** The regional agreements on the process and how it is told to parents, as text the SWV keeps. */
export const vangnetAfspraken = pgTable('vangnet_afspraken', {
  swvId: uuid().primaryKey().references(() => samenwerkingsverband.id),
  tekst: text().notNull(),
  bijgewerkt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  door: uuid().notNull().references(() => account.id),
});
