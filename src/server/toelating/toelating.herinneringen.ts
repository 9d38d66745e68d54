// Mail to parents about an application (source: 003 §19.4 — parents are partners; the issue: "parents
// informed"): when their consent is asked, and when the commissie has decided. Like every reminder,
// the mail names no pupil and no reasons; it links to the app, where access is checked.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/db.js';
import type { Herinnering, HerinneringBron } from '../core/mail/herinneringen.js';

type Rij = { id: string; leerling_id: string; status: string; aan: string[] };

export const toelatingHerinneringen: HerinneringBron = {
  soort: 'toelating',
  async zoek(db: Db): Promise<Herinnering[]> {
    const rijen = await queryRows<Rij>(db, sql`
      select a.id, a.leerling_id, a.status::text as status, array_agg(ac.email order by ac.email) as aan
        from aanvraag a join ouder_kind ok on ok.leerling_id = a.leerling_id join account ac on ac.id = ok.account_id
       where a.status = 'wacht_op_ouders' or (a.status = 'besloten' and a.besloten >= now() - interval '30 days')
       group by a.id`);
    return rijen.map((r) => r.status === 'wacht_op_ouders'
      ? {
        sleutel: `toelating-toestemming:${r.id}`, aan: r.aan, leerlingId: r.leerling_id,
        onderwerp: 'De school vraagt uw toestemming voor een aanmelding',
        tekst: 'De school wil uw kind aanmelden bij een voorziening van het samenwerkingsverband. De commissie bekijkt de aanvraag pas als u toestemming geeft. Log in bij Piramide en open de gegevens van uw kind om te reageren en uw kijk te geven.',
      }
      : {
        sleutel: `toelating-besluit:${r.id}`, aan: r.aan, leerlingId: r.leerling_id,
        onderwerp: 'De commissie heeft besloten over de aanvraag',
        tekst: 'De commissie van het samenwerkingsverband heeft besloten over de aanvraag voor uw kind. Log in bij Piramide en open de gegevens van uw kind om het besluit, de redenen en een eventuele plek op de wachtlijst te lezen.',
      });
  },
};
