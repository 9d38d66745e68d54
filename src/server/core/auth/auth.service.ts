// Log-in, the second factor, log-out and the account's own security settings.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/db.js';
import { AppError } from '../errors/app-error.js';
import type { Actor, RequestMeta } from '../access/actor.js';
import { writeAudit } from '../audit/audit.service.js';
import { account, herstelcode } from './auth.table.js';
import { dummyHash, hashPassword, verifyPassword } from './password.js';
import { completeSession, createSession, deleteOtherSessions, deleteSession, randomToken, sha256 } from './session.js';
import { newTotpSecret, otpauthUri, verifyTotp } from './totp.js';

/** After this many wrong passwords or codes in a row, the account is locked for a while. */
export const MAX_MISLUKT = 5;
export const BLOKKADE_MINUTEN = 15;

export type LoginResult = { token: string; csrfToken: string; stap: 'klaar' | 'totp' };

export async function login(
  db: Db, sessieUren: number, input: { email: string; wachtwoord: string }, meta: RequestMeta,
): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const [acc] = await db.select().from(account).where(eq(account.email, email));
  if (!acc?.wachtwoordHash) {
    await verifyPassword(await dummyHash(), input.wachtwoord);
    await writeAudit(db, null, meta, { actie: 'account.inloggen_mislukt', bron: 'account', details: { email } });
    throw new AppError('ONJUISTE_INLOG');
  }
  if (acc.geblokkeerdTot && acc.geblokkeerdTot > new Date()) throw new AppError('ACCOUNT_GEBLOKKEERD');
  if (!(await verifyPassword(acc.wachtwoordHash, input.wachtwoord))) {
    await registerFailure(db, acc, meta);
  }
  const stap = acc.totpActiefSinds ? 'totp' : 'klaar';
  return db.transaction(async (tx) => {
    await tx.update(account).set({ mislukteLogins: 0, geblokkeerdTot: null }).where(eq(account.id, acc.id));
    const s = await createSession(tx, acc.id, stap === 'klaar', sessieUren);
    await writeAudit(tx, { accountId: acc.id, naam: acc.naam }, meta, { actie: 'account.inloggen', bron: 'account' });
    return { ...s, stap };
  });
}

/** Counts a wrong password or code; locks the account after MAX_MISLUKT in a row. Always throws. */
async function registerFailure(
  db: Db, acc: { id: string; naam: string; mislukteLogins: number }, meta: RequestMeta,
): Promise<never> {
  const teller = acc.mislukteLogins + 1;
  const blokkeer = teller >= MAX_MISLUKT;
  await db.transaction(async (tx) => {
    await tx.update(account).set({
      mislukteLogins: blokkeer ? 0 : teller,
      geblokkeerdTot: blokkeer ? new Date(Date.now() + BLOKKADE_MINUTEN * 60_000) : null,
    }).where(eq(account.id, acc.id));
    await writeAudit(tx, { accountId: acc.id, naam: acc.naam }, meta, {
      actie: 'account.inloggen_mislukt', bron: 'account', details: { geblokkeerd: blokkeer },
    });
  });
  throw new AppError(blokkeer ? 'ACCOUNT_GEBLOKKEERD' : 'ONJUISTE_INLOG');
}

/** The second step for an account with TOTP: a code from the app or an unused recovery code. */
export async function verifySecondFactor(
  db: Db, token: string, actor: Actor, code: string, meta: RequestMeta,
): Promise<void> {
  const [acc] = await db.select().from(account).where(eq(account.id, actor.accountId));
  if (!acc?.totpGeheim || !acc.totpActiefSinds) throw new AppError('ONJUISTE_CODE');
  if (acc.geblokkeerdTot && acc.geblokkeerdTot > new Date()) throw new AppError('ACCOUNT_GEBLOKKEERD');
  const ok = verifyTotp(acc.totpGeheim, code.trim()) || (await useRecoveryCode(db, acc.id, code));
  if (!ok) {
    await registerFailure(db, acc, meta).catch((e: AppError) => {
      throw e.code === 'ONJUISTE_INLOG' ? new AppError('ONJUISTE_CODE') : e;
    });
  }
  await completeSession(db, token);
}

