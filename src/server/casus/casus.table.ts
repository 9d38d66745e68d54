// The content of a case (source: 004 §3; 003 §19.5): the people involved, structured meetings with
// their actions, interventions with how they were experienced, and the phases of full-time entry.
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { account } from '../core/auth/auth.table.js';
import { casus, samenwerkingsverband } from '../regio/regio.table.js';

export const betrokkeneRol = pgEnum('betrokkene_rol', [
  'school', 'ouder', 'leerling', 'zorgverlener', 'leerplichtambtenaar', 'procesbegeleider',
]);

/**
 * Someone the case involves. With an account they see what the case hands their role (casus.policy.ts);
 * without one (a grandparent, a therapist outside Piramide) they are named in meetings only.
 */
export const casusBetrokkene = pgTable('casus_betrokkene', {
  id: uuid().primaryKey().defaultRandom(),
  casusId: uuid().notNull().references(() => casus.id),
  rol: betrokkeneRol().notNull(),
  accountId: uuid().references(() => account.id),
  naam: text().notNull(),
  organisatie: text(),
  van: date({ mode: 'string' }).notNull(),
  tot: date({ mode: 'string' }),
}, (t) => [
  index('casus_betrokkene_casus').on(t.casusId),
  index('casus_betrokkene_account').on(t.accountId),
  uniqueIndex('casus_betrokkene_een_keer').on(t.casusId, t.accountId).where(sql`${t.tot} is null and ${t.accountId} is not null`),
  check('casus_betrokkene_periode', sql`${t.tot} is null or ${t.tot} >= ${t.van}`),
]);

/** A structured meeting with everyone, pupil and parents included (source: 004 §3). */
export const casusOverleg = pgTable('casus_overleg', {
  id: uuid().primaryKey().defaultRandom(),
  casusId: uuid().notNull().references(() => casus.id),
  datum: date({ mode: 'string' }).notNull(),
  agenda: text().array().notNull(),
  verslag: text().notNull(),
  besluiten: text().array().notNull(),
  volgendOverleg: date({ mode: 'string' }),
  // Minutes are shared with the participants from this moment (null: a draft only the case manager sees).
  gedeeld: timestamp({ withTimezone: true }),
  door: uuid().notNull().references(() => account.id),
  vastgelegd: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('casus_overleg_casus').on(t.casusId, t.datum),
  check('casus_overleg_volgend', sql`${t.volgendOverleg} is null or ${t.volgendOverleg} > ${t.datum}`),
]);

/** Who took part; a copy of name and role, so the minutes keep saying who was there. */
export const overlegDeelnemer = pgTable('overleg_deelnemer', {
  overlegId: uuid().notNull().references(() => casusOverleg.id),
  volgorde: integer().notNull(),
  accountId: uuid().references(() => account.id),
  naam: text().notNull(),
  rol: text().notNull(),
}, (t) => [
  uniqueIndex('overleg_deelnemer_pk').on(t.overlegId, t.volgorde),
  index('overleg_deelnemer_account').on(t.accountId),
]);

/**
 * A follow-up action with an owner and a due date. `oppDoel` names the OPP goal it serves: plain
 * text without a foreign key, because the OPP is built on another branch (issue of the OPP).
 */
export const casusActie = pgTable('casus_actie', {
  id: uuid().primaryKey().defaultRandom(),
  casusId: uuid().notNull().references(() => casus.id),
  overlegId: uuid().references(() => casusOverleg.id),
  omschrijving: text().notNull(),
  eigenaarId: uuid().references(() => account.id),
  eigenaarNaam: text().notNull(),
  uiterlijk: date({ mode: 'string' }).notNull(),
  oppDoel: text(),
  afgerond: date({ mode: 'string' }),
  afgerondDoor: uuid().references(() => account.id),
}, (t) => [
  index('casus_actie_casus').on(t.casusId),
  index('casus_actie_open').on(t.eigenaarId, t.uiterlijk).where(sql`${t.afgerond} is null`),
  check('casus_actie_afgerond', sql`(${t.afgerond} is null) = (${t.afgerondDoor} is null)`),
]);

