// The monitor in the demo region, so that its pages show figures on first start: the PO region's
// IMAGE questionnaire, wave 1 last school year (groep 5) and wave 2 open now (groep 6, the demo pupil's
// year, so the demo pupil can take it), placements in two provisions, and answers. Set-based SQL with
// values drawn from hashes of the ids: deterministic, and a second or two on the default region.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/db.js';
import { isoDate } from '../core/schooljaar.js';
import { kopieerStandaardVragenlijst } from './imago-vragenlijst.js';

/** A number in [0, 1) from a text, the same on every run. */
const u = (expr: string) => sql.raw(`((hashtext(${expr}) & 65535) / 65536.0)`);

export async function generateMonitorDemo(db: Db, swvId: string, schooljaar: number, demoLeerlingId: string | undefined): Promise<void> {
  const dag = (n: number) => isoDate(new Date(Date.now() + n * 86_400_000));
  await db.transaction(async (tx) => {
    const [medewerker] = await queryRows<{ account_id: string }>(tx, sql`
      select account_id from functie where swv_id = ${swvId} and soort = 'swv_medewerker' order by account_id limit 1`);
    if (!medewerker) return;
    const vragenlijstId = await kopieerStandaardVragenlijst(tx, swvId);
    const [m1] = await queryRows<{ id: string }>(tx, sql`insert into meting (vragenlijst_id, nummer, naam, van, tot, leerjaren)
      values (${vragenlijstId}, 1, 'Meting 1 (groep 5)', ${`${schooljaar - 1}-10-01`}, ${`${schooljaar - 1}-10-31`}, '{5}') returning id`);
    const [m2] = await queryRows<{ id: string }>(tx, sql`insert into meting (vragenlijst_id, nummer, naam, van, tot, leerjaren)
      values (${vragenlijstId}, 2, 'Meting 2 (groep 6)', ${dag(-14)}, ${dag(30)}, '{}') returning id`);

    // Respondents: this year's groep 6 of the region (last year's groep 5), ids derived from the pupil.
    await tx.execute(sql`
      insert into monitor_respondent (id, vragenlijst_id, leerling_id)
      select distinct md5(gl.leerling_id::text || 'respondent')::uuid, ${vragenlijstId}::uuid, gl.leerling_id
        from groep g join school s on s.id = g.school_id and s.swv_id = ${swvId}
        join groep_leerling gl on gl.groep_id = g.id where g.schooljaar = ${schooljaar} and g.leerjaar = 6`);
    for (const [metingId, leerjaar] of [[m1!.id, 5], [m2!.id, 6]] as const) {
      await tx.execute(sql`
        insert into monitor_uitnodiging (meting_id, respondent_id, school_id, leerjaar, gestart, afgerond)
        select ${metingId}::uuid, r.id, g.school_id, ${leerjaar}::int,
               case when ${leerjaar}::int = 5 then ${`${schooljaar - 1}-10-10T10:00:00Z`}::timestamptz end,
               case when ${leerjaar}::int = 5 then ${`${schooljaar - 1}-10-10T10:20:00Z`}::timestamptz end
          from monitor_respondent r join groep_leerling gl on gl.leerling_id = r.leerling_id
          join groep g on g.id = gl.groep_id and g.schooljaar = ${schooljaar} and g.leerjaar = 6
         where r.vragenlijst_id = ${vragenlijstId}
        on conflict do nothing`);
    }

    // An LVS percentile for each respondent (reading comprehension, end of last year).
    await tx.execute(sql`
      insert into lvs_resultaat (leerling_id, toets, vak, datum, score, percentiel)
      select r.leerling_id, 'Cito', 'Begrijpend lezen', ${`${schooljaar - 1}-06-15`}::date,
             round((20 + 80 * ${u("r.leerling_id::text || 'lvs'")})::numeric, 0), floor(100 * ${u("r.leerling_id::text || 'lvs'")})::int
        from monitor_respondent r where r.vragenlijst_id = ${vragenlijstId}
      on conflict do nothing`);

    // Two in-school provisions, unless the region already has its own catalogue.
    const [bestaand] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from voorziening where swv_id = ${swvId} and laag = 'in_de_school'`);
    if (bestaand!.n === 0) {
      await tx.execute(sql`insert into voorziening (swv_id, naam, laag, vorm, doelgroep, doelen, expliciet_cognitief_doel, vaste_leerkracht,
          duur, dagen_tijden, locatie, gemeente, leeftijd_van, leeftijd_tot, contact_naam)
        values (${swvId}, 'Plusklas Denkkracht', 'in_de_school', 'plusklas', 'Groep 5 tot en met 8 met behoefte aan uitdaging',
                'Leren leren, doorzetten en samenwerken met ontwikkelingsgelijken', true, true, 'heel_jaar', 'Dinsdagochtend',
                'Wisselend per school', 'In de hele regio', 8, 12, 'Coördinator plusklassen'),
               (${swvId}, 'Verrijkingsgroep Ontdekkers', 'in_de_school', 'peergroep', 'Groep 5 tot en met 8',
                'Projectmatig werken aan een eigen onderzoeksvraag', false, false, 'korter', 'Vrijdagmiddag, 10 weken',
                'Wisselend per school', 'In de hele regio', 8, 12, 'Coördinator plusklassen')`);
    }
    // About one in eight respondents takes part; more often with a high LVS percentile and highly
    // educated parents (the pattern IMAGE reports for po, source: 004 §2).
    await tx.execute(sql`
      with kans as (
        select r.leerling_id, ${u("r.leerling_id::text || 'deelname'")} as x,
               0.04 + 0.18 * ${u("r.leerling_id::text || 'lvs'")} + case when k.opleiding_ouders = 'hoog' then 0.06 else 0 end
                    + case when l.geslacht = 'm' then 0.02 else 0 end as p
          from monitor_respondent r join leerling l on l.id = r.leerling_id left join monitoring_kenmerk k on k.leerling_id = r.leerling_id
         where r.vragenlijst_id = ${vragenlijstId} and r.leerling_id is distinct from ${demoLeerlingId ?? null}::uuid),
      v as (select id, row_number() over (order by naam) as nr, count(*) over () as n from voorziening where swv_id = ${swvId} and laag = 'in_de_school')
      insert into plaatsing (leerling_id, voorziening_id, van, status, wenperiode_weken, wenperiode_tot, geplaatst_door)
      select kans.leerling_id, v.id, ${`${schooljaar - 1}-09-15`}::date, 'geplaatst', 4, ${`${schooljaar - 1}-10-13`}::date, ${medewerker.account_id}::uuid
        from kans join v on v.nr = 1 + floor(${u("kans.leerling_id::text || 'welke'")} * v.n)::int
       where kans.x < kans.p`);

    // Answers: a pupil's own level per scale plus noise; participants gain on motivation and competence,
    // a whole-year plusklas also on enjoyment and planning, by wave 2 (the effects IMAGE found, 004 §2).
    // Wave 1: nine in ten pupils answered; wave 2 (open now): about half so far, not the demo pupil.
    await tx.execute(sql`
      with deel as (
        select p.leerling_id, bool_or(v.duur = 'heel_jaar') as heel_jaar from plaatsing p join voorziening v on v.id = p.voorziening_id
         where v.swv_id = ${swvId} group by p.leerling_id)
      insert into monitor_antwoord (meting_id, respondent_id, item_id, score, gewijzigd)
      select u.meting_id, r.id, i.id,
             greatest(1, least(5, round(
               case when i.omgepoold then 6 - s0 else s0 end))),
             case when m.nummer = 1 then m.van + interval '9 days' else now() end
        from monitor_uitnodiging u join meting m on m.id = u.meting_id and m.vragenlijst_id = ${vragenlijstId}
        join monitor_respondent r on r.id = u.respondent_id
        left join deel on deel.leerling_id = r.leerling_id
        join vragenlijst_item i on i.vragenlijst_id = ${vragenlijstId}
        join vragenlijst_schaal s on s.id = i.schaal_id
        cross join lateral (select
             1.6 + 2.4 * ${u("r.id::text || s.code")} + 1.4 * (${u("r.id::text || i.code || m.nummer::text")} - 0.5)
             + case when m.nummer = 2 and deel.leerling_id is not null and s.code in ('intrinsieke_motivatie', 'competentie', 'meer_leren') then 0.5 else 0 end
             + case when m.nummer = 2 and deel.heel_jaar and s.code in ('plezier', 'plannen') then 0.4 else 0 end as s0) w
       where (m.nummer = 1 and ${u("r.id::text || 'respons1'")} < 0.9)
          or (m.nummer = 2 and ${u("r.id::text || 'respons2'")} < 0.5 and r.leerling_id is distinct from ${demoLeerlingId ?? null}::uuid)`);
    // Skipped items: about one in twenty answers is left out.
    await tx.execute(sql`delete from monitor_antwoord a using meting m, vragenlijst_item i
      where m.id = a.meting_id and m.vragenlijst_id = ${vragenlijstId} and i.id = a.item_id
        and ${u("a.respondent_id::text || i.code || m.nummer::text || 'skip'")} < 0.05`);
    await tx.execute(sql`update monitor_uitnodiging u set gestart = now() - interval '1 day', afgerond = now() - interval '1 day'
      where u.meting_id = ${m2!.id} and exists (select 1 from monitor_antwoord a where a.meting_id = u.meting_id and a.respondent_id = u.respondent_id)`);
  });
}