async function useRecoveryCode(db: Db, accountId: string, code: string): Promise<boolean> {
  const used = await db.update(herstelcode).set({ gebruiktOp: new Date() })
    .where(and(eq(herstelcode.accountId, accountId), eq(herstelcode.codeHash, sha256(normaliseCode(code))),
      isNull(herstelcode.gebruiktOp)))
    .returning({ id: herstelcode.id });
  return used.length > 0;
}

const normaliseCode = (code: string) => code.replace(/[\s-]/g, '').toLowerCase();

export async function logout(db: Db, token: string, actor: Actor, meta: RequestMeta): Promise<void> {
  await db.transaction(async (tx) => {
    await deleteSession(tx, token);
    await writeAudit(tx, actor, meta, { actie: 'account.uitloggen', bron: 'account' });
  });
}

export async function changePassword(
  db: Db, token: string, actor: Actor, input: { huidigWachtwoord: string; nieuwWachtwoord: string }, meta: RequestMeta,
): Promise<void> {
  const [acc] = await db.select().from(account).where(eq(account.id, actor.accountId));
  if (!acc?.wachtwoordHash || !(await verifyPassword(acc.wachtwoordHash, input.huidigWachtwoord))) {
    throw new AppError('ONJUISTE_INLOG', 'Uw huidige wachtwoord klopt niet.', [
      { veld: 'huidigWachtwoord', melding: 'Uw huidige wachtwoord klopt niet.' },
    ]);
  }
  const nieuw = await hashPassword(input.nieuwWachtwoord);
  await db.transaction(async (tx) => {
    await tx.update(account).set({ wachtwoordHash: nieuw }).where(eq(account.id, acc.id));
    // Someone who knew the old password must not stay logged in elsewhere.
    await deleteOtherSessions(tx, acc.id, token);
    await writeAudit(tx, actor, meta, { actie: 'account.wachtwoord_gewijzigd', bron: 'account' });
  });
}

/** Starts TOTP enrolment: a new secret, not active until a code from it is confirmed. */
export async function startTotp(db: Db, actor: Actor) {
  if (actor.soort !== 'medewerker') throw new AppError('GEEN_TOEGANG');
  const geheim = newTotpSecret();
  await db.update(account).set({ totpGeheim: geheim, totpActiefSinds: null }).where(eq(account.id, actor.accountId));
  return { geheim, otpauthUri: otpauthUri(geheim, actor.email) };
}

export async function confirmTotp(db: Db, actor: Actor, code: string, meta: RequestMeta) {
  const [acc] = await db.select().from(account).where(eq(account.id, actor.accountId));
  if (!acc?.totpGeheim || acc.totpActiefSinds || !verifyTotp(acc.totpGeheim, code.trim())) {
    throw new AppError('ONJUISTE_CODE', undefined, [{ veld: 'code', melding: 'Deze code klopt niet.' }]);
  }
  const herstelcodes = Array.from({ length: 10 }, () => randomToken(8).replace(/[-_]/g, 'x').slice(0, 10).toLowerCase());
  await db.transaction(async (tx) => {
    await tx.update(account).set({ totpActiefSinds: sql`now()` }).where(eq(account.id, acc.id));
    await tx.delete(herstelcode).where(eq(herstelcode.accountId, acc.id));
    await tx.insert(herstelcode).values(herstelcodes.map((c) => ({ accountId: acc.id, codeHash: sha256(c) })));
    await writeAudit(tx, actor, meta, { actie: 'account.totp_ingesteld', bron: 'account' });
  });
  return { herstelcodes };
}

export async function disableTotp(db: Db, actor: Actor, code: string, meta: RequestMeta) {
  const [acc] = await db.select().from(account).where(eq(account.id, actor.accountId));
  if (!acc?.totpGeheim || !acc.totpActiefSinds || !verifyTotp(acc.totpGeheim, code.trim())) {
    throw new AppError('ONJUISTE_CODE', undefined, [{ veld: 'code', melding: 'Deze code klopt niet.' }]);
  }
  await db.transaction(async (tx) => {
    await tx.update(account).set({ totpGeheim: null, totpActiefSinds: null }).where(eq(account.id, acc.id));
    await tx.delete(herstelcode).where(eq(herstelcode.accountId, acc.id));
    await writeAudit(tx, actor, meta, { actie: 'account.totp_uitgeschakeld', bron: 'account' });
  });
}
