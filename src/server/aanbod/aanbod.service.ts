// Use cases of the catalogue: SWV staff keep the region's provisions and their places. The rules of
// free education, full-time provisions and private providers are checked before anything is written.
import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/db.js';
import { hasRol, type Actor, type RequestMeta } from '../core/access/actor.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { AppError, nietGevonden } from '../core/errors/app-error.js';
import { checkAanbodRegels } from './aanbod-regels.js';
import { findSwvIds, findVoorzieningen } from './aanbod.repo.js';
import type { VoorzieningInvoer } from './aanbod.schema.js';
import { voorziening, voorzieningPeriode } from './aanbod.table.js';

/** The SWVs whose catalogue the actor keeps: SWV staff of that SWV. */
async function mijnSwvs(db: Db, actor: Actor): Promise<string[]> {
  if (!hasRol(actor, 'swv_medewerker')) throw nietGevonden();
  const ids = await findSwvIds(db, actor.accountId, ['swv_medewerker']);
  if (ids.length === 0) throw nietGevonden();
  return ids;
}

export async function viewAanbodBeheer(db: Db, actor: Actor) {
  const swvIds = await mijnSwvs(db, actor);
  const [voorzieningen, scholen, coordinatoren] = await Promise.all([
    findVoorzieningen(db, { swvIds }),
    queryRows<{ id: string; naam: string; gemeente: string }>(db, sql`
      select id, naam, gemeente from school where swv_id in ${swvIds} order by naam`),
    queryRows<{ id: string; naam: string }>(db, sql`
      select distinct a.id, a.naam from functie f join account a on a.id = f.account_id
       where f.soort = 'coordinator' and (f.swv_id in ${swvIds} or f.school_id in (select id from school where swv_id in ${swvIds}))
         and (f.tot is null or f.tot >= current_date) order by a.naam`),
  ]);
  return { voorzieningen, scholen, coordinatoren };
}

/** Rules first (with their source), then the schools and coordinator must belong to the SWV. */
async function checkInvoer(db: Db, swvId: string, input: VoorzieningInvoer) {
  const fouten = checkAanbodRegels(input);
  for (const veld of ['gekoppeldeSchoolId', 'bekostigdeSchoolId'] as const) {
    const id = input[veld];
    if (!id) continue;
    const [s] = await queryRows<{ id: string }>(db, sql`select id from school where id = ${id} and swv_id = ${swvId}`);
    if (!s) fouten.push({ veld, melding: 'Deze school hoort niet bij het samenwerkingsverband.' });
  }
  if (input.coordinatorId) {
    const [c] = await queryRows<{ id: string }>(db, sql`select account_id as id from functie where account_id = ${input.coordinatorId} and soort = 'coordinator'`);
    if (!c) fouten.push({ veld: 'coordinatorId', melding: 'Deze persoon is geen coördinator van een voorziening.' });
  }
  if (fouten.length) throw new AppError('ONGELDIGE_INVOER', undefined, fouten);
}

const kolommen = (input: VoorzieningInvoer) => {
  const { ouderbijdrage, vrijwilligeBijdrage, ...rest } = input;
  return { ...rest, vrijwilligeBijdrage: ouderbijdrage === 'vrijwillig' ? vrijwilligeBijdrage : null };
};

export async function createVoorziening(db: Db, actor: Actor, input: VoorzieningInvoer, meta: RequestMeta) {
  const [swvId] = await mijnSwvs(db, actor);
  await checkInvoer(db, swvId!, input);
  return db.transaction(async (tx) => {
    const [v] = await tx.insert(voorziening).values({ ...kolommen(input), swvId: swvId! }).returning({ id: voorziening.id });
    await writeAudit(tx, actor, meta, { actie: 'aanbod.aangemaakt', bron: 'voorziening', details: { voorzieningId: v!.id, naam: input.naam } });
    return { id: v!.id };
  });
}

async function mijnVoorziening(db: Db, actor: Actor, id: string) {
  const swvIds = await mijnSwvs(db, actor);
  const [v] = await db.select({ id: voorziening.id, swvId: voorziening.swvId }).from(voorziening).where(eq(voorziening.id, id));
  if (!v || !swvIds.includes(v.swvId)) throw nietGevonden();
  return v;
}

export async function updateVoorziening(db: Db, actor: Actor, id: string, input: VoorzieningInvoer, meta: RequestMeta) {
  const v = await mijnVoorziening(db, actor, id);
  await checkInvoer(db, v.swvId, input);
  return db.transaction(async (tx) => {
    await tx.update(voorziening).set({ ...kolommen(input), gewijzigd: new Date() }).where(eq(voorziening.id, id));
    await writeAudit(tx, actor, meta, { actie: 'aanbod.gewijzigd', bron: 'voorziening', details: { voorzieningId: id, naam: input.naam } });
    return { id };
  });
}

export async function addPeriode(
  db: Db, actor: Actor, id: string, input: { van: string; tot: string; plaatsen: number }, meta: RequestMeta,
) {
  await mijnVoorziening(db, actor, id);
  if (input.tot < input.van) throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'tot', melding: 'Het einde ligt voor het begin.' }]);
  const overlap = await db.select({ id: voorzieningPeriode.id }).from(voorzieningPeriode)
    .where(and(eq(voorzieningPeriode.voorzieningId, id), sql`${voorzieningPeriode.van} <= ${input.tot} and ${voorzieningPeriode.tot} >= ${input.van}`));
  if (overlap.length) throw new AppError('CONFLICT', 'Deze periode overlapt met een periode die al bestaat. Pas die periode aan of kies andere data.');
  return db.transaction(async (tx) => {
    const [p] = await tx.insert(voorzieningPeriode).values({ voorzieningId: id, ...input }).returning({ id: voorzieningPeriode.id });
    await writeAudit(tx, actor, meta, { actie: 'aanbod.periode_toegevoegd', bron: 'voorziening_periode', details: { voorzieningId: id, ...input } });
    return { id: p!.id };
  });
}
