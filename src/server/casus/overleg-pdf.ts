// The minutes of a case meeting as PDF (core/pdf: Dutch, tagged, PDF/A), for the case manager and for
// the participants once shared — the same rule as on screen (casus-inzage.ts), with its audit row.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { assertLeerlingAccess } from '../core/access/leerling-access.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { nietGevonden } from '../core/errors/app-error.js';
import { maakPdf } from '../core/pdf/pdf.js';
import { inzageVoor } from './casus-inzage.js';
import { leerlingNaam } from './casus.repo.js';

const dag = (d: string) => new Date(`${d}T12:00:00Z`).toLocaleDateString('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
const rolNaam: Record<string, string> = {
  casemanager: 'casemanager', school: 'school', ouder: 'ouder', leerling: 'leerling', zorgverlener: 'zorgverlener',
  leerplichtambtenaar: 'leerplichtambtenaar', procesbegeleider: 'procesbegeleider',
};

export async function overlegPdf(db: Db, actor: Actor, overlegId: string, meta: RequestMeta) {
  const [o] = await queryRows<{
    leerling_id: string; naam: string; datum: string; agenda: string[]; verslag: string; besluiten: string[];
    volgend_overleg: string | null; gedeeld: boolean; deelnam: boolean;
  }>(db, sql`
    select c.leerling_id, ${leerlingNaam} as naam, o.datum::text as datum, o.agenda, o.verslag, o.besluiten,
           o.volgend_overleg::text as volgend_overleg, o.gedeeld is not null as gedeeld,
           exists (select 1 from overleg_deelnemer d where d.overleg_id = o.id and d.account_id = ${actor.accountId}) as deelnam
      from casus_overleg o join casus c on c.id = o.casus_id and c.gesloten is null join leerling l on l.id = c.leerling_id
     where o.id = ${overlegId}`);
  if (!o) throw nietGevonden();
  const inzage = inzageVoor(await assertLeerlingAccess(db, actor, 'casus.bekijken', o.leerling_id));
  const mag = inzage.has('concepten') || (o.gedeeld && (inzage.has('alle_overleggen') || (inzage.has('eigen_overleggen') && o.deelnam)));
  if (!mag) throw nietGevonden();
  const deelnemers = await queryRows<{ naam: string; rol: string }>(db, sql`select naam, rol from overleg_deelnemer where overleg_id = ${overlegId} order by volgorde`);
  const acties = await queryRows<{ omschrijving: string; eigenaar_naam: string; uiterlijk: string; opp_doel: string | null }>(db, sql`
    select omschrijving, eigenaar_naam, uiterlijk::text as uiterlijk, opp_doel from casus_actie where overleg_id = ${overlegId} order by uiterlijk`);
  const pdf = await maakPdf({
    titel: `Verslag casusoverleg ${o.naam}, ${dag(o.datum)}`,
    onderwerp: 'Gespreksverslag van een casusoverleg (bron: 004 §3)',
    blokken: [
      { soort: 'kop', tekst: `Casusoverleg over ${o.naam}` },
      { soort: 'velden', velden: [['Datum', dag(o.datum)], ['Volgend overleg', o.volgend_overleg ? dag(o.volgend_overleg) : 'nog niet gepland']] },
      { soort: 'kop', tekst: 'Deelnemers', niveau: 2 },
      { soort: 'lijst', items: deelnemers.map((d) => `${d.naam} (${rolNaam[d.rol] ?? d.rol})`) },
      { soort: 'kop', tekst: 'Agenda', niveau: 2 },
      { soort: 'lijst', items: o.agenda },
      { soort: 'kop', tekst: 'Gespreksverslag', niveau: 2 },
      ...o.verslag.split(/\n+/).filter(Boolean).map((tekst) => ({ soort: 'alinea' as const, tekst })),
      { soort: 'kop', tekst: 'Besluiten', niveau: 2 },
      o.besluiten.length ? { soort: 'lijst', items: o.besluiten } : { soort: 'alinea', tekst: 'Geen besluiten.' },
      { soort: 'kop', tekst: 'Acties', niveau: 2 },
      acties.length
        ? { soort: 'lijst', items: acties.map((a) => `${a.omschrijving} — ${a.eigenaar_naam}, uiterlijk ${dag(a.uiterlijk)}${a.opp_doel ? ` (OPP-doel: ${a.opp_doel})` : ''}`) }
        : { soort: 'alinea', tekst: 'Geen acties.' },
    ],
  });
  await writeAudit(db, actor, meta, { actie: 'casus.bekijken', bron: 'casus', leerlingId: o.leerling_id, details: { overlegId, pdf: true } });
  return { pdf, naam: `casusoverleg-${o.datum}.pdf` };
}
