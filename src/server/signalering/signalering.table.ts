// Signalling (source: 003 §17.2, §18.3, §18.6; 004 §2): the screening calendar, outcomes of licensed
// instruments, our own forms and what was filled in, LVS results, tasks to hold talks, decisions and
// the curative route.
import { sql } from 'drizzle-orm';
import {
  boolean, check, customType, date, index, integer, jsonb, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { account } from '../core/auth/auth.table.js';
import { leerling, samenwerkingsverband, school } from '../regio/regio.table.js';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * A fixed moment of class-wide screening, configured per SWV: e.g. groep 1, 3 and 5 in po, intake
 * and leerjaar 1 in vo (source: 003 §17.2.1). `deadlineMaand`/`deadlineDag` fall in the school year.
 */
export const signaleringsmoment = pgTable('signaleringsmoment', {
  id: uuid().primaryKey().defaultRandom(),
  swvId: uuid().notNull().references(() => samenwerkingsverband.id),
  naam: text().notNull(),
  leerjaar: integer().notNull(),
  instrument: text().notNull(),
  deadlineMaand: integer().notNull(),
  deadlineDag: integer().notNull().default(1),
}, (t) => [
  check('moment_leerjaar', sql`${t.leerjaar} between 1 and 8`),
  check('moment_deadline', sql`${t.deadlineMaand} between 1 and 12 and ${t.deadlineDag} between 1 and 31`),
  index('moment_swv').on(t.swvId),
]);

export const instrument = pgEnum('instrument', ['DHH', 'SiDi-PO', 'ZOOV+', 'VO Quick-Screening']);
export const screeningUitkomst = pgEnum('screening_uitkomst', ['geen_signaal', 'signaal', 'sterk_signaal']);

/**
 * The outcome of a licensed instrument. Only the outcome, advice and the product's own report are
 * kept: the instrument's content is licensed and never copied.
 */
export const screening = pgTable('screening', {
  id: uuid().primaryKey().defaultRandom(),
  leerlingId: uuid().notNull().references(() => leerling.id),
  momentId: uuid().references(() => signaleringsmoment.id),
  schooljaar: integer().notNull(),
  instrument: instrument().notNull(),
  datum: date({ mode: 'string' }).notNull(),
  uitkomst: screeningUitkomst().notNull(),
  advies: text(),
  rapportNaam: text(),
  rapportType: text(),
  rapport: bytea(),
  door: uuid().notNull().references(() => account.id),
  vastgelegd: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('screening_leerling').on(t.leerlingId),
  uniqueIndex('screening_een_per_moment').on(t.leerlingId, t.momentId, t.schooljaar).where(sql`${t.momentId} is not null`),
  check('screening_rapport', sql`(${t.rapport} is null) = (${t.rapportNaam} is null)`),
]);

export const formulierSoort = pgEnum('formulier_soort', ['nominatie', 'observatie', 'ouder_vragenlijst', 'leerlinggesprek']);

/** Our own forms, configurable per SWV; the built-in versions live in code (standaard-formulieren.ts). */
export const formulier = pgTable('formulier', {
  id: uuid().primaryKey().defaultRandom(),
  swvId: uuid().notNull().references(() => samenwerkingsverband.id),
  soort: formulierSoort().notNull(),
  versie: integer().notNull(),
  titel: text().notNull(),
  items: jsonb().notNull(),
  actief: boolean().notNull().default(true),
  aangemaakt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('formulier_versie').on(t.swvId, t.soort, t.versie),
  uniqueIndex('formulier_een_actief').on(t.swvId, t.soort).where(sql`${t.actief}`),
]);

export const signaalSoort = pgEnum('signaal_soort', [
  'nominatie', 'observatie', 'ouder_beeld', 'leerling_stem', 'gedrag', 'welbevinden', 'iq', 'dubbel_bijzonder',
]);

/** A signal from one source: a filled-in form, a concern about behaviour or wellbeing, an IQ result. */
export const signaal = pgTable('signaal', {
  id: uuid().primaryKey().defaultRandom(),
  leerlingId: uuid().notNull().references(() => leerling.id),
  soort: signaalSoort().notNull(),
  schooljaar: integer().notNull(),
  formulierSoort: formulierSoort(),
  formulierVersie: integer(),
  antwoorden: jsonb(),
  toelichting: text(),
  // Set for a concern (behaviour, wellbeing): it starts a talk (source: 003 §17.2.2).
  zorgelijk: boolean().notNull().default(false),
  waarde: numeric({ mode: 'number' }),
  door: uuid().notNull().references(() => account.id),
  datum: date({ mode: 'string' }).notNull(),
  vastgelegd: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('signaal_leerling').on(t.leerlingId, t.schooljaar),
  index('signaal_jaar_soort').on(t.schooljaar, t.soort),
]);

/** An import of LVS results; all rows or none (the product promise for imports). */
export const lvsImport = pgTable('lvs_import', {
  id: uuid().primaryKey().defaultRandom(),
  schoolId: uuid().notNull().references(() => school.id),
  door: uuid().notNull().references(() => account.id),
  bestandsnaam: text().notNull(),
  aantal: integer().notNull(),
  op: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const lvsResultaat = pgTable('lvs_resultaat', {
  id: uuid().primaryKey().defaultRandom(),
  leerlingId: uuid().notNull().references(() => leerling.id),
  importId: uuid().references(() => lvsImport.id),
  toets: text().notNull(),
  vak: text().notNull(),
  datum: date({ mode: 'string' }).notNull(),
  score: numeric({ mode: 'number' }).notNull(),
  niveau: text(),
  percentiel: integer(),
}, (t) => [
  index('lvs_leerling_vak').on(t.leerlingId, t.vak, t.datum),
  uniqueIndex('lvs_uniek').on(t.leerlingId, t.toets, t.vak, t.datum),
  check('lvs_percentiel', sql`${t.percentiel} is null or ${t.percentiel} between 0 and 100`),
]);

export const taakSoort = pgEnum('taak_soort', ['gesprek_neerwaartse_spiraal', 'gesprek_op_verzoek_ouder', 'gesprek_zorgsignaal']);

/** A talk to hold with pupil and parents (source: 003 §17.2.2), for the teacher and seen by the IB. */
export const taak = pgTable('taak', {
  id: uuid().primaryKey().defaultRandom(),
  leerlingId: uuid().notNull().references(() => leerling.id),
  soort: taakSoort().notNull(),
  reden: text().notNull(),
  toegewezenAan: uuid().references(() => account.id),
  aangevraagdDoor: uuid().references(() => account.id),
  aangemaakt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  gehouden: date({ mode: 'string' }),
  verslag: text(),
  afgerondDoor: uuid().references(() => account.id),
}, (t) => [
  index('taak_leerling').on(t.leerlingId),
  index('taak_open').on(t.toegewezenAan).where(sql`${t.gehouden} is null`),
  // One open talk of a kind per pupil: a trend rule run twice does not make two tasks.
  uniqueIndex('taak_een_open').on(t.leerlingId, t.soort).where(sql`${t.gehouden} is null`),
  check('taak_afgerond', sql`(${t.gehouden} is null) = (${t.afgerondDoor} is null)`),
]);

export const besluitUitkomst = pgEnum('besluit_uitkomst', [
  'geen_actie', 'aanpassen_in_klas', 'plusklas_met_opp', 'aanvraag_bovenschools',
]);

/** The decision after weighing the profile: who took it, with whom, and why (source: 003 §18.6). */
export const besluit = pgTable('signalering_besluit', {
  id: uuid().primaryKey().defaultRandom(),
  leerlingId: uuid().notNull().references(() => leerling.id),
  uitkomst: besluitUitkomst().notNull(),
  waarom: text().notNull(),
  metWie: text().array().notNull(),
  door: uuid().notNull().references(() => account.id),
  datum: date({ mode: 'string' }).notNull(),
  vastgelegd: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('besluit_leerling').on(t.leerlingId),
  check('besluit_waarom', sql`length(trim(${t.waarom})) > 0`),
]);

export const trajectStap = pgEnum('traject_stap', [
  'observatie', 'gesprek_leerling', 'gesprek_ouders', 'hypothese', 'analyse_ib', 'traject',
]);

/** One step of the curative route (source: 003 §17.2.2, the Jaimo example), in order. */
export const curatiefStap = pgTable('curatief_stap', {
  id: uuid().primaryKey().defaultRandom(),
  leerlingId: uuid().notNull().references(() => leerling.id),
  stap: trajectStap().notNull(),
  notitie: text().notNull(),
  doel: text(),
  door: uuid().notNull().references(() => account.id),
  datum: date({ mode: 'string' }).notNull(),
}, (t) => [
  index('curatief_leerling').on(t.leerlingId),
  check('curatief_doel', sql`${t.stap} <> 'traject' or ${t.doel} is not null`),
]);

/**
 * Per pupil the latest LVS percentile (over all subjects; on a tie of dates the lowest) and whether
 * it fell below the previous percentile in the same subject. The blind-spot report of a region reads
 * this instead of a window over every result. A pupil without any percentile has no row.
 * Kept by statement-level triggers on lvs_resultaat (migration 0004_lvs_stand_per_leerling), so
 * every writer — the import, the demo, a test fixture — keeps it true in its own transaction.
 */
export const lvsStand = pgTable('lvs_stand', {
  leerlingId: uuid().primaryKey().references(() => leerling.id),
  laatstePercentiel: integer().notNull(),
  laatsteDatum: date({ mode: 'string' }).notNull(),
  gedaald: boolean().notNull(),
}, (t) => [
  check('lvs_stand_percentiel', sql`${t.laatstePercentiel} between 0 and 100`),
]);
