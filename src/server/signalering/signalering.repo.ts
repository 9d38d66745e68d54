// Typed queries for signalling. Single-pupil queries run only after the access check in the
// service; lists take the actor's visibility filter.
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../core/db/db.js';
import { huidigSchooljaar, vandaag } from '../core/schooljaar.js';
import { account } from '../core/auth/auth.table.js';
import {
  besluit, curatiefStap, formulier, screening, signaal, signaleringsmoment,
} from './signalering.table.js';
import { standaardFormulieren, standaardMomenten, type Formulier, type FormulierSoort } from './standaard-formulieren.js';
import type { FormulierItem } from './standaard-formulieren.js';

export type LeerlingContext = {
  naam: string; voornaam: string; swv_id: string | null; sector: 'po' | 'vo' | null; leerjaar: number | null; groep_naam: string | null;
};

/** Name, the SWV of the stamschool and this year's class: what the forms and moments depend on. */
export async function findLeerlingContext(db: DbOrTx, leerlingId: string): Promise<LeerlingContext | null> {
  const d = vandaag();
  const [rij] = await queryRows<LeerlingContext>(db, sql`
    select concat_ws(' ', l.voornaam, l.tussenvoegsel, l.achternaam) as naam, l.voornaam, s.swv_id, swv.sector,
           g.leerjaar, g.naam as groep_naam
      from leerling l
      left join inschrijving i on i.leerling_id = l.id and i.van <= ${d}::date and (i.tot is null or i.tot >= ${d}::date)
      left join school s on s.id = i.school_id
      left join samenwerkingsverband swv on swv.id = s.swv_id
      left join lateral (
        select g.naam, g.leerjaar from groep_leerling gl join groep g on g.id = gl.groep_id
         where gl.leerling_id = l.id and g.schooljaar = ${huidigSchooljaar()} order by g.naam limit 1
      ) g on true
     where l.id = ${leerlingId}`);
  return rij ?? null;
}

// ---- forms

/** The SWV's active version of a form, or the built-in one. */
export async function findFormulier(db: DbOrTx, swvId: string | null, soort: FormulierSoort): Promise<Formulier> {
  if (swvId) {
    const [rij] = await db.select().from(formulier)
      .where(and(eq(formulier.swvId, swvId), eq(formulier.soort, soort), eq(formulier.actief, true)));
    if (rij) {
      return { soort, versie: rij.versie, titel: rij.titel, uitleg: standaardFormulieren[soort].uitleg, items: rij.items as FormulierItem[] };
    }
  }
  return standaardFormulieren[soort];
}

/** The version a signal was given on, to show its answers with their questions. */
export async function findFormulierVersie(db: DbOrTx, swvId: string | null, soort: FormulierSoort, versie: number): Promise<Formulier> {
  if (versie === 0 || !swvId) return standaardFormulieren[soort];
  const [rij] = await db.select().from(formulier)
    .where(and(eq(formulier.swvId, swvId), eq(formulier.soort, soort), eq(formulier.versie, versie)));
  return rij
    ? { soort, versie, titel: rij.titel, uitleg: standaardFormulieren[soort].uitleg, items: rij.items as FormulierItem[] }
    : standaardFormulieren[soort];
}

export async function insertFormulierVersie(db: DbOrTx, swvId: string, soort: FormulierSoort, titel: string, items: FormulierItem[]) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`formulier:${swvId}:${soort}`}))`);
  const [max] = await queryRows<{ versie: number | null }>(db, sql`
    select max(versie)::int as versie from formulier where swv_id = ${swvId} and soort = ${soort}`);
  await db.update(formulier).set({ actief: false }).where(and(eq(formulier.swvId, swvId), eq(formulier.soort, soort)));
  const [rij] = await db.insert(formulier).values({ swvId, soort, versie: (max?.versie ?? 0) + 1, titel, items }).returning();
  return rij!;
}

// ---- screening moments

/**
 * An SWV without moments gets the default ones from code (standaard-formulieren.ts). Materialised
 * on first use, because SWVs are created by import and seed code that knows nothing of signalling;
 * the advisory lock keeps two first requests from inserting them twice.
 */
export async function ensureStandaardMomenten(db: DbOrTx): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('signaleringsmoment:standaard'))`);
  const rijen = (['po', 'vo'] as const).flatMap((sector) => standaardMomenten[sector].map((m) =>
    sql`(${sector}::sector, ${m.naam}, ${m.leerjaar}::int, ${m.instrument}, ${m.deadlineMaand}::int, ${m.deadlineDag}::int)`));
  await db.execute(sql`
    insert into signaleringsmoment (swv_id, naam, leerjaar, instrument, deadline_maand, deadline_dag)
    select swv.id, d.naam, d.leerjaar, d.instrument, d.maand, d.dag
      from samenwerkingsverband swv
      join (values ${sql.join(rijen, sql`, `)}) as d(sector, naam, leerjaar, instrument, maand, dag) on d.sector = swv.sector
     where not exists (select 1 from signaleringsmoment m where m.swv_id = swv.id)`);
}

