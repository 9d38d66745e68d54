// Full-time entry phases (source: 003 §19.5): enter at any phase; move on only when every condition
// of the current phase is met, or with an override and its reasons; one phase open at a time.
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { queryRows, type Db } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { AppError } from '../core/errors/app-error.js';
import { casusFase, faseVoorwaarde } from './casus.table.js';
import { casusVoorBeheer } from './casus.service.js';
import { findSwvVanMedewerker, voorwaardenVoor } from './casus.repo.js';
import { fasen, volgendeFase, type Fase, type Voorwaarde } from './fasen.js';
import type { faseBody, voorwaardenBody } from './casus.schema.js';

type Open = { id: string; fase: Fase; van: string; voorwaarden: Voorwaarde[] };

async function openFase(db: Db, casusId: string): Promise<Open | undefined> {
  const [f] = await queryRows<Open>(db, sql`select id, fase::text as fase, van::text as van, voorwaarden from casus_fase where casus_id = ${casusId} and tot is null`);
  return f;
}

export async function recordFase(db: Db, actor: Actor, leerlingId: string, input: z.infer<typeof faseBody>, meta: RequestMeta) {
  const c = await casusVoorBeheer(db, actor, leerlingId);
  const huidig = await openFase(db, c.id);
  if (huidig) {
    if (input.fase !== volgendeFase(huidig.fase)) {
      throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'fase', melding: huidig.fase === 'toetsbaar'
        ? 'Toetsbaar is de laatste fase.' : `Na ${huidig.fase} komt ${volgendeFase(huidig.fase)} (bron: 003 §19.5).` }]);
    }
    if (input.datum < huidig.van) throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'datum', melding: 'Deze datum ligt voor het begin van de huidige fase.' }]);
    const open = huidig.voorwaarden.filter((v) => !v.voldaan).length;
    if (open > 0 && !input.overrideReden) {
      throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'overrideReden',
        melding: `Nog ${open} voorwaarde(n) van de fase ${huidig.fase} zijn niet voldaan. Door naar de volgende fase kan pas als alles is voldaan, of als u uitlegt waarom het toch verantwoord is (bron: 003 §19.5).` }]);
    }
  }
  const voorwaarden: Voorwaarde[] = (await voorwaardenVoor(db, leerlingId, input.fase)).map((tekst) => ({ tekst, voldaan: false }));
  return db.transaction(async (tx) => {
    if (huidig) {
      const open = huidig.voorwaarden.some((v) => !v.voldaan);
      await tx.execute(sql`update casus_fase set tot = ${input.datum}, override_reden = ${open ? input.overrideReden : null} where id = ${huidig.id}`);
    }
    const [f] = await tx.insert(casusFase).values({
      casusId: c.id, fase: input.fase, van: input.datum, voorwaarden, jeugdhulp: input.jeugdhulp, door: actor.accountId,
    }).returning({ id: casusFase.id });
    await writeAudit(tx, actor, meta, { actie: 'casus.fase_vastgelegd', bron: 'casus', leerlingId, details: { casusId: c.id, fase: input.fase, van: huidig?.fase ?? null, override: Boolean(huidig && input.overrideReden) } });
    return { id: f!.id };
  });
}

/** Ticks the checklist of the current phase. */
export async function updateVoorwaarden(db: Db, actor: Actor, leerlingId: string, input: z.infer<typeof voorwaardenBody>, meta: RequestMeta) {
  const c = await casusVoorBeheer(db, actor, leerlingId);
  const huidig = await openFase(db, c.id);
  if (!huidig) throw new AppError('CONFLICT', 'Er is nog geen fase vastgelegd.');
  if (input.voldaan.length !== huidig.voorwaarden.length) {
    throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'voldaan', melding: 'De lijst met voorwaarden is intussen veranderd. Laad de pagina opnieuw.' }]);
  }
  const voorwaarden = huidig.voorwaarden.map((v, i) => ({ tekst: v.tekst, voldaan: input.voldaan[i]! }));
  return db.transaction(async (tx) => {
    await tx.execute(sql`update casus_fase set voorwaarden = ${JSON.stringify(voorwaarden)}::jsonb where id = ${huidig.id}`);
    await writeAudit(tx, actor, meta, { actie: 'casus.voorwaarden_bijgewerkt', bron: 'casus', leerlingId, details: { fase: huidig.fase, voldaan: input.voldaan.filter(Boolean).length } });
    return { id: huidig.id };
  });
}

/** The SWV's own conditions per phase; an empty list brings back the source's defaults. */
export async function configureVoorwaarden(db: Db, actor: Actor, fase: Fase, teksten: string[], meta: RequestMeta) {
  const swv = await findSwvVanMedewerker(db, actor.accountId);
  if (!swv) throw new AppError('GEEN_TOEGANG', 'Alleen een medewerker of beheerder van een samenwerkingsverband stelt de voorwaarden in.');
  if (!fasen.includes(fase)) throw new AppError('ONGELDIGE_INVOER');
  return db.transaction(async (tx) => {
    await tx.execute(sql`delete from fase_voorwaarde where swv_id = ${swv} and fase = ${fase}`);
    if (teksten.length) await tx.insert(faseVoorwaarde).values(teksten.map((tekst, volgorde) => ({ swvId: swv, fase, volgorde, tekst })));
    await writeAudit(tx, actor, meta, { actie: 'casus.fasevoorwaarden_ingesteld', bron: 'casus', details: { fase, aantal: teksten.length } });
    return { fase, voorwaarden: teksten };
  });
}
