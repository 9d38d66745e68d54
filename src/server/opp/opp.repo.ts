// Typed queries for the OPP. Callers check access first; nothing here filters by actor.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../core/db/db.js';
import { account } from '../core/auth/auth.table.js';
import { vandaag } from '../core/schooljaar.js';
import { opp, oppEvaluatie, oppInbreng, oppInstemming, oppVersie } from './opp.table.js';
import type { OppInhoud } from './opp.schema.js';

export async function findLeerling(db: DbOrTx, leerlingId: string) {
  const [r] = await queryRows<{ id: string; voornaam: string; naam: string; school_id: string | null }>(db, sql`
    select l.id, l.voornaam, concat_ws(' ', l.voornaam, l.tussenvoegsel, l.achternaam) as naam,
           (select i.school_id from inschrijving i where i.leerling_id = l.id and i.van <= ${vandaag()}::date
             and (i.tot is null or i.tot >= ${vandaag()}::date) order by i.van desc limit 1) as school_id
      from leerling l where l.id = ${leerlingId}`);
  return r;
}

/** The open plan, or else the most recently closed one (a closed plan stays readable). */
export async function findHuidigOpp(db: DbOrTx, leerlingId: string) {
  const [r] = await db.select().from(opp).where(eq(opp.leerlingId, leerlingId))
    .orderBy(sql`${opp.afgesloten} is null desc`, desc(opp.aangemaakt)).limit(1);
  return r;
}

export async function findOpenOpp(db: DbOrTx, leerlingId: string) {
  const [r] = await db.select().from(opp).where(and(eq(opp.leerlingId, leerlingId), isNull(opp.afgesloten))).limit(1);
  return r;
}

export type VersieRij = { id: string; versie: number; inhoud: OppInhoud; toelichting: string; door: string; aangemaakt: Date };

export async function findVersies(db: DbOrTx, oppId: string): Promise<VersieRij[]> {
  const rows = await db.select({
    id: oppVersie.id, versie: oppVersie.versie, inhoud: oppVersie.inhoud, toelichting: oppVersie.toelichting,
    door: account.naam, aangemaakt: oppVersie.aangemaakt,
  }).from(oppVersie).innerJoin(account, eq(account.id, oppVersie.door))
    .where(eq(oppVersie.oppId, oppId)).orderBy(asc(oppVersie.versie));
  return rows as VersieRij[];
}

export async function insertVersie(db: DbOrTx, v: typeof oppVersie.$inferInsert) {
  const [r] = await db.insert(oppVersie).values(v).returning({ id: oppVersie.id });
  return r!;
}

export async function insertOpp(db: DbOrTx, v: typeof opp.$inferInsert) {
  const [r] = await db.insert(opp).values(v).returning();
  return r!;
}

export type InstemmingRij = { versieId: string; ouderId: string; ouder: string; besluit: 'ingestemd' | 'niet_ingestemd'; toelichting: string | null; tijdstip: Date };

export async function findInstemmingen(db: DbOrTx, versieIds: string[]): Promise<InstemmingRij[]> {
  if (versieIds.length === 0) return [];
  return db.select({
    versieId: oppInstemming.versieId, ouderId: oppInstemming.ouderId, ouder: account.naam, besluit: oppInstemming.besluit,
    toelichting: oppInstemming.toelichting, tijdstip: oppInstemming.tijdstip,
  }).from(oppInstemming).innerJoin(account, eq(account.id, oppInstemming.ouderId))
    .where(inArray(oppInstemming.versieId, versieIds)).orderBy(asc(oppInstemming.tijdstip));
}

export async function insertInstemming(db: DbOrTx, v: typeof oppInstemming.$inferInsert) {
  const [r] = await db.insert(oppInstemming).values(v).returning({ id: oppInstemming.id });
  return r!;
}

export async function findInbreng(db: DbOrTx, oppId: string) {
  return db.select({ soort: oppInbreng.soort, door: account.naam, tekst: oppInbreng.tekst, versie: oppInbreng.versie, tijdstip: oppInbreng.tijdstip })
    .from(oppInbreng).innerJoin(account, eq(account.id, oppInbreng.door))
    .where(eq(oppInbreng.oppId, oppId)).orderBy(asc(oppInbreng.tijdstip));
}

export async function insertInbreng(db: DbOrTx, v: typeof oppInbreng.$inferInsert) {
  const [r] = await db.insert(oppInbreng).values(v).returning({ id: oppInbreng.id });
  return r!;
}

export async function findEvaluaties(db: DbOrTx, oppId: string) {
  return db.select().from(oppEvaluatie).where(eq(oppEvaluatie.oppId, oppId)).orderBy(asc(oppEvaluatie.gepland));
}

/** Of these pupils, those whose open plan's newest version no parent has answered yet (WPO art. 40a). */
export async function findWachtOpInstemming(db: DbOrTx, leerlingIds: string[]): Promise<Set<string>> {
  if (leerlingIds.length === 0) return new Set();
  const rijen = await queryRows<{ leerling_id: string }>(db, sql`
    select o.leerling_id from opp o
      join lateral (select id from opp_versie where opp_id = o.id order by versie desc limit 1) v on true
     where o.afgesloten is null and o.leerling_id in (${sql.join(leerlingIds.map((id) => sql`${id}::uuid`), sql`, `)})
       and not exists (select 1 from opp_instemming i where i.versie_id = v.id)`);
  return new Set(rijen.map((r) => r.leerling_id));
}
