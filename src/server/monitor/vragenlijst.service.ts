// Use cases of SWV staff on the questionnaire: see it (made from the IMAGE default on first use),
// pick scales, add own items, plan waves and invite pupils. Only counts, never names: the names and
// codes of pupils are the school's business (invullen.service.ts).
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../core/db/db.js';
import { queryRows } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { AppError, nietGevonden } from '../core/errors/app-error.js';
import { huidigSchooljaar, vandaag } from '../core/schooljaar.js';
import { findMijnRegios, type RegioBereik } from '../signalering/school-bereik.js';
import { vragenlijstVanSwv } from './imago-vragenlijst.js';
import { meting, monitorAntwoord, vragenlijst, vragenlijstItem, vragenlijstSchaal } from './monitor.table.js';

/** The region of SWV staff (the first, or the one asked for); 404 for anyone else. */
export async function assertRegio(db: DbOrTx, actor: Actor, swvId?: string): Promise<RegioBereik> {
  const [regio] = await findMijnRegios(db, actor, swvId);
  if (!regio) throw nietGevonden();
  return regio;
}

/** The questionnaire, if it belongs to a region of the actor. */
export async function assertVragenlijst(db: DbOrTx, actor: Actor, vragenlijstId: string) {
  const [v] = await db.select().from(vragenlijst).where(eq(vragenlijst.id, vragenlijstId));
  if (!v) throw nietGevonden();
  await assertRegio(db, actor, v.swvId);
  return v;
}

export async function bekijkVragenlijst(db: Db, actor: Actor, input: { swvId?: string }) {
  const regio = await assertRegio(db, actor, input.swvId);
  const id = await db.transaction((tx) => vragenlijstVanSwv(tx, regio.id));
  return presentVragenlijst(db, id, regio);
}

async function presentVragenlijst(db: DbOrTx, id: string, regio: RegioBereik) {
  const [v] = await db.select().from(vragenlijst).where(eq(vragenlijst.id, id));
  const schalen = await db.select().from(vragenlijstSchaal).where(eq(vragenlijstSchaal.vragenlijstId, id)).orderBy(asc(vragenlijstSchaal.volgorde));
  const items = await db.select().from(vragenlijstItem).where(eq(vragenlijstItem.vragenlijstId, id)).orderBy(asc(vragenlijstItem.volgorde));
  const metingen = await queryRows<{
    id: string; nummer: number; naam: string; van: string; tot: string; leerjaren: number[];
    uitgenodigd: number; gestart: number; afgerond: number; antwoorden: number;
  }>(db, sql`
    select m.id, m.nummer, m.naam, m.van::text, m.tot::text, m.leerjaren,
           (select count(*) from monitor_uitnodiging u where u.meting_id = m.id)::int as uitgenodigd,
           (select count(*) from monitor_uitnodiging u where u.meting_id = m.id and u.gestart is not null)::int as gestart,
           (select count(*) from monitor_uitnodiging u where u.meting_id = m.id and u.afgerond is not null)::int as afgerond,
           (select count(*) from monitor_antwoord a where a.meting_id = m.id)::int as antwoorden
      from meting m where m.vragenlijst_id = ${id} order by m.nummer`);
  const vandaagIso = vandaag();
  return {
    id, naam: v!.naam, regio: { id: regio.id, naam: regio.naam },
    schalen: schalen.map((s) => ({
      id: s.id, code: s.code, naam: s.naam, soort: s.soort, actief: s.actief,
      items: items.filter((i) => i.schaalId === s.id).map((i) => ({
        id: i.id, code: i.code, tekst: i.tekst, herkomst: i.herkomst, bron: i.bron, omgepoold: i.omgepoold,
      })),
    })),
    metingen: metingen.map((m) => ({ ...m, open: m.van <= vandaagIso && vandaagIso <= m.tot })),
    bewerkbaar: !metingen.some((m) => m.antwoorden > 0),
  };
}

/** Changing items after answers exist would make the waves incomparable. */
async function assertNogGeenAntwoorden(db: DbOrTx, vragenlijstId: string) {
  const [r] = await queryRows<{ n: number }>(db, sql`
    select count(*)::int as n from ${monitorAntwoord} a join ${meting} m on m.id = a.meting_id where m.vragenlijst_id = ${vragenlijstId}`);
  if (r!.n > 0) throw new AppError('CONFLICT', 'Er zijn al antwoorden gegeven. Vragen toevoegen kan dan niet meer: de metingen zouden niet meer te vergelijken zijn.');
}

async function schaalVan(db: DbOrTx, actor: Actor, schaalId: string) {
  const [s] = await db.select().from(vragenlijstSchaal).where(eq(vragenlijstSchaal.id, schaalId));
  if (!s) throw nietGevonden();
  const v = await assertVragenlijst(db, actor, s.vragenlijstId);
  return { schaal: s, vragenlijst: v };
}

export async function zetSchaalActief(db: Db, actor: Actor, schaalId: string, actief: boolean, meta: RequestMeta) {
  const { schaal } = await schaalVan(db, actor, schaalId);
  await db.transaction(async (tx) => {
    await tx.update(vragenlijstSchaal).set({ actief }).where(eq(vragenlijstSchaal.id, schaalId));
    await writeAudit(tx, actor, meta, { actie: 'monitor.vragenlijst_gewijzigd', bron: 'monitor', details: { schaal: schaal.code, actief } });
  });
}

