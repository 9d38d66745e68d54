// The regional offer (source: 003 ch. 16–18, §20.3; 000; 001; 004 §2): every provision over the
// pyramid with what a parent, the commissie and the monitor need to know, and its places per period.
import { sql } from 'drizzle-orm';
import {
  boolean, check, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { account } from '../core/auth/auth.table.js';
import { samenwerkingsverband, school } from '../regio/regio.table.js';

/** The three layers of the support pyramid; the vangnet sits beside it (source: 003 ch. 16–18, §20.3). */
export const piramideLaag = pgEnum('piramide_laag', ['in_de_klas', 'in_de_school', 'bovenschools']);

/**
 * The form of a provision. `verrijking_in_de_klas` covers the first layer (compacten, verrijken,
 * versnellen, source: 003 §16.2); the others are named in 003 ch. 17–18 and §20.3.
 */
export const voorzieningVorm = pgEnum('voorziening_vorm', [
  'verrijking_in_de_klas', 'plusklas', 'peergroep', 'deeltijd', 'voltijd', 'onderwijs_zorgarrangement', 'vangnet',
]);

/** A whole school year or shorter: one of the IMAGE moderators (source: 004 §2). */
export const voorzieningDuur = pgEnum('voorziening_duur', ['heel_jaar', 'korter']);

/** The sources admission weighs; never one threshold (source: 003 §18.3.1, §18.6). */
export const toelatingsbron = pgEnum('toelatingsbron', [
  'cijfers', 'lvs', 'oordeel_leraar', 'praktijkmiddag', 'taalonafhankelijke_screening', 'observatie',
  'gesprek_leerling', 'beeld_ouders', 'opp', 'onderzoek',
]);

export const voorziening = pgTable('voorziening', {
  id: uuid().primaryKey().defaultRandom(),
  swvId: uuid().notNull().references(() => samenwerkingsverband.id),
  naam: text().notNull(),
  laag: piramideLaag().notNull(),
  vorm: voorzieningVorm().notNull(),
  doelgroep: text().notNull(),
  doelen: text().notNull(),
  /** An explicit cognitive goal (moderator in 004 §2). */
  explicietCognitiefDoel: boolean().notNull(),
  /** A fixed teacher for the group (moderator in 004 §2). */
  vasteLeerkracht: boolean().notNull(),
  duur: voorzieningDuur().notNull(),
  dagenTijden: text().notNull(),
  locatie: text().notNull(),
  gemeente: text().notNull(),
  leeftijdVan: integer().notNull(),
  leeftijdTot: integer().notNull(),
  toelatingsbronnen: toelatingsbron().array().notNull().default(sql`'{}'`),
  contactNaam: text().notNull(),
  contactEmail: text(),
  contactTelefoon: text(),
  /** The regular school a full-time provision is part of or connected to (source: 000). */
  gekoppeldeSchoolId: uuid().references(() => school.id),
  /**
   * A private provider only as expertise bought in by a funded school: the pupil stays registered
   * at and taught by that school (source: 001).
   */
  particuliereAanbieder: text(),
  bekostigdeSchoolId: uuid().references(() => school.id),
  /** A voluntary contribution may be noted, never a condition (source: 000, 001). */
  vrijwilligeBijdrage: text(),
  coordinatorId: uuid().references(() => account.id),
  actief: boolean().notNull().default(true),
  aangemaakt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  gewijzigd: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('voorziening_swv').on(t.swvId, t.laag),
  index('voorziening_coordinator').on(t.coordinatorId),
  check('voorziening_voltijd_gekoppeld', sql`${t.vorm} <> 'voltijd' or ${t.gekoppeldeSchoolId} is not null`),
  check('voorziening_particulier_ingekocht', sql`${t.particuliereAanbieder} is null or ${t.bekostigdeSchoolId} is not null`),
  check('voorziening_leeftijd', sql`${t.leeftijdVan} between 3 and 20 and ${t.leeftijdTot} between ${t.leeftijdVan} and 20`),
]);

/** The places a provision offers in one period (a school year, or a shorter block). */
export const voorzieningPeriode = pgTable('voorziening_periode', {
  id: uuid().primaryKey().defaultRandom(),
  voorzieningId: uuid().notNull().references(() => voorziening.id),
  van: date({ mode: 'string' }).notNull(),
  tot: date({ mode: 'string' }).notNull(),
  plaatsen: integer().notNull(),
}, (t) => [
  uniqueIndex('voorziening_periode_van').on(t.voorzieningId, t.van),
  check('voorziening_periode_volgorde', sql`${t.tot} >= ${t.van}`),
  check('voorziening_periode_plaatsen', sql`${t.plaatsen} >= 0`),
]);

/**
 * How parents and pupils reach the SWV's central loket and the region's ouder- en jeugdsteunpunt
 * (source: 000, 001; 004 §4 recommends a central loket). Shown on the public pages.
 */
export const swvLoket = pgTable('swv_loket', {
  swvId: uuid().primaryKey().references(() => samenwerkingsverband.id),
  telefoon: text().notNull(),
  email: text().notNull(),
  adres: text().notNull(),
  bereikbaar: text().notNull(),
  steunpuntNaam: text().notNull(),
  steunpuntTelefoon: text().notNull(),
  steunpuntWeb: text().notNull(),
  /** Weeks on a waiting list after which coverage flags the provision. */
  wachttijdSignaalWeken: integer().notNull().default(8),
}, (t) => [check('swv_loket_signaal', sql`${t.wachttijdSignaalWeken} between 1 and 52`)]);
