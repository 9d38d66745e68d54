// Escalation by mail when a vangnet deadline passes (source: 003 §20.3), to the case manager and to
// the SWV's staff; and a reminder of an overdue meeting action to its owner and the case manager.
// Sources for the core reminder registry (src/server/core/mail/herinneringen.ts): it mails each
// reminder once. A mail names no pupil; the link leads to the app, where access is checked.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/db.js';
import { datumInNederland } from './termijnen.js';
import { findOpenTrajecten, termijnenVan } from './vangnet.repo.js';

/** The shape of the core registry's reminder source (kept structurally equal to it). */
export type Herinnering = { sleutel: string; aan: string[]; onderwerp: string; tekst: string; leerlingId?: string | null };
export type HerinneringBron = { soort: string; zoek(db: Db, nu: Date): Promise<Herinnering[]> };

const termijnNaam = { intake: 'de intake (binnen 2 weken na de uitval)', tijdelijke_opvang: 'de tijdelijke opvang (hoogstens 12 weken)' } as const;
const nlDatum = (iso: string) => iso.split('-').reverse().join('-');

export const vangnetHerinneringen: HerinneringBron = {
  soort: 'vangnet-termijn',
  async zoek(db, nu) {
    const vandaag = datumInNederland(nu);
    const trajecten = await findOpenTrajecten(db);
    const swvMail = new Map<string, string[]>();
    for (const swv of new Set(trajecten.map((t) => t.swv_id))) {
      swvMail.set(swv, (await queryRows<{ email: string }>(db, sql`
        select distinct a.email from functie f join account a on a.id = f.account_id
         where f.swv_id = ${swv} and f.soort = 'swv_medewerker' and f.van <= current_date and (f.tot is null or f.tot >= current_date)
         order by a.email`)).map((r) => r.email));
    }
    return trajecten.flatMap((v) => termijnenVan(v, vandaag).filter((t) => t.stand === 'verlopen').map((t) => ({
      sleutel: `vangnet:${v.id}:${t.soort}:verlopen`,
      aan: [v.casemanager_email, ...(swvMail.get(v.swv_id) ?? [])],
      onderwerp: 'Vangnet: een termijn is verlopen',
      tekst: `De termijn voor ${termijnNaam[t.soort]} liep af op ${nlDatum(t.uiterlijk)} en is niet gehaald.\n`
        + 'Open Piramide: uw startpagina toont om welke leerling het gaat.\n\n'
        + 'U krijgt dit bericht als casemanager of als medewerker van het samenwerkingsverband (bron: 003 §20.3).',
      leerlingId: v.leerling_id,
    })));
  },
};

export const actieHerinneringen: HerinneringBron = {
  soort: 'casus-actie',
  async zoek(db, nu) {
    const rijen = await queryRows<{ id: string; leerling_id: string; uiterlijk: string; eigenaar: string | null; cm: string }>(db, sql`
      select ca.id, c.leerling_id, ca.uiterlijk::text as uiterlijk, e.email as eigenaar, m.email as cm
        from casus_actie ca join casus c on c.id = ca.casus_id and c.gesloten is null
        join account m on m.id = c.casemanager_id left join account e on e.id = ca.eigenaar_id
       where ca.afgerond is null and ca.uiterlijk < ${datumInNederland(nu)}::date`);
    return rijen.map((r) => ({
      sleutel: `casus-actie:${r.id}:te-laat`,
      aan: [...new Set([r.eigenaar, r.cm].filter((x): x is string => Boolean(x)))],
      onderwerp: 'Een actie uit een casusoverleg is over de datum',
      tekst: `Een actie uit een casusoverleg had uiterlijk ${nlDatum(r.uiterlijk)} klaar moeten zijn.\n`
        + 'Open Piramide: uw startpagina toont om welke leerling het gaat.',
      leerlingId: r.leerling_id,
    }));
  },
};
