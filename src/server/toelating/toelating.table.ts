// Admission to a provision (source: 003 §18.2–18.4, §18.6; 000 hoorrecht): the IB's application
// with the pupil's file, the parents' consent and view, the pupil's voice, the SWV commissie's
// decision, the waiting list, the placement with its settling-in period, and the written agreement
// between the stamschool and the provision with its contact log.
import { sql } from 'drizzle-orm';
import {
  boolean, check, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { account } from '../core/auth/auth.table.js';
import { leerling, samenwerkingsverband, school } from '../regio/regio.table.js';
import { voorziening } from '../aanbod/aanbod.table.js';

/** wacht_op_ouders → bij_commissie → besloten; the IB can withdraw before the decision. */
export const aanvraagStatus = pgEnum('aanvraag_status', ['wacht_op_ouders', 'bij_commissie', 'besloten', 'ingetrokken']);
export const commissieBesluit = pgEnum('commissie_besluit', ['aanbevolen', 'nu_niet', 'andere_voorziening']);

export const aanvraag = pgTable('aanvraag', {
  id: uuid().primaryKey().defaultRandom(),
  leerlingId: uuid().notNull().references(() => leerling.id),
  voorzieningId: uuid().notNull().references(() => voorziening.id),
  /** The SWV whose commissie weighs it, and the stamschool at the time of applying. */
  swvId: uuid().notNull().references(() => samenwerkingsverband.id),
  schoolId: uuid().notNull().references(() => school.id),
  aangevraagdDoor: uuid().notNull().references(() => account.id),
  aangevraagd: timestamp({ withTimezone: true }).notNull().defaultNow(),
  /** The IB's question: what the pupil needs and what the school already did. */
  hulpvraag: text().notNull(),
  /** The parts of the file the IB adds (signals, OPP, observations, talks): ids and one-line summaries. */
  dossier: jsonb().notNull().default(sql`'[]'`),
  /** The pupil's voice (hoorrecht, source: 000), in the pupil's words as the IB heard them. */
  stemLeerling: text().notNull(),
  /** What the pupil adds through her own account. */
  stemLeerlingZelf: text(),
  ouderInstemming: boolean(),
  ouderVisie: text(),
  ouderReactieDoor: uuid().references(() => account.id),
  ouderReactieOp: timestamp({ withTimezone: true }),
  status: aanvraagStatus().notNull().default('wacht_op_ouders'),
  besluit: commissieBesluit(),
  /** For 'andere_voorziening': the provision the commissie recommends instead. */
  besluitVoorzieningId: uuid().references(() => voorziening.id),
  /** Which sources were weighed and how (no single threshold, source: 003 §18.6). */
  gewogenBronnen: jsonb(),
  redenen: text(),
  advies: text(),
  /** The behavioural scientist on the commissie for this decision (source: 003 §18.2). */
  gedragswetenschapper: text(),
  besluitDoor: uuid().references(() => account.id),
  besloten: timestamp({ withTimezone: true }),
  oudersGeinformeerd: timestamp({ withTimezone: true }),
}, (t) => [
  index('aanvraag_leerling').on(t.leerlingId),
  index('aanvraag_swv_status').on(t.swvId, t.status),
  index('aanvraag_voorziening').on(t.voorzieningId),
  uniqueIndex('aanvraag_een_open').on(t.leerlingId, t.voorzieningId).where(sql`${t.status} in ('wacht_op_ouders', 'bij_commissie')`),
  check('aanvraag_besluit_volledig', sql`(${t.status} = 'besloten') = (${t.besluit} is not null and ${t.redenen} is not null and ${t.besloten} is not null)`),
  check('aanvraag_andere_voorziening', sql`(${t.besluit} = 'andere_voorziening') = (${t.besluitVoorzieningId} is not null)`),
  check('aanvraag_ouders_eerst', sql`${t.status} in ('wacht_op_ouders', 'ingetrokken') or ${t.ouderInstemming}`),
]);

/** Priority rules, shown to everyone who sees a waiting list: first by rule, then by date. */
export const wachtlijstPrioriteit = pgEnum('wachtlijst_prioriteit', ['thuiszitter', 'dreigende_uitval', 'regulier']);
export const wachtlijstStatus = pgEnum('wachtlijst_status', ['wachtend', 'geplaatst', 'vervallen']);

export const wachtlijstPlaats = pgTable('wachtlijst_plaats', {
  id: uuid().primaryKey().defaultRandom(),
  voorzieningId: uuid().notNull().references(() => voorziening.id),
  leerlingId: uuid().notNull().references(() => leerling.id),
  aanvraagId: uuid().references(() => aanvraag.id),
  /** The day the commissie recommended the pupil: the waiting time counts from here. */
  sinds: date({ mode: 'string' }).notNull(),
  prioriteit: wachtlijstPrioriteit().notNull().default('regulier'),
  verwachteStart: date({ mode: 'string' }),
  status: wachtlijstStatus().notNull().default('wachtend'),
  afgesloten: date({ mode: 'string' }),
}, (t) => [
  index('wachtlijst_voorziening').on(t.voorzieningId, t.status),
  index('wachtlijst_leerling').on(t.leerlingId),
  uniqueIndex('wachtlijst_een_wachtend').on(t.voorzieningId, t.leerlingId).where(sql`${t.status} = 'wachtend'`),
  check('wachtlijst_afgesloten', sql`(${t.status} = 'wachtend') = (${t.afgesloten} is null)`),
]);

/**
 * gepland → wenperiode → geplaatst → afgerond | gestopt. The settling-in period of weeks comes
 * before any transfer of registration (source: 003 §18.3.3, §18.4).
 */
export const plaatsingStatus = pgEnum('plaatsing_status', ['gepland', 'wenperiode', 'geplaatst', 'afgerond', 'gestopt']);

/** A pupil in a provision over a period: the participants of the monitor (source: 004 §2). */
export const plaatsing = pgTable('plaatsing', {
  id: uuid().primaryKey().defaultRandom(),
  leerlingId: uuid().notNull().references(() => leerling.id),
  voorzieningId: uuid().notNull().references(() => voorziening.id),
  aanvraagId: uuid().references(() => aanvraag.id),
  wachtlijstId: uuid().references(() => wachtlijstPlaats.id),
  van: date({ mode: 'string' }).notNull(),
  tot: date({ mode: 'string' }),
  status: plaatsingStatus().notNull().default('gepland'),
  wenperiodeWeken: integer().notNull(),
  wenperiodeTot: date({ mode: 'string' }).notNull(),
  eindreden: text(),
  geplaatstDoor: uuid().notNull().references(() => account.id),
  aangemaakt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('plaatsing_leerling').on(t.leerlingId),
  index('plaatsing_voorziening').on(t.voorzieningId, t.van),
  uniqueIndex('plaatsing_een_lopend').on(t.leerlingId, t.voorzieningId).where(sql`${t.status} in ('gepland', 'wenperiode', 'geplaatst')`),
  check('plaatsing_periode', sql`${t.tot} is null or ${t.tot} >= ${t.van}`),
  // Weeks, not hours (source: 003 §18.3.3).
  check('plaatsing_wenperiode', sql`${t.wenperiodeWeken} between 1 and 26 and ${t.wenperiodeTot} > ${t.van}`),
  check('plaatsing_einde', sql`${t.status} not in ('afgerond', 'gestopt') or ${t.tot} is not null`),
]);

export const partij = pgEnum('afspraak_partij', ['stamschool', 'voorziening', 'samen']);

/**
 * The written agreement between the stamschool and the provision, signed by both schools and the
 * parents before the start (source: 003 §18.4): the symbiose, the contact rhythm, who reports, who
 * leads parent meetings, the share of education time.
 */
export const stamschoolAfspraak = pgTable('stamschool_afspraak', {
  id: uuid().primaryKey().defaultRandom(),
  plaatsingId: uuid().notNull().references(() => plaatsing.id),
  stamschoolId: uuid().notNull().references(() => school.id),
  /** Share of the education time at the provision, in percent; above 60 a transfer is proposed. */
  aandeelOnderwijstijd: integer().notNull(),
  symbiose: text().notNull(),
  contactritme: text().notNull(),
  verslaglegging: partij().notNull(),
  oudergesprekken: partij().notNull(),
  lvsGekoppeld: boolean().notNull().default(false),
  getekendStamschoolDoor: uuid().references(() => account.id),
  getekendStamschool: timestamp({ withTimezone: true }),
  getekendVoorzieningDoor: uuid().references(() => account.id),
  getekendVoorziening: timestamp({ withTimezone: true }),
  getekendOudersDoor: uuid().references(() => account.id),
  getekendOuders: timestamp({ withTimezone: true }),
  /** The date the registration moved to the provision's school; the zorgplicht moves with it. */
  inschrijvingOvergeschreven: date({ mode: 'string' }),
  aangemaakt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('stamschool_afspraak_plaatsing').on(t.plaatsingId),
  check('stamschool_afspraak_aandeel', sql`${t.aandeelOnderwijstijd} between 1 and 100`),
  check('stamschool_afspraak_getekend', sql`(${t.getekendStamschool} is null) = (${t.getekendStamschoolDoor} is null)
    and (${t.getekendVoorziening} is null) = (${t.getekendVoorzieningDoor} is null)
    and (${t.getekendOuders} is null) = (${t.getekendOudersDoor} is null)`),
]);

/** The contact log of an agreement: each call or meeting between the two schools. */
export const afspraakContact = pgTable('afspraak_contact', {
  id: uuid().primaryKey().defaultRandom(),
  afspraakId: uuid().notNull().references(() => stamschoolAfspraak.id),
  datum: date({ mode: 'string' }).notNull(),
  vorm: text().notNull(),
  notitie: text().notNull(),
  door: uuid().notNull().references(() => account.id),
  vastgelegd: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('afspraak_contact_afspraak').on(t.afspraakId, t.datum)]);
