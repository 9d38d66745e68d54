// The ontwikkelingsperspectiefplan (source: 003 §17.1, §17.3, §17.4; WPO art. 40a) and the in-class
// adaptations around it (source: 003 §16.2.1, §16.5). A plan is a list of immutable versions; every
// change is a new version, so history and the difference between versions come for free.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn, boolean, check, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { account } from '../core/auth/auth.table.js';
import { leerling, school } from '../regio/regio.table.js';

/** One plan per pupil at a time; a closed plan stays readable as history. */
export const opp = pgTable('opp', {
  id: uuid().primaryKey().defaultRandom(),
  leerlingId: uuid().notNull().references(() => leerling.id),
  schoolId: uuid().references(() => school.id),
  aangemaakt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  afgesloten: date({ mode: 'string' }),
  /** The previous school's plan this one started from at intake (source: 003 §17.1.2). */
  vanOppId: uuid().references((): AnyPgColumn => opp.id),
}, (t) => [
  uniqueIndex('opp_een_open_per_leerling').on(t.leerlingId).where(sql`${t.afgesloten} is null`),
]);

/** The plan's content as written at one moment; `inhoud` follows `oppInhoud` in opp.schema.ts. */
export const oppVersie = pgTable('opp_versie', {
  id: uuid().primaryKey().defaultRandom(),
  oppId: uuid().notNull().references(() => opp.id),
  versie: integer().notNull(),
  inhoud: jsonb().notNull(),
  toelichting: text().notNull(),
  door: uuid().notNull().references(() => account.id),
  aangemaakt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('opp_versie_nummer').on(t.oppId, t.versie),
  check('opp_versie_positief', sql`${t.versie} >= 1`),
]);

export const instemmingBesluit = pgEnum('instemming_besluit', ['ingestemd', 'niet_ingestemd']);

/**
 * A parent's decision on the handelingsdeel of one version (WPO art. 40a): who, when, what. A parent
 * may change their mind: the latest row per parent and version counts, earlier rows stay as history.
 */
export const oppInstemming = pgTable('opp_instemming', {
  id: uuid().primaryKey().defaultRandom(),
  versieId: uuid().notNull().references(() => oppVersie.id),
  ouderId: uuid().notNull().references(() => account.id),
  besluit: instemmingBesluit().notNull(),
  toelichting: text(),
  tijdstip: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('opp_instemming_versie').on(t.versieId)]);

export const inbrengSoort = pgEnum('opp_inbreng_soort', ['ouder', 'leerling']);

/** The parents' view and the pupil's own words, in their own words: never edited by staff. */
export const oppInbreng = pgTable('opp_inbreng', {
  id: uuid().primaryKey().defaultRandom(),
  oppId: uuid().notNull().references(() => opp.id),
  versie: integer().notNull(),
  soort: inbrengSoort().notNull(),
  door: uuid().notNull().references(() => account.id),
  tekst: text().notNull(),
  tijdstip: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('opp_inbreng_opp').on(t.oppId)]);

export const evaluatieUitkomst = pgEnum('opp_evaluatie_uitkomst', ['verlengd', 'aangepast', 'afgesloten']);

/**
 * A planned evaluation moment and, once held, its broad consultation (source: 003 §17.4): who took
 * part, notes, each goal reached/partly/not (`doelen`), and the outcome.
 */
export const oppEvaluatie = pgTable('opp_evaluatie', {
  id: uuid().primaryKey().defaultRandom(),
  oppId: uuid().notNull().references(() => opp.id),
  gepland: date({ mode: 'string' }).notNull(),
  metOuders: boolean().notNull(),
  gehouden: date({ mode: 'string' }),
  versie: integer(),
  deelnemers: text().array(),
  notities: text(),
  doelen: jsonb(),
  uitkomst: evaluatieUitkomst(),
  door: uuid().notNull().references(() => account.id),
  vastgelegdDoor: uuid().references(() => account.id),
}, (t) => [
  index('opp_evaluatie_opp').on(t.oppId),
  check('opp_evaluatie_verslag', sql`(${t.gehouden} is null) = (${t.uitkomst} is null) and (${t.gehouden} is null) = (${t.doelen} is null)`),
]);

export const aanpassingSoort = pgEnum('klasaanpassing_soort', ['compacten', 'verrijken', 'versnellen']);

/**
 * Layer 1 of the pyramid: an adaptation in the regular class per subject, with goals set in advance
 * in a weektaak (po) or periodeplanning (vo), what to do when the work is done, and who holds the
 * regie (source: 003 §16.2.1, §16.5). Ended by `tot`; a handover note carries it to next year.
 */
export const klasaanpassing = pgTable('klasaanpassing', {
  id: uuid().primaryKey().defaultRandom(),
  leerlingId: uuid().notNull().references(() => leerling.id),
  soort: aanpassingSoort().notNull(),
  vak: text().notNull(),
  planning: text().notNull(), // 'weektaak' | 'periodeplanning'
  doelen: text().notNull(),
  alsWerkAf: text().notNull(),
  regie: text().notNull(),
  van: date({ mode: 'string' }).notNull(),
  tot: date({ mode: 'string' }),
  overdracht: text(),
  door: uuid().notNull().references(() => account.id),
  aangemaakt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('klasaanpassing_leerling').on(t.leerlingId),
  check('klasaanpassing_planning', sql`${t.planning} in ('weektaak', 'periodeplanning')`),
  check('klasaanpassing_periode', sql`${t.tot} is null or ${t.tot} >= ${t.van}`),
]);

/**
 * The parents' consent that the plan goes with their child to the next school, e.g. po → vo, so the
 * new school can start its OPP from it at intake (source: 003 §17.1.2). Until then the new school's
 * staff see that a plan exists, not what is in it.
 */
export const oppOverdracht = pgTable('opp_overdracht', {
  id: uuid().primaryKey().defaultRandom(),
  oppId: uuid().notNull().references(() => opp.id),
  ouderId: uuid().notNull().references(() => account.id),
  tijdstip: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('opp_overdracht_opp').on(t.oppId)]);
