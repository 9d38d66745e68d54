// Accounts, sessions and second factors. Passwords are argon2id hashes; session and recovery
// tokens are stored only as SHA-256 hashes so a database leak yields no usable credential.
import { sql } from 'drizzle-orm';
import {
  boolean, check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { leerling } from '../../regio/regio.table.js';

export const accountSoort = pgEnum('account_soort', ['medewerker', 'ouder', 'leerling']);

export const account = pgTable('account', {
  id: uuid().primaryKey().defaultRandom(),
  email: text().notNull(),
  naam: text().notNull(),
  soort: accountSoort().notNull(),
  // Null for people known to the region who have not been given a log-in (most parents in the demo).
  wachtwoordHash: text(),
  leerlingId: uuid().references(() => leerling.id),
  totpGeheim: text(),
  totpActiefSinds: timestamp({ withTimezone: true }),
  mislukteLogins: integer().notNull().default(0),
  geblokkeerdTot: timestamp({ withTimezone: true }),
  aangemaakt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('account_email').on(t.email),
  uniqueIndex('account_leerling').on(t.leerlingId),
  check('account_email_klein', sql`${t.email} = lower(${t.email})`),
  check('account_leerling_soort', sql`(${t.soort} = 'leerling') = (${t.leerlingId} is not null)`),
]);

export const sessie = pgTable('sessie', {
  tokenHash: text().primaryKey(),
  accountId: uuid().notNull().references(() => account.id, { onDelete: 'cascade' }),
  csrfToken: text().notNull(),
  // False while a staff member with TOTP still has to give the second factor.
  volledig: boolean().notNull(),
  aangemaakt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  verlooptOp: timestamp({ withTimezone: true }).notNull(),
}, (t) => [index('sessie_account').on(t.accountId)]);

export const herstelcode = pgTable('herstelcode', {
  id: uuid().primaryKey().defaultRandom(),
  accountId: uuid().notNull().references(() => account.id, { onDelete: 'cascade' }),
  codeHash: text().notNull(),
  gebruiktOp: timestamp({ withTimezone: true }),
}, (t) => [index('herstelcode_account').on(t.accountId)]);
