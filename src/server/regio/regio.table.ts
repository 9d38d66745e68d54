// The region's data model: SWV, boards, schools, classes per school year, pupils with their
// registrations over time, parents, staff positions and pupil accounts.
import { sql } from 'drizzle-orm';
import {
  check, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { account } from '../core/auth/auth.table.js';

export const sector = pgEnum('sector', ['po', 'vo']);
export const schoolSoort = pgEnum('school_soort', ['po', 'vo', 'so']);
export const geslacht = pgEnum('geslacht', ['m', 'v', 'x']);

export const samenwerkingsverband = pgTable('samenwerkingsverband', {
  id: uuid().primaryKey().defaultRandom(),
  code: text().notNull().unique(), // e.g. "PO 27-01": the SWV's official number
  naam: text().notNull(),
  sector: sector().notNull(),
});

export const bestuur = pgTable('bestuur', {
  id: uuid().primaryKey().defaultRandom(),
  naam: text().notNull(),
  bestuursnummer: text().notNull().unique(),
});

// source: DOMAIN "The covering regional network" — local tables coordinate schools, parents, gemeente
export const lokaleTafel = pgTable('lokale_tafel', {
  id: uuid().primaryKey().defaultRandom(),
  swvId: uuid().notNull().references(() => samenwerkingsverband.id),
  naam: text().notNull(),
});

export const school = pgTable('school', {
  id: uuid().primaryKey().defaultRandom(),
  brin: text().notNull(),
  vestiging: text().notNull(),
  naam: text().notNull(),
  soort: schoolSoort().notNull(),
  gemeente: text().notNull(),
  bestuurId: uuid().notNull().references(() => bestuur.id),
  swvId: uuid().notNull().references(() => samenwerkingsverband.id),
  lokaleTafelId: uuid().references(() => lokaleTafel.id),
}, (t) => [
  uniqueIndex('school_brin_vestiging').on(t.brin, t.vestiging),
  check('school_brin_vorm', sql`${t.brin} ~ '^[0-9]{2}[A-Z]{2}$'`),
  check('school_vestiging_vorm', sql`${t.vestiging} ~ '^[0-9]{2}$'`),
  index('school_swv').on(t.swvId),
]);

/** A class (groep in po, klas in vo) in one school year; `schooljaar` is the year it starts in. */
export const groep = pgTable('groep', {
  id: uuid().primaryKey().defaultRandom(),
  schoolId: uuid().notNull().references(() => school.id),
  schooljaar: integer().notNull(),
  naam: text().notNull(),
  leerjaar: integer().notNull(), // jaargroep 1–8 in po, leerjaar 1–6 in vo
}, (t) => [
  uniqueIndex('groep_school_jaar_naam').on(t.schoolId, t.schooljaar, t.naam),
  check('groep_leerjaar', sql`${t.leerjaar} between 1 and 8`),
]);

export const leerling = pgTable('leerling', {
  id: uuid().primaryKey().defaultRandom(),
  voornaam: text().notNull(),
  tussenvoegsel: text(),
  achternaam: text().notNull(),
  geboortedatum: date({ mode: 'string' }).notNull(),
  geslacht: geslacht().notNull(),
  // Lower-cased "voornaam tussenvoegsel achternaam" for search; kept by the database itself.
  zoeknaam: text().generatedAlwaysAs(
    sql`lower(voornaam || ' ' || coalesce(tussenvoegsel || ' ', '') || achternaam)`,
  ),
}, (t) => [index('leerling_achternaam').on(t.achternaam)]);

/** Registration at a school over time; the open registration is the stamschool. */
export const inschrijving = pgTable('inschrijving', {
  id: uuid().primaryKey().defaultRandom(),
  leerlingId: uuid().notNull().references(() => leerling.id),
  schoolId: uuid().notNull().references(() => school.id),
  van: date({ mode: 'string' }).notNull(),
  tot: date({ mode: 'string' }),
}, (t) => [
  check('inschrijving_periode', sql`${t.tot} is null or ${t.tot} >= ${t.van}`),
  // source: 003 §18.4 — one stamschool at a time keeps the zorgplicht
  uniqueIndex('inschrijving_een_open').on(t.leerlingId).where(sql`${t.tot} is null`),
  index('inschrijving_school').on(t.schoolId, t.leerlingId),
  // Today's registration of a pupil, open or ending in the future: the partial index above does not cover it.
  index('inschrijving_leerling').on(t.leerlingId, t.van),
]);

export const groepLeerling = pgTable('groep_leerling', {
  groepId: uuid().notNull().references(() => groep.id),
  leerlingId: uuid().notNull().references(() => leerling.id),
}, (t) => [
  primaryKey({ columns: [t.groepId, t.leerlingId] }),
  index('groep_leerling_leerling').on(t.leerlingId),
]);

export const groepLeraar = pgTable('groep_leraar', {
  groepId: uuid().notNull().references(() => groep.id),
  accountId: uuid().notNull().references(() => account.id),
}, (t) => [
  primaryKey({ columns: [t.groepId, t.accountId] }),
  index('groep_leraar_account').on(t.accountId),
]);

export const ouderRelatie = pgEnum('ouder_relatie', ['ouder', 'verzorger']);

export const ouderKind = pgTable('ouder_kind', {
  accountId: uuid().notNull().references(() => account.id),
  leerlingId: uuid().notNull().references(() => leerling.id),
  relatie: ouderRelatie().notNull().default('ouder'),
}, (t) => [
  primaryKey({ columns: [t.accountId, t.leerlingId] }),
  index('ouder_kind_leerling').on(t.leerlingId),
]);

export const functieSoort = pgEnum('functie_soort', [
  'leraar', 'ib', 'specialist', 'casemanager', 'commissielid', 'swv_medewerker',
  'privacy_officer', 'functioneel_beheerder', 'coordinator',
  // People a case hands its information to (source: 004 §3, 003 §20.2.3).
  'zorgverlener', 'leerplichtambtenaar', 'procesbegeleider',
]);

/**
 * A staff position and where it holds: an IB at a school, a specialist at schools, a board or the
 * SWV. Teaching is recorded per class in groep_leraar; the position says the person is a teacher.
 */
export const functie = pgTable('functie', {
  id: uuid().primaryKey().defaultRandom(),
  accountId: uuid().notNull().references(() => account.id),
  soort: functieSoort().notNull(),
  schoolId: uuid().references(() => school.id),
  bestuurId: uuid().references(() => bestuur.id),
  swvId: uuid().references(() => samenwerkingsverband.id),
  van: date({ mode: 'string' }).notNull(),
  tot: date({ mode: 'string' }),
}, (t) => [
  index('functie_account').on(t.accountId),
  index('functie_school').on(t.schoolId),
  index('functie_bestuur').on(t.bestuurId),
  index('functie_swv').on(t.swvId),
  check('functie_een_bereik', sql`num_nonnulls(${t.schoolId}, ${t.bestuurId}, ${t.swvId}) <= 1`),
  check('functie_ib_op_school', sql`${t.soort} <> 'ib' or ${t.schoolId} is not null`),
  check('functie_periode', sql`${t.tot} is null or ${t.tot} >= ${t.van}`),
]);

/** Why a case was opened (source: DOMAIN "Complex cases"; 003 ch. 18): the casus capability's view. */
export const casusSoort = pgEnum('casus_soort', ['complex', 'dubbel_bijzonder', 'thuiszitter', 'onderwijs_zorgarrangement']);

/** A case with one case manager (source: 004 §3); the casus capability adds its content. */
export const casus = pgTable('casus', {
  id: uuid().primaryKey().defaultRandom(),
  leerlingId: uuid().notNull().references(() => leerling.id),
  casemanagerId: uuid().notNull().references(() => account.id),
  geopend: date({ mode: 'string' }).notNull(),
  gesloten: date({ mode: 'string' }),
  soort: casusSoort().notNull().default('complex'),
  // The shared, realistic growth goal everyone works towards (source: 004 §3).
  groeidoel: text(),
}, (t) => [
  index('casus_casemanager').on(t.casemanagerId),
  uniqueIndex('casus_een_open').on(t.leerlingId).where(sql`${t.gesloten} is null`),
]);

export const opleidingOuders = pgEnum('opleiding_ouders', ['laag', 'midden', 'hoog', 'onbekend']);
export const thuistaal = pgEnum('thuistaal', ['nl', 'anders', 'onbekend']);

/**
 * Monitoring attributes, apart from the pupil file with their own purpose: only aggregates over
 * groups of 10 or more may use them (source: 004 §2, equity of participation). No route reads a
 * row of this table for one pupil.
 */
export const monitoringKenmerk = pgTable('monitoring_kenmerk', {
  leerlingId: uuid().primaryKey().references(() => leerling.id),
  opleidingOuders: opleidingOuders().notNull().default('onbekend'),
  thuistaal: thuistaal().notNull().default('onbekend'),
  vastgelegdOp: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
