// Server-side sessions: the browser holds a random token, the database its SHA-256 hash, the
// actor's roles follow from the positions held today.
import { createHash, randomBytes } from 'node:crypto';
import { eq, lt, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../db/db.js';
import type { Actor, Rol } from '../access/actor.js';
import { sessie } from './auth.table.js';
import { vandaag } from '../schooljaar.js';

export const SESSIE_COOKIE = 'piramide_sessie';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

export type SessieInfo = { actor: Actor; csrfToken: string; volledig: boolean; totpActief: boolean };

export async function createSession(
  db: DbOrTx, accountId: string, volledig: boolean, uren: number,
): Promise<{ token: string; csrfToken: string }> {
  const token = randomToken();
  const csrfToken = randomToken();
  await db.insert(sessie).values({
    tokenHash: sha256(token),
    accountId,
    csrfToken,
    volledig,
    verlooptOp: new Date(Date.now() + uren * 3600_000),
  });
  return { token, csrfToken };
}

type SessieRij = {
  account_id: string; naam: string; email: string; soort: Actor['soort']; leerling_id: string | null;
  csrf_token: string; volledig: boolean; totp_actief: boolean; functies: Rol[] | null;
};

/** The live session of a token with the actor's roles, or null when absent or expired. */
export async function findSession(db: DbOrTx, token: string): Promise<SessieInfo | null> {
  const [r] = await queryRows<SessieRij>(db, sql`
    select a.id as account_id, a.naam, a.email, a.soort, a.leerling_id, s.csrf_token, s.volledig,
           a.totp_actief_sinds is not null as totp_actief,
           (select array_agg(distinct f.soort::text) from functie f
             where f.account_id = a.id and f.van <= ${vandaag()}::date
               and (f.tot is null or f.tot >= ${vandaag()}::date)) as functies
      from sessie s join account a on a.id = s.account_id
     where s.token_hash = ${sha256(token)} and s.verloopt_op > now()`);
  if (!r) return null;
  const rollen: Rol[] = r.soort === 'medewerker' ? (r.functies ?? []) : [r.soort];
  return {
    actor: {
      accountId: r.account_id, naam: r.naam, email: r.email, soort: r.soort,
      rollen, leerlingId: r.leerling_id,
    },
    csrfToken: r.csrf_token,
    volledig: r.volledig,
    totpActief: r.totp_actief,
  };
}

export async function completeSession(db: DbOrTx, token: string): Promise<void> {
  await db.update(sessie).set({ volledig: true }).where(eq(sessie.tokenHash, sha256(token)));
}

export async function deleteSession(db: DbOrTx, token: string): Promise<void> {
  await db.delete(sessie).where(eq(sessie.tokenHash, sha256(token)));
}

export async function deleteOtherSessions(db: DbOrTx, accountId: string, keepToken: string) {
  await db.delete(sessie).where(sql`${sessie.accountId} = ${accountId} and ${sessie.tokenHash} <> ${sha256(keepToken)}`);
}

export async function deleteExpiredSessions(db: DbOrTx): Promise<void> {
  await db.delete(sessie).where(lt(sessie.verlooptOp, new Date()));
}
