// The portfolio twice a school year (source: 003 ch. 19, Venster): the pupil scores own skills and
// looks back; the teacher evaluates the goals and writes the new goals set with the parents. Each
// side fills in its own part of the half year's row; access first, audit in the same transaction.
import { desc, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { assertLeerlingAccess } from '../core/access/leerling-access.js';
import { isAllowed } from '../core/access/leerling.policy.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { account } from '../core/auth/auth.table.js';
import { schooljaarVan, vandaag } from '../core/schooljaar.js';
import { portfolio } from './opp.table.js';
import type { Vaardigheid } from './opp.schema.js';


/** Half year 1 runs August–January, half year 2 February–July. */
export function halfjaar(datum = vandaag()) {
  const maand = Number(datum.slice(5, 7));
  return { schooljaar: schooljaarVan(datum), periode: maand >= 8 || maand === 1 ? 1 : 2 };
}

export async function listPortfolio(db: Db, actor: Actor, leerlingId: string, meta: RequestMeta) {
  const relaties = await assertLeerlingAccess(db, actor, 'opp.bekijken', leerlingId);
  const rijen = await db.select({
    schooljaar: portfolio.schooljaar, periode: portfolio.periode, vaardigheden: portfolio.vaardigheden,
    leerlingTerugblik: portfolio.leerlingTerugblik, leerlingOp: portfolio.leerlingOp, leraarEvaluatie: portfolio.leraarEvaluatie,
    nieuweDoelen: portfolio.nieuweDoelen, metOuders: portfolio.metOuders, leraar: account.naam, leraarOp: portfolio.leraarOp,
  }).from(portfolio).leftJoin(account, eq(account.id, portfolio.leraarId))
    .where(eq(portfolio.leerlingId, leerlingId)).orderBy(desc(portfolio.schooljaar), desc(portfolio.periode));
  await writeAudit(db, actor, meta, { actie: 'portfolio.bekijken', bron: 'portfolio', leerlingId });
  return {
    huidig: halfjaar(),
    magLeerling: isAllowed('portfolio.leerling', relaties), magLeraar: isAllowed('portfolio.leraar', relaties),
    perioden: rijen.map((r) => ({
      ...r, vaardigheden: (r.vaardigheden as Partial<Record<Vaardigheid, number>> | null) ?? {},
      leerlingOp: r.leerlingOp?.toISOString() ?? null, leraarOp: r.leraarOp?.toISOString() ?? null,
    })),
  };
}

async function upsert(db: DbOrTx, leerlingId: string, waarden: Partial<typeof portfolio.$inferInsert>) {
  const { schooljaar, periode } = halfjaar();
  const [r] = await db.insert(portfolio).values({ leerlingId, schooljaar, periode, ...waarden })
    .onConflictDoUpdate({ target: [portfolio.leerlingId, portfolio.schooljaar, portfolio.periode], set: waarden })
    .returning({ id: portfolio.id });
  return r!.id;
}

export async function recordLeerlingDeel(
  db: Db, actor: Actor, leerlingId: string, input: { vaardigheden: Partial<Record<Vaardigheid, number>>; terugblik: string }, meta: RequestMeta,
) {
  return db.transaction(async (tx) => {
    await assertLeerlingAccess(tx, actor, 'portfolio.leerling', leerlingId);
    const id = await upsert(tx, leerlingId, { vaardigheden: input.vaardigheden, leerlingTerugblik: input.terugblik, leerlingOp: new Date() });
    await writeAudit(tx, actor, meta, { actie: 'portfolio.vastgelegd', bron: 'portfolio', leerlingId, details: { portfolioId: id, deel: 'leerling' } });
    return { id };
  });
}

export async function recordLeraarDeel(
  db: Db, actor: Actor, leerlingId: string, input: { evaluatie: string; nieuweDoelen: string; metOuders: boolean }, meta: RequestMeta,
) {
  return db.transaction(async (tx) => {
    await assertLeerlingAccess(tx, actor, 'portfolio.leraar', leerlingId);
    const id = await upsert(tx, leerlingId, {
      leraarEvaluatie: input.evaluatie, nieuweDoelen: input.nieuweDoelen, metOuders: input.metOuders,
      leraarId: actor.accountId, leraarOp: new Date(),
    });
    await writeAudit(tx, actor, meta, { actie: 'portfolio.vastgelegd', bron: 'portfolio', leerlingId, details: { portfolioId: id, deel: 'leraar' } });
    return { id };
  });
}