export const interventieSoort = pgEnum('interventie_soort', [
  'coachingsgesprekken', 'aanpassingen_in_de_klas', 'therapie', 'training', 'anders',
]);

/** "Elke gerichte poging om de ontwikkeling te beïnvloeden" (source: 004 §3). */
export const interventie = pgTable('interventie', {
  id: uuid().primaryKey().defaultRandom(),
  casusId: uuid().notNull().references(() => casus.id),
  soort: interventieSoort().notNull(),
  omschrijving: text(),
  aanbieder: text().notNull(),
  van: date({ mode: 'string' }).notNull(),
  tot: date({ mode: 'string' }),
  doel: text().notNull(),
  door: uuid().notNull().references(() => account.id),
}, (t) => [
  index('interventie_casus').on(t.casusId),
  check('interventie_periode', sql`${t.tot} is null or ${t.tot} >= ${t.van}`),
]);

export const perspectief = pgEnum('perspectief', ['ouder', 'leerling', 'professional']);

/**
 * How one person experienced an intervention, along the seven factors of 004 §3: per factor a score
 * 1–5 and an optional remark, as `{ factor: { score, toelichting } }` (validated at the edge).
 */
export const interventieErvaring = pgTable('interventie_ervaring', {
  id: uuid().primaryKey().defaultRandom(),
  interventieId: uuid().notNull().references(() => interventie.id),
  perspectief: perspectief().notNull(),
  factoren: jsonb().notNull(),
  toelichting: text(),
  door: uuid().notNull().references(() => account.id),
  datum: date({ mode: 'string' }).notNull(),
}, (t) => [index('interventie_ervaring_interventie').on(t.interventieId)]);

export const instroomFase = pgEnum('instroom_fase', ['leefbaar', 'schoolbaar', 'toetsbaar']);

/** A condition of a phase as the SWV configured it; without rows the defaults in code hold (fasen.ts). */
export const faseVoorwaarde = pgTable('fase_voorwaarde', {
  id: uuid().primaryKey().defaultRandom(),
  swvId: uuid().notNull().references(() => samenwerkingsverband.id),
  fase: instroomFase().notNull(),
  volgorde: integer().notNull(),
  tekst: text().notNull(),
  actief: boolean().notNull().default(true),
}, (t) => [uniqueIndex('fase_voorwaarde_volgorde').on(t.swvId, t.fase, t.volgorde)]);

/**
 * The phase a pupil is in (source: 003 §19.5), one open at a time per case. `voorwaarden` is the
 * checklist copied at the start of the phase: `[{ tekst, voldaan }]`; leaving with unmet conditions
 * needs `overrideReden`.
 */
export const casusFase = pgTable('casus_fase', {
  id: uuid().primaryKey().defaultRandom(),
  casusId: uuid().notNull().references(() => casus.id),
  fase: instroomFase().notNull(),
  van: date({ mode: 'string' }).notNull(),
  tot: date({ mode: 'string' }),
  voorwaarden: jsonb().notNull(),
  jeugdhulp: text(),
  overrideReden: text(),
  door: uuid().notNull().references(() => account.id),
}, (t) => [
  index('casus_fase_casus').on(t.casusId),
  uniqueIndex('casus_fase_een_open').on(t.casusId).where(sql`${t.tot} is null`),
  check('casus_fase_periode', sql`${t.tot} is null or ${t.tot} >= ${t.van}`),
]);

/**
 * Why and when a case was closed, and by whom. Closing sets `casus.gesloten`, which ends the case
 * manager's and the people involved's access through the policy SQL (leerling-access.ts).
 */
export const casusSluiting = pgTable('casus_sluiting', {
  casusId: uuid().primaryKey().references(() => casus.id),
  datum: date({ mode: 'string' }).notNull(),
  reden: text().notNull(),
  toelichting: text(),
  door: uuid().notNull().references(() => account.id),
  vastgelegd: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
