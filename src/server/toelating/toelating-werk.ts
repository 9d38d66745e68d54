// The commissie's and the coordinator's lines on the worklist (UX "work comes to you"): applications
// waiting for a decision, oldest first, with how long they have waited since they reached the
// commissie; the waiting list of the coordinator's provisions in its own order (003 §18.3); and
// placements whose settling-in period has ended and wait for "geplaatst" (003 §18.3.3). Filtered by
// the same policy SQL as the commissie's and coordinator's pages; the worklist audits the pupils.
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../core/db/db.js';
import type { Actor } from '../core/access/actor.js';
import { visibleLeerlingen } from '../core/access/leerling-access.js';
import { vandaag } from '../core/schooljaar.js';
import type { WerkItem, WerkOnderdeel } from '../signalering/werklijst.service.js';
import { findWachtlijst } from './toelating.repo.js';

/** Lines per part; the count says how many there are in all. */
const MAX = 50;

const dagenSinds = (datum: string, d: string) => Math.max(0, Math.round((Date.parse(d) - Date.parse(datum)) / 86_400_000));
const regel = (x: Omit<WerkItem, 'taakSoort'>): WerkItem => ({ ...x, taakSoort: null });

export async function toelatingWerklijst(db: DbOrTx, actor: Actor): Promise<WerkOnderdeel[]> {
  const d = vandaag();
  const onderdelen: WerkOnderdeel[] = [];
  if (actor.rollen.includes('commissielid')) {
    const rijen = await queryRows<{ id: string; leerling_id: string; naam: string; school: string; voorziening: string; sinds: string }>(db, sql`
      select a.id, a.leerling_id, concat_ws(' ', l.voornaam, l.tussenvoegsel, l.achternaam) as naam, s.naam as school, v.naam as voorziening,
             ((coalesce(a.ouder_reactie_op, a.aangevraagd)) at time zone 'Europe/Amsterdam')::date::text as sinds
        from aanvraag a join leerling l on l.id = a.leerling_id join school s on s.id = a.school_id join voorziening v on v.id = a.voorziening_id
       where a.status = 'bij_commissie'
         and a.swv_id in (select f.swv_id from functie f where f.account_id = ${actor.accountId} and f.soort = 'commissielid'
                            and f.van <= ${d}::date and (f.tot is null or f.tot >= ${d}::date))
         and ${visibleLeerlingen(actor, sql`a.leerling_id`, 'toelating.besluiten')}
       order by sinds, naam`);
    onderdelen.push({
      soort: 'aanvragen', aantal: rijen.length,
      items: rijen.slice(0, MAX).map((r) => regel({
        leerlingId: r.leerling_id, naam: r.naam, school: r.school, omschrijving: r.voorziening, datum: r.sinds, dagen: dagenSinds(r.sinds, d), taakId: r.id,
      })),
    });
  }
  if (actor.rollen.includes('coordinator')) {
    const mijn = await queryRows<{ id: string }>(db, sql`select id from voorziening where coordinator_id = ${actor.accountId} order by naam`);
    const zichtbaar = new Set((await queryRows<{ id: string }>(db, sql`
      select w.leerling_id as id from wachtlijst_plaats w join voorziening v on v.id = w.voorziening_id
       where v.coordinator_id = ${actor.accountId} and w.status = 'wachtend' and ${visibleLeerlingen(actor, sql`w.leerling_id`, 'toelating.plaatsen')}`)).map((r) => r.id));
    const wachtend = (await Promise.all(mijn.map((v) => findWachtlijst(db, v.id)))).flat().filter((w) => zichtbaar.has(w.leerlingId));
    onderdelen.push({
      soort: 'wachtlijst', aantal: wachtend.length,
      items: wachtend.slice(0, MAX).map((w) => regel({
        leerlingId: w.leerlingId, naam: w.naam, school: w.voorziening, omschrijving: `${w.positie}|${w.prioriteit}`, datum: w.sinds, dagen: dagenSinds(w.sinds, d), taakId: w.id,
      })),
    });
    const wen = await queryRows<{ id: string; leerling_id: string; naam: string; voorziening: string; tot: string }>(db, sql`
      select p.id, p.leerling_id, concat_ws(' ', l.voornaam, l.tussenvoegsel, l.achternaam) as naam, v.naam as voorziening, p.wenperiode_tot::text as tot
        from plaatsing p join voorziening v on v.id = p.voorziening_id join leerling l on l.id = p.leerling_id
       where v.coordinator_id = ${actor.accountId} and p.status = 'wenperiode' and p.wenperiode_tot < ${d}::date
         and ${visibleLeerlingen(actor, sql`p.leerling_id`, 'toelating.plaatsen')}
       order by p.wenperiode_tot, naam`);
    onderdelen.push({
      soort: 'wenperiode', aantal: wen.length,
      items: wen.slice(0, MAX).map((p) => regel({
        leerlingId: p.leerling_id, naam: p.naam, school: p.voorziening, omschrijving: 'wenperiode_voorbij', datum: p.tot, dagen: dagenSinds(p.tot, d), taakId: p.id,
      })),
    });
  }
  return onderdelen;
}
