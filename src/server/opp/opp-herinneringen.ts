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

/** A version waiting longer than this when the run first sees it is the IB's to follow up, not a mail's. */
export const INSTEMMING_MAIL_DAGEN = 30;

/**
 * Mail to the parents when a new version of the plan waits for their consent to the handelingsdeel
 * (WPO art. 40a): once per version, to every parent of the pupil with an account, until one of them
 * has decided. The mail names no pupil and no content; it links to the app.
 */
export const oppInstemmingHerinneringen: HerinneringBron = {
  soort: 'opp-instemming-ouders',
  async zoek(db: Db, nu: Date): Promise<Herinnering[]> {
    const rijen = await queryRows<{ versie_id: string; versie: number; leerling_id: string; aan: string[] }>(db, sql`
      select v.id as versie_id, v.versie, o.leerling_id, array_agg(distinct a.email order by a.email) as aan
        from opp o
        join lateral (select id, versie, aangemaakt from opp_versie where opp_id = o.id order by versie desc limit 1) v on true
        join ouder_kind ok on ok.leerling_id = o.leerling_id join account a on a.id = ok.account_id
       where o.afgesloten is null and v.aangemaakt >= ${nu.toISOString()}::timestamptz - make_interval(days => ${INSTEMMING_MAIL_DAGEN})
         and not exists (select 1 from opp_instemming i where i.versie_id = v.id)
       group by v.id, v.versie, o.leerling_id`);
    return rijen.map((r) => ({
      sleutel: `opp-instemming-ouders:${r.versie_id}`, aan: r.aan, leerlingId: r.leerling_id,
      onderwerp: r.versie === 1 ? 'De school vraagt uw instemming met het plan voor uw kind' : 'Er is een nieuwe versie van het plan voor uw kind',
      tekst: [
        `De school heeft ${r.versie === 1 ? 'een plan voor extra ondersteuning (OPP) voor uw kind opgesteld' : 'het plan voor extra ondersteuning (OPP) van uw kind aangepast'}. `
          + 'De school vraagt of u instemt met de afspraken in het plan: wat er gebeurt, wie het doet, wanneer en waar. Zonder uw instemming gaan die afspraken niet door (WPO artikel 40a).',
        'Log in bij Piramide en kies "Mijn kinderen" om het plan te lezen, te zien wat er veranderd is, in te stemmen of uw kijk te geven: /mijn-kinderen',
        'Hebt u vragen? Neem contact op met de intern begeleider van de school.',
      ].join('\n\n'),
    }));
  },
};
