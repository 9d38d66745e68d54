// The case lines of a worklist (source: UX "work comes to you"): vangnet deadlines that passed or
// fall within three days for the case manager, and overdue meeting actions for their owner and for
// the case manager. Filtered by the policy, and the pupils shown are audited.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { visibleLeerlingen } from '../core/access/leerling-access.js';
import { writeAudits } from '../core/audit/audit.service.js';
import { datumInNederland, type TermijnStand } from '../vangnet/termijnen.js';
import { findOpenTrajecten, termijnenVan } from '../vangnet/vangnet.repo.js';
import { leerlingNaam } from './casus.repo.js';

/** Days before a deadline on which it appears on the case manager's list. */
export const VOORUIT_DAGEN = 3;

export const dringend = (t: TermijnStand) => t.stand === 'verlopen' || (t.stand === 'loopt' && t.dagenOver <= VOORUIT_DAGEN);

export async function viewCasusWerklijst(db: Db, actor: Actor, meta: RequestMeta, nu = new Date()) {
  const vandaag = datumInNederland(nu);
  const a = actor.accountId;
  const vangnet = actor.rollen.includes('casemanager')
    ? (await findOpenTrajecten(db, a)).flatMap((v) => termijnenVan(v, vandaag).filter(dringend)
      .map((termijn) => ({ leerlingId: v.leerling_id, naam: v.naam, termijn })))
      .sort((x, y) => x.termijn.dagenOver - y.termijn.dagenOver)
    : [];
  const acties = (await queryRows<{ id: string; leerling_id: string; naam: string; omschrijving: string; uiterlijk: string; dagen: number; eigenaar: string; als_cm: boolean }>(db, sql`
    select ca.id, c.leerling_id, ${leerlingNaam} as naam, ca.omschrijving, ca.uiterlijk::text as uiterlijk,
           (${vandaag}::date - ca.uiterlijk) as dagen, ca.eigenaar_naam as eigenaar, c.casemanager_id = ${a} as als_cm
      from casus_actie ca join casus c on c.id = ca.casus_id and c.gesloten is null join leerling l on l.id = c.leerling_id
     where ca.afgerond is null and ca.uiterlijk < ${vandaag}::date
       and (ca.eigenaar_id = ${a} or c.casemanager_id = ${a})
       and ${visibleLeerlingen(actor, sql`c.leerling_id`, 'casus.bekijken')}
     order by ca.uiterlijk limit 200`)).map((r) => ({
    id: r.id, leerlingId: r.leerling_id, naam: r.naam, omschrijving: r.omschrijving, uiterlijk: r.uiterlijk,
    dagenTeLaat: Number(r.dagen), eigenaar: r.eigenaar, alsCasemanager: r.als_cm,
  }));
  const leerlingen = [...new Set([...vangnet.map((v) => v.leerlingId), ...acties.map((x) => x.leerlingId)])];
  // One row per pupil shown, so that each pupil's own access log lists the view.
  await writeAudits(db, actor, meta, leerlingen.map((leerlingId) => ({ actie: 'casus.werklijst_bekijken' as const, bron: 'werklijst', leerlingId })));
  return { vangnet, acties };
}
