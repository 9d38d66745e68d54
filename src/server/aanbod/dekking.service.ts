// Coverage of the regional network for SWV staff (source: 003 ch. 20; 004 §4): places, occupancy,
// waiting lists and waiting times per layer and municipality, applications per school, the gaps,
// and the warning signs of a network that fails, as figures. Counts only: no pupil leaves here, and
// no count of pupils under 10 either (core/kleine-groepen.ts): a municipality with 3 waiting pupils
// or a school with 2 applications would point at children the staff may know. Counts of provisions
// and places are not about pupils and are shown as they are; waiting times are shown as flags.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/db.js';
import { hasRol, type Actor, type RequestMeta } from '../core/access/actor.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { nietGevonden } from '../core/errors/app-error.js';
import { huidigSchooljaar, schooljaarPeriode, vandaag } from '../core/schooljaar.js';
import { MINIMUM_GROEP, telling, tellingen, teOnderdrukken, type Telling } from '../core/kleine-groepen.js';
import { findSwvIds } from './aanbod.repo.js';

const STANDAARD_SIGNAAL_WEKEN = 8;

export async function viewDekking(db: Db, actor: Actor, meta: RequestMeta) {
  if (!hasRol(actor, 'swv_medewerker')) throw nietGevonden();
  const swvIds = await findSwvIds(db, actor.accountId, ['swv_medewerker']);
  if (swvIds.length === 0) throw nietGevonden();
  const d = vandaag();
  const jaar = schooljaarPeriode(huidigSchooljaar());
  const [instelling] = await queryRows<{ weken: number }>(db, sql`
    select coalesce(min(wachttijd_signaal_weken), ${STANDAARD_SIGNAAL_WEKEN})::int as weken from swv_loket where swv_id in ${swvIds}`);
  const signaalWeken = instelling?.weken ?? STANDAARD_SIGNAAL_WEKEN;

  const perLaag = await queryRows<Ruw['perLaag'][number]>(db, sql`
    with v as (select * from voorziening where swv_id in ${swvIds} and actief),
    p as (select vp.voorziening_id, vp.plaatsen,
                 (select count(*)::int from plaatsing pl where pl.voorziening_id = vp.voorziening_id
                   and pl.status in ('gepland', 'wenperiode', 'geplaatst') and pl.van <= vp.tot and (pl.tot is null or pl.tot >= vp.van)) as bezet
            from voorziening_periode vp where vp.van <= ${d}::date and vp.tot >= ${d}::date),
    w as (select voorziening_id, count(*)::int as n, max(${d}::date - sinds) as dagen from wachtlijst_plaats where status = 'wachtend' group by voorziening_id)
    select v.laag::text as laag, v.gemeente, count(*)::int as voorzieningen, coalesce(sum(p.plaatsen), 0)::int as plaatsen,
           coalesce(sum(p.bezet), 0)::int as bezet, coalesce(sum(w.n), 0)::int as wachtend, (max(w.dagen) / 7)::int as "langsteWachtWeken"
      from v left join p on p.voorziening_id = v.id left join w on w.voorziening_id = v.id
     group by v.laag, v.gemeente
     order by case v.laag when 'in_de_klas' then 1 when 'in_de_school' then 2 else 3 end, v.gemeente`);

  const gemeentenZonderInDeSchool = (await queryRows<{ gemeente: string }>(db, sql`
    select distinct s.gemeente from school s where s.swv_id in ${swvIds} and s.soort <> 'so'
       and s.gemeente not in (select gemeente from voorziening where swv_id in ${swvIds} and actief and laag = 'in_de_school')
     order by s.gemeente`)).map((r) => r.gemeente);

  const langWachtend = await queryRows<Ruw['langWachtend'][number]>(db, sql`
    select v.naam as voorziening, v.gemeente, count(*)::int as aantal, (max(${d}::date - w.sinds) / 7)::int as "langsteWeken"
      from wachtlijst_plaats w join voorziening v on v.id = w.voorziening_id
     where v.swv_id in ${swvIds} and w.status = 'wachtend' and ${d}::date - w.sinds > ${signaalWeken * 7}
     group by v.id, v.naam, v.gemeente order by "langsteWeken" desc`);

  const aanvragenPerSchool = await queryRows<Ruw['aanvragenPerSchool'][number]>(db, sql`
    select s.naam as school, s.gemeente, count(*)::int as totaal,
           count(*) filter (where a.status in ('wacht_op_ouders', 'bij_commissie'))::int as open,
           count(*) filter (where a.besluit in ('aanbevolen', 'andere_voorziening'))::int as aanbevolen,
           count(*) filter (where a.besluit = 'nu_niet')::int as "nuNiet"
      from aanvraag a join school s on s.id = a.school_id
     where a.swv_id in ${swvIds} and a.aangevraagd >= ${jaar.van}::date
     group by s.id, s.naam, s.gemeente order by totaal desc, s.naam`);

  const [signalen] = await queryRows<Ruw['signalen']>(db, sql`
    select
      (select count(*)::int from wachtlijst_plaats w join voorziening v on v.id = w.voorziening_id where v.swv_id in ${swvIds} and w.status = 'wachtend') as wachtend,
      (select (percentile_cont(0.5) within group (order by ${d}::date - w.sinds) / 7)::int from wachtlijst_plaats w
         join voorziening v on v.id = w.voorziening_id where v.swv_id in ${swvIds} and w.status = 'wachtend') as "mediaanWachtWeken",
      (select count(distinct w.leerling_id)::int from wachtlijst_plaats w join voorziening v on v.id = w.voorziening_id
         where v.swv_id in ${swvIds} and w.status = 'wachtend' and w.prioriteit = 'thuiszitter') as thuiszitters,
      (select count(*)::int from (select a.leerling_id from aanvraag a where a.swv_id in ${swvIds} and a.aangevraagd >= now() - interval '1 year'
         group by a.leerling_id having count(distinct a.voorziening_id) >= 2) x) as shoppen,
      (select count(*)::int from plaatsing p join voorziening v on v.id = p.voorziening_id
         where v.swv_id in ${swvIds} and p.status = 'gestopt' and p.tot >= ${jaar.van}::date) as gestopt,
      (select count(distinct i.leerling_id)::int from inschrijving i join school s on s.id = i.school_id
         where s.swv_id in ${swvIds} and s.soort = 'so' and i.van >= ${jaar.van}::date
           and exists (select 1 from inschrijving e join school es on es.id = e.school_id
                        where e.leerling_id = i.leerling_id and es.soort <> 'so' and e.van < i.van)) as "naarSo"`);

  await writeAudit(db, actor, meta, { actie: 'aanbod.dekking_bekeken', bron: 'voorziening', details: { swvIds } });
  return onderdruk({ signaalWeken, perLaag, gemeentenZonderInDeSchool, langWachtend, aanvragenPerSchool, signalen: signalen! });
}

