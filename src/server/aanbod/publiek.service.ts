// The public regional offer for the ouder- en jeugdsteunpunt (source: 000, 001): no log-in, no
// pupil data, only what a parent needs to find a provision and reach the loket.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/db.js';
import { findVoorzieningen, huidigePeriode } from './aanbod.repo.js';
import { telling } from '../core/kleine-groepen.js';

export type PubliekFilter = { gemeente?: string; laag?: 'in_de_klas' | 'in_de_school' | 'bovenschools' };

export async function viewPubliekAanbod(db: Db, filter: PubliekFilter) {
  const [alle, lokketten] = await Promise.all([
    findVoorzieningen(db, { alleenActief: true }),
    queryRows<{
      swvId: string; swv: string; telefoon: string; email: string; adres: string; bereikbaar: string;
      steunpuntNaam: string; steunpuntTelefoon: string; steunpuntWeb: string;
    }>(db, sql`
      select v.id as "swvId", v.naam as swv, l.telefoon, l.email, l.adres, l.bereikbaar,
             l.steunpunt_naam as "steunpuntNaam", l.steunpunt_telefoon as "steunpuntTelefoon", l.steunpunt_web as "steunpuntWeb"
        from swv_loket l join samenwerkingsverband v on v.id = l.swv_id order by v.naam`),
  ]);
  const gemeenten = [...new Set(alle.map((v) => v.gemeente))].sort((a, b) => a.localeCompare(b, 'nl'));
  const voorzieningen = alle
    .filter((v) => !filter.gemeente || v.gemeente === filter.gemeente)
    .filter((v) => !filter.laag || v.laag === filter.laag)
    .map((v) => {
      const p = huidigePeriode(v.perioden);
      return {
        id: v.id, naam: v.naam, laag: v.laag, vorm: v.vorm, doelgroep: v.doelgroep, doelen: v.doelen, duur: v.duur,
        dagenTijden: v.dagenTijden, locatie: v.locatie, gemeente: v.gemeente, leeftijdVan: v.leeftijdVan, leeftijdTot: v.leeftijdTot,
        toelatingsbronnen: v.toelatingsbronnen, contactNaam: v.contactNaam, contactEmail: v.contactEmail,
        contactTelefoon: v.contactTelefoon, vrijwilligeBijdrage: v.vrijwilligeBijdrage, gekoppeldeSchool: v.gekoppeldeSchool,
        plaatsenVrij: p ? Math.max(0, p.plaatsen - p.bezet) : null,
        // a public page names no small group of children, not even as a number
        wachtend: telling(v.wachtend),
      };
    });
  return { lokketten, gemeenten, voorzieningen };
}