export const findMomenten = (db: DbOrTx, swvId: string) =>
  db.select().from(signaleringsmoment).where(eq(signaleringsmoment.swvId, swvId))
    .orderBy(asc(signaleringsmoment.leerjaar), asc(signaleringsmoment.naam));

export async function insertMoment(db: DbOrTx, v: typeof signaleringsmoment.$inferInsert) {
  const [rij] = await db.insert(signaleringsmoment).values(v).returning();
  return rij!;
}

/** The SWV where the actor is functioneel beheerder today, if any. */
export async function findBeheerSwv(db: DbOrTx, accountId: string): Promise<string | null> {
  const d = vandaag();
  const [rij] = await queryRows<{ swv_id: string }>(db, sql`
    select f.swv_id from functie f where f.account_id = ${accountId} and f.soort = 'functioneel_beheerder'
       and f.swv_id is not null and f.van <= ${d}::date and (f.tot is null or f.tot >= ${d}::date)
     order by f.van limit 1`);
  return rij?.swv_id ?? null;
}

export type KalenderRij = {
  leerling_id: string; naam: string; school_id: string; school_naam: string; groep_naam: string;
  moment_id: string; moment_naam: string; instrument: string; leerjaar: number;
  deadline_maand: number; deadline_dag: number; gedaan: boolean;
};

/**
 * For each pupil the filter lets through: the moments due for this year's class (same leerjaar, the
 * SWV of the class's school) and whether the screening is recorded this school year.
 */
export async function findKalender(db: DbOrTx, zichtbaar: SQL, opts: { schoolId?: string; alleenTeDoen?: boolean }) {
  const jaar = huidigSchooljaar();
  return queryRows<KalenderRij>(db, sql`
    select l.id as leerling_id, concat_ws(' ', l.voornaam, l.tussenvoegsel, l.achternaam) as naam,
           s.id as school_id, s.naam as school_naam, g.naam as groep_naam,
           m.id as moment_id, m.naam as moment_naam, m.instrument, m.leerjaar, m.deadline_maand, m.deadline_dag,
           exists (select 1 from screening sc where sc.leerling_id = l.id and sc.moment_id = m.id and sc.schooljaar = ${jaar}) as gedaan
      from groep g
      join school s on s.id = g.school_id
      join signaleringsmoment m on m.swv_id = s.swv_id and m.leerjaar = g.leerjaar
      join groep_leerling gl on gl.groep_id = g.id
      join leerling l on l.id = gl.leerling_id
     where g.schooljaar = ${jaar} and ${zichtbaar}
       ${opts.schoolId ? sql`and s.id = ${opts.schoolId}` : sql``}
       ${opts.alleenTeDoen ? sql`and not exists (select 1 from screening sc where sc.leerling_id = l.id and sc.moment_id = m.id and sc.schooljaar = ${jaar})` : sql``}
     order by m.deadline_maand < 8, m.deadline_maand, m.deadline_dag, s.naam, g.naam, l.achternaam, l.voornaam, l.id`);
}

// ---- screenings

export async function findOpenMoment(db: DbOrTx, leerlingId: string, swvId: string, leerjaar: number, instrument: string) {
  const [rij] = await queryRows<{ id: string }>(db, sql`
    select m.id from signaleringsmoment m
     where m.swv_id = ${swvId} and m.leerjaar = ${leerjaar} and m.instrument = ${instrument}
       and not exists (select 1 from screening sc where sc.leerling_id = ${leerlingId} and sc.moment_id = m.id and sc.schooljaar = ${huidigSchooljaar()})
     order by m.naam limit 1`);
  return rij?.id ?? null;
}

export const findMoment = async (db: DbOrTx, id: string) =>
  (await db.select().from(signaleringsmoment).where(eq(signaleringsmoment.id, id)))[0] ?? null;

export async function insertScreening(db: DbOrTx, v: typeof screening.$inferInsert) {
  const [rij] = await db.insert(screening).values(v).returning({ id: screening.id });
  return rij!;
}