type Ruw = {
  signaalWeken: number;
  perLaag: { laag: 'in_de_klas' | 'in_de_school' | 'bovenschools'; gemeente: string; voorzieningen: number; plaatsen: number; bezet: number; wachtend: number; langsteWachtWeken: number | null }[];
  gemeentenZonderInDeSchool: string[];
  langWachtend: { voorziening: string; gemeente: string; aantal: number; langsteWeken: number }[];
  aanvragenPerSchool: { school: string; gemeente: string; totaal: number; open: number; aanbevolen: number; nuNiet: number }[];
  signalen: { wachtend: number; mediaanWachtWeken: number | null; thuiszitters: number; shoppen: number; gestopt: number; naarSo: number };
};

const verborgen: Telling = { aantal: null, onderdrukt: true };

/**
 * Every count of pupils under the minimum is withheld. The waiting pupils per layer and municipality
 * are the parts of the regional total shown under the warning signs, so one hidden row hides the next
 * smallest too. A school's applications are split into open, recommended and "nu niet" (plus the
 * withdrawn and other decisions, never shown): a school under the minimum shows none of them, and
 * one small part hides the next smallest, so the school's total does not reveal it.
 */
export function onderdruk(d: Ruw) {
  const wachtend = tellingen(d.perLaag.map((r) => r.wachtend));
  return {
    signaalWeken: d.signaalWeken,
    minimumGroep: MINIMUM_GROEP,
    perLaag: d.perLaag.map((r, i) => ({ ...r, bezet: telling(r.bezet), wachtend: wachtend[i]! })),
    gemeentenZonderInDeSchool: d.gemeentenZonderInDeSchool,
    langWachtend: d.langWachtend.map((r) => ({ ...r, aantal: telling(r.aantal) })),
    aanvragenPerSchool: d.aanvragenPerSchool.map((r) => {
      const totaal = telling(r.totaal);
      if (totaal.onderdrukt) return { school: r.school, gemeente: r.gemeente, totaal, open: verborgen, aanbevolen: verborgen, nuNiet: verborgen };
      const delen = [r.open, r.aanbevolen, r.nuNiet, r.totaal - r.open - r.aanbevolen - r.nuNiet];
      const weg = teOnderdrukken(delen);
      const deel = (i: number): Telling => (weg[i] ? verborgen : { aantal: delen[i]!, onderdrukt: false });
      return { school: r.school, gemeente: r.gemeente, totaal, open: deel(0), aanbevolen: deel(1), nuNiet: deel(2) };
    }),
    signalen: {
      wachtend: telling(d.signalen.wachtend),
      mediaanWachtWeken: d.signalen.mediaanWachtWeken,
      thuiszitters: telling(d.signalen.thuiszitters),
      shoppen: telling(d.signalen.shoppen),
      gestopt: telling(d.signalen.gestopt),
      naarSo: telling(d.signalen.naarSo),
    },
  };
}