export async function voegItemToe(db: Db, actor: Actor, schaalId: string, input: { tekst: string; omgepoold: boolean }, meta: RequestMeta) {
  const { schaal } = await schaalVan(db, actor, schaalId);
  return db.transaction(async (tx) => {
    await assertNogGeenAntwoorden(tx, schaal.vragenlijstId);
    const [r] = await queryRows<{ n: number; volgorde: number }>(tx, sql`
      select (select count(*) from vragenlijst_item where schaal_id = ${schaalId})::int as n,
             coalesce((select max(volgorde) from vragenlijst_item where vragenlijst_id = ${schaal.vragenlijstId}), 0)::int as volgorde`);
    const [item] = await tx.insert(vragenlijstItem).values({
      vragenlijstId: schaal.vragenlijstId, schaalId, code: `${schaal.code}_eigen${r!.n + 1}`, tekst: input.tekst.trim(),
      herkomst: 'eigen', omgepoold: input.omgepoold, volgorde: r!.volgorde + 1,
    }).returning({ id: vragenlijstItem.id });
    await writeAudit(tx, actor, meta, { actie: 'monitor.vragenlijst_gewijzigd', bron: 'monitor', details: { schaal: schaal.code, itemToegevoegd: item!.id } });
    return { id: item!.id };
  });
}

export async function maakMeting(
  db: Db, actor: Actor, vragenlijstId: string,
  input: { nummer: number; naam: string; van: string; tot: string; leerjaren: number[] }, meta: RequestMeta,
) {
  await assertVragenlijst(db, actor, vragenlijstId);
  if (input.tot < input.van) throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'tot', melding: 'De einddatum ligt voor de begindatum.' }]);
  if (input.nummer === 1 && input.leerjaren.length === 0) {
    throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'leerjaren', melding: 'Kies de groepen of leerjaren die meting 1 invullen.' }]);
  }
  return db.transaction(async (tx) => {
    const [bestaand] = await tx.select({ id: meting.id }).from(meting).where(and(eq(meting.vragenlijstId, vragenlijstId), eq(meting.nummer, input.nummer)));
    if (bestaand) throw new AppError('CONFLICT', `Meting ${input.nummer} bestaat al.`);
    const [m] = await tx.insert(meting).values({ vragenlijstId, ...input }).returning({ id: meting.id });
    await writeAudit(tx, actor, meta, { actie: 'monitor.meting_gepland', bron: 'monitor', details: { vragenlijstId, nummer: input.nummer } });
    return { id: m!.id };
  });
}

/**
 * Invites the wave's pupils: for wave 1 the pupils registered today at a school of the region in one
 * of the chosen years; for wave 2 the pupils invited to wave 1 who are still in the region. A pupil
 * whose parent objected gets no invitation. Running it again adds only who is new.
 */
export async function nodigUit(db: Db, actor: Actor, metingId: string, meta: RequestMeta) {
  const [m] = await db.select().from(meting).where(eq(meting.id, metingId));
  if (!m) throw nietGevonden();
  const v = await assertVragenlijst(db, actor, m.vragenlijstId);
  const d = vandaag();
  const jaar = huidigSchooljaar();
  return db.transaction(async (tx) => {
    const leerjaren = m.leerjaren.length ? m.leerjaren : [0];
    const populatie = m.nummer === 1
      ? sql`select i.leerling_id, i.school_id, max(g.leerjaar) as leerjaar
              from inschrijving i join school s on s.id = i.school_id and s.swv_id = ${v.swvId}
              join groep_leerling gl on gl.leerling_id = i.leerling_id
              join groep g on g.id = gl.groep_id and g.school_id = i.school_id and g.schooljaar = ${jaar}
             where i.van <= ${d}::date and (i.tot is null or i.tot >= ${d}::date)
               and g.leerjaar = any(${`{${leerjaren.join(',')}}`}::int[])
             group by i.leerling_id, i.school_id`
      : sql`select i.leerling_id, i.school_id,
                   coalesce((select max(g.leerjaar) from groep_leerling gl join groep g on g.id = gl.groep_id
                              where gl.leerling_id = i.leerling_id and g.schooljaar = ${jaar}), u1.leerjaar) as leerjaar
              from monitor_uitnodiging u1 join meting m1 on m1.id = u1.meting_id and m1.vragenlijst_id = ${v.id} and m1.nummer = 1
              join monitor_respondent r on r.id = u1.respondent_id
              join inschrijving i on i.leerling_id = r.leerling_id and i.van <= ${d}::date and (i.tot is null or i.tot >= ${d}::date)
              join school s on s.id = i.school_id and s.swv_id = ${v.swvId}`;
    await tx.execute(sql`
      insert into monitor_respondent (vragenlijst_id, leerling_id)
      select distinct ${v.id}::uuid, p.leerling_id from (${populatie}) p
       where not exists (select 1 from monitor_bezwaar b where b.leerling_id = p.leerling_id)
      on conflict do nothing`);
    const [r] = await queryRows<{ n: number }>(tx, sql`
      with nieuw as (
        insert into monitor_uitnodiging (meting_id, respondent_id, school_id, leerjaar)
        select distinct on (r.id) ${metingId}::uuid, r.id, p.school_id, p.leerjaar from (${populatie}) p
          join monitor_respondent r on r.vragenlijst_id = ${v.id} and r.leerling_id = p.leerling_id
         where not exists (select 1 from monitor_bezwaar b where b.leerling_id = p.leerling_id)
        on conflict do nothing returning 1)
      select count(*)::int as n from nieuw`);
    await writeAudit(tx, actor, meta, { actie: 'monitor.uitgenodigd', bron: 'monitor', details: { metingId, nieuw: r!.n } });
    return { nieuw: r!.n };
  });
}