export async function findScreenings(db: DbOrTx, leerlingId: string) {
  return db.select({
    id: screening.id, instrument: screening.instrument, datum: screening.datum, uitkomst: screening.uitkomst,
    advies: screening.advies, rapportNaam: screening.rapportNaam, rapportType: screening.rapportType,
    momentId: screening.momentId, momentNaam: signaleringsmoment.naam, schooljaar: screening.schooljaar, door: account.naam,
  }).from(screening)
    .innerJoin(account, eq(account.id, screening.door))
    .leftJoin(signaleringsmoment, eq(signaleringsmoment.id, screening.momentId))
    .where(eq(screening.leerlingId, leerlingId))
    .orderBy(desc(screening.datum), desc(screening.vastgelegd));
}

export async function findRapport(db: DbOrTx, leerlingId: string, screeningId: string) {
  const [rij] = await db.select({ naam: screening.rapportNaam, type: screening.rapportType, inhoud: screening.rapport })
    .from(screening).where(and(eq(screening.id, screeningId), eq(screening.leerlingId, leerlingId)));
  return rij?.inhoud && rij.naam && rij.type ? { naam: rij.naam, type: rij.type, inhoud: rij.inhoud } : null;
}

// ---- signals

export async function insertSignaal(db: DbOrTx, v: typeof signaal.$inferInsert) {
  const [rij] = await db.insert(signaal).values(v).returning({ id: signaal.id });
  return rij!;
}

export async function findSignalen(db: DbOrTx, leerlingId: string, opts: { soort?: (typeof signaal.soort.enumValues)[number]; door?: string } = {}) {
  return db.select({
    id: signaal.id, soort: signaal.soort, schooljaar: signaal.schooljaar, formulierSoort: signaal.formulierSoort,
    formulierVersie: signaal.formulierVersie, antwoorden: signaal.antwoorden, toelichting: signaal.toelichting,
    zorgelijk: signaal.zorgelijk, waarde: signaal.waarde, datum: signaal.datum, door: account.naam, doorId: signaal.door,
  }).from(signaal).innerJoin(account, eq(account.id, signaal.door))
    .where(and(
      eq(signaal.leerlingId, leerlingId),
      opts.soort ? eq(signaal.soort, opts.soort) : undefined,
      opts.door ? eq(signaal.door, opts.door) : undefined,
    ))
    .orderBy(desc(signaal.datum), desc(signaal.vastgelegd));
}
export type SignaalRij = Awaited<ReturnType<typeof findSignalen>>[number];

export type LvsRij = { toets: string; vak: string; datum: string; score: number; niveau: string | null; percentiel: number | null };

/** The latest LVS result per subject. */
export async function findLaatsteLvs(db: DbOrTx, leerlingId: string): Promise<LvsRij[]> {
  return queryRows<LvsRij>(db, sql`
    select distinct on (r.vak) r.toets, r.vak, r.datum::text as datum, r.score::float8 as score, r.niveau, r.percentiel
      from lvs_resultaat r where r.leerling_id = ${leerlingId}
     order by r.vak, r.datum desc`);
}

// ---- decisions and the curative route

export async function insertBesluit(db: DbOrTx, v: typeof besluit.$inferInsert) {
  const [rij] = await db.insert(besluit).values(v).returning({ id: besluit.id });
  return rij!;
}

export const findBesluiten = (db: DbOrTx, leerlingId: string) =>
  db.select({
    id: besluit.id, uitkomst: besluit.uitkomst, waarom: besluit.waarom, metWie: besluit.metWie,
    datum: besluit.datum, door: account.naam,
  }).from(besluit).innerJoin(account, eq(account.id, besluit.door))
    .where(eq(besluit.leerlingId, leerlingId)).orderBy(desc(besluit.datum), desc(besluit.vastgelegd));

export async function insertCuratiefStap(db: DbOrTx, v: typeof curatiefStap.$inferInsert) {
  const [rij] = await db.insert(curatiefStap).values(v).returning({ id: curatiefStap.id });
  return rij!;
}

export async function findCuratief(db: DbOrTx, leerlingId: string) {
  return db.select({
    id: curatiefStap.id, stap: curatiefStap.stap, notitie: curatiefStap.notitie, doel: curatiefStap.doel,
    datum: curatiefStap.datum, door: account.naam,
  }).from(curatiefStap).innerJoin(account, eq(account.id, curatiefStap.door))
    .where(eq(curatiefStap.leerlingId, leerlingId)).orderBy(asc(curatiefStap.datum), asc(curatiefStap.stap));
}

/** Locks the pupil's curative route, so two steps added at once are checked one after the other. */
export async function lockCuratief(db: DbOrTx, leerlingId: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`curatief:${leerlingId}`}))`);
}
