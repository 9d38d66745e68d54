// Reminder mails about OPPs to the IBs of the pupil's school: an evaluation overdue or due soon, or a
// plan not yet evaluated with the parents this school year. A mail names no pupil (core/mail): it says
// what waits and links to the worklist, where access is checked.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/db.js';
import type { Herinnering, HerinneringBron } from '../core/mail/herinneringen.js';
import { isoDate, schooljaarVan } from '../core/schooljaar.js';
import { findOppWerk, type OppWerkSoort } from './opp-werk.js';

const onderwerp: Partial<Record<OppWerkSoort, string>> = {
  evaluatie_te_laat: 'Een evaluatie van een OPP is te laat',
  evaluatie_binnenkort: 'Binnenkort: evaluatie van een OPP',
  geen_evaluatie_met_ouders: 'Een OPP is dit schooljaar nog niet met de ouders geëvalueerd',
};

export const oppHerinneringen: HerinneringBron = {
  soort: 'opp-evaluatie',
  async zoek(db: Db, nu: Date): Promise<Herinnering[]> {
    const dag = isoDate(nu);
    // "Not yet evaluated with the parents" is on the worklist at once, but mailed only in the last
    // two months of the school year, when it is still possible and no longer premature.
    const laatsteMaanden = dag >= `${schooljaarVan(dag) + 1}-06-01`;
    const werk = (await findOppWerk(db, sql`true`, 10_000, dag))
      .filter((w) => onderwerp[w.soort] && w.school_id && (w.soort !== 'geen_evaluatie_met_ouders' || laatsteMaanden));
    if (werk.length === 0) return [];
    const ibs = await queryRows<{ school_id: string; email: string }>(db, sql`
      select f.school_id, a.email from functie f join account a on a.id = f.account_id
       where f.soort = 'ib' and f.van <= ${dag}::date and (f.tot is null or f.tot >= ${dag}::date)
         and f.school_id in ${[...new Set(werk.map((w) => w.school_id!))]}`);
    return werk.map((w) => ({
      sleutel: w.sleutel,
      aan: ibs.filter((i) => i.school_id === w.school_id).map((i) => i.email),
      onderwerp: onderwerp[w.soort]!,
      tekst: [
        `${onderwerp[w.soort]}${w.datum ? ` (gepland op ${w.datum})` : ''}.`,
        'Open uw werklijst in Piramide om te zien om welke leerling het gaat: /werklijst#opp',
        'Een OPP wordt minstens één keer per schooljaar met de ouders geëvalueerd (WPO artikel 40a).',
      ].join('\n\n'),
      leerlingId: w.leerling_id,
    }));
  },
};
