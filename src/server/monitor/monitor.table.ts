// The monitor's questionnaires (source: 004 §2): an SWV's questionnaire with scales and items, a wave
// per moment, invitations (with a one-time code for pupils without an account), answers and parents'
// objections. Answers are stored under a respondent key, never under the pupil id: the analyses read
// `monitor_antwoord` joined to the group a respondent is in, and only the invitation links a key to a
// pupil (for the pupil's own questionnaire and the code list the school prints).
import { sql } from 'drizzle-orm';
import {
  boolean, check, date, index, integer, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { account } from '../core/auth/auth.table.js';
import { leerling, samenwerkingsverband, school } from '../regio/regio.table.js';

export const vragenlijst = pgTable('vragenlijst', {
  id: uuid().primaryKey().defaultRandom(),
  swvId: uuid().notNull().references(() => samenwerkingsverband.id),
  naam: text().notNull(),
  aangemaakt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('vragenlijst_swv').on(t.swvId)]);

/** An outcome scale, or the pupil's own view of what the offer brought (perceived impact). */
export const schaalSoort = pgEnum('schaal_soort', ['uitkomst', 'ervaren_impact']);

export const vragenlijstSchaal = pgTable('vragenlijst_schaal', {
  id: uuid().primaryKey().defaultRandom(),
  vragenlijstId: uuid().notNull().references(() => vragenlijst.id),
  code: text().notNull(),
  naam: text().notNull(),
  soort: schaalSoort().notNull(),
  /** The SWV picks its scales: a scale that is off is not asked and not analysed. */
  actief: boolean().notNull().default(true),
  volgorde: integer().notNull(),
}, (t) => [
  uniqueIndex('vragenlijst_schaal_code').on(t.vragenlijstId, t.code),
  check('vragenlijst_schaal_code_vorm', sql`${t.code} ~ '^[a-z][a-z0-9_]*$'`),
]);

/** Quoted from a source (name it) or written by us / the SWV. */
export const itemHerkomst = pgEnum('item_herkomst', ['bron', 'eigen']);

export const vragenlijstItem = pgTable('vragenlijst_item', {
  id: uuid().primaryKey().defaultRandom(),
  vragenlijstId: uuid().notNull().references(() => vragenlijst.id),
  schaalId: uuid().notNull().references(() => vragenlijstSchaal.id),
  code: text().notNull(),
  tekst: text().notNull(),
  herkomst: itemHerkomst().notNull(),
  bron: text(),
  /** Reverse-scored: on the 1–5 scale a score s counts as 6 − s. */
  omgepoold: boolean().notNull().default(false),
  volgorde: integer().notNull(),
}, (t) => [
  uniqueIndex('vragenlijst_item_code').on(t.vragenlijstId, t.code),
  index('vragenlijst_item_schaal').on(t.schaalId),
  check('vragenlijst_item_bron', sql`(${t.herkomst} = 'bron') = (${t.bron} is not null)`),
]);

/** A wave: one moment at which the questionnaire is taken (IMAGE: two, two years apart). */
export const meting = pgTable('meting', {
  id: uuid().primaryKey().defaultRandom(),
  vragenlijstId: uuid().notNull().references(() => vragenlijst.id),
  nummer: integer().notNull(),
  naam: text().notNull(),
  van: date({ mode: 'string' }).notNull(),
  tot: date({ mode: 'string' }).notNull(),
  /** Wave 1 invites pupils of these years (groep/leerjaar); wave 2 invites the respondents of wave 1. */
  leerjaren: integer().array().notNull().default(sql`'{}'`),
}, (t) => [
  uniqueIndex('meting_nummer').on(t.vragenlijstId, t.nummer),
  check('meting_nummer_1_2', sql`${t.nummer} between 1 and 2`),
  check('meting_periode', sql`${t.tot} >= ${t.van}`),
]);

/**
 * The pseudonym of one pupil in one questionnaire: the same key in both waves (so that before and
 * after can be paired), a random id that says nothing about the pupil.
 */
export const monitorRespondent = pgTable('monitor_respondent', {
  id: uuid().primaryKey().defaultRandom(),
  vragenlijstId: uuid().notNull().references(() => vragenlijst.id),
  leerlingId: uuid().notNull().references(() => leerling.id),
}, (t) => [uniqueIndex('monitor_respondent_leerling').on(t.vragenlijstId, t.leerlingId)]);

/** An invitation of a respondent to a wave, with the school and year at that moment. */
export const monitorUitnodiging = pgTable('monitor_uitnodiging', {
  id: uuid().primaryKey().defaultRandom(),
  metingId: uuid().notNull().references(() => meting.id),
  respondentId: uuid().notNull().references(() => monitorRespondent.id),
  schoolId: uuid().notNull().references(() => school.id),
  leerjaar: integer().notNull(),
  /** SHA-256 of the one-time code the school prints; null until codes are made. */
  codeHash: text(),
  /** SHA-256 of the token a code log-in hands out: it opens this questionnaire only. */
  tokenHash: text(),
  tokenTot: timestamp({ withTimezone: true }),
  gestart: timestamp({ withTimezone: true }),
  afgerond: timestamp({ withTimezone: true }),
}, (t) => [
  uniqueIndex('monitor_uitnodiging_respondent').on(t.metingId, t.respondentId),
  uniqueIndex('monitor_uitnodiging_code').on(t.codeHash),
  uniqueIndex('monitor_uitnodiging_token').on(t.tokenHash),
  index('monitor_uitnodiging_school').on(t.metingId, t.schoolId),
]);

/** One answer, saved as it is given; a skipped item has no row. */
export const monitorAntwoord = pgTable('monitor_antwoord', {
  metingId: uuid().notNull().references(() => meting.id),
  respondentId: uuid().notNull().references(() => monitorRespondent.id),
  itemId: uuid().notNull().references(() => vragenlijstItem.id),
  score: smallint().notNull(),
  gewijzigd: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.metingId, t.respondentId, t.itemId] }),
  check('monitor_antwoord_likert', sql`${t.score} between 1 and 5`),
]);

/** A parent's objection, beforehand: no invitation and no code for this pupil while it stands. */
export const monitorBezwaar = pgTable('monitor_bezwaar', {
  leerlingId: uuid().primaryKey().references(() => leerling.id),
  accountId: uuid().notNull().references(() => account.id),
  vastgelegdOp: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
