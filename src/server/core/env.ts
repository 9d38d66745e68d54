// Configuration, validated once at start-up; the rest of the code reads only this object.
import path from 'node:path';
import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('localhost'),
  PIRAMIDE_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'moet met postgres:// beginnen').optional(),
  PIRAMIDE_SESSIE_UREN: z.coerce.number().positive().default(8),
  // Cookies marked Secure need HTTPS; the local demo runs on plain http://localhost.
  PIRAMIDE_SECURE_COOKIES: z.enum(['ja', 'nee']).default('nee'),
  // Mail (reminders, escalations): without an SMTP server mail is written to the log instead.
  PIRAMIDE_SMTP_URL: z.string().regex(/^smtps?:\/\//, 'moet met smtp:// of smtps:// beginnen').optional(),
  PIRAMIDE_MAIL_VAN: z.string().default('Piramide <noreply@piramide.localhost>'),
  // The address users reach the app on, for the links in mail.
  PIRAMIDE_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  sessieUren: number;
  secureCookies: boolean;
  smtpUrl?: string;
  mailVan: string;
  publiekeUrl: string;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const fouten = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Ongeldige configuratie: ${fouten}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.PIRAMIDE_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    sessieUren: e.PIRAMIDE_SESSIE_UREN,
    secureCookies: e.PIRAMIDE_SECURE_COOKIES === 'ja',
    smtpUrl: e.PIRAMIDE_SMTP_URL,
    mailVan: e.PIRAMIDE_MAIL_VAN,
    publiekeUrl: (e.PIRAMIDE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
  };
}
