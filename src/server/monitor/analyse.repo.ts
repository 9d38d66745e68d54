// The pseudonymised rows the monitor's analyses read: a respondent key, the group, the moderators and
// the answers or background — never a pupil id, a name or a school. Participants are pupils with a
// placement in one of the region's provisions outside the class (plusklas and up; in-class enrichment is
// basisondersteuning for everybody) that overlaps the period of the waves; comparison pupils are the
// other respondents of the same schools and years (school and year of wave 1, source: 004 §2).
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../core/db/db.js';

function groepen(vragenlijstId: string, swvId: string) {
  return sql`
    periode as (select min(van) as van, max(tot) as tot from meting where vragenlijst_id = ${vragenlijstId}),
    deel as (
      select r.id as respondent_id, bool_or(v.vaste_leerkracht) as vaste_leerkracht,
             bool_or(v.expliciet_cognitief_doel) as expliciet_doel, bool_or(v.duur = 'heel_jaar') as heel_jaar
        from monitor_respondent r
        join plaatsing p on p.leerling_id = r.leerling_id and p.status in ('wenperiode', 'geplaatst', 'afgerond', 'gestopt')
        join voorziening v on v.id = p.voorziening_id and v.swv_id = ${swvId} and v.laag <> 'in_de_klas'
        cross join periode
       where r.vragenlijst_id = ${vragenlijstId} and p.van <= periode.tot and (p.tot is null or p.tot >= periode.van)
       group by r.id),
    w1 as (
      select u.respondent_id, u.school_id, u.leerjaar from monitor_uitnodiging u
        join meting m on m.id = u.meting_id and m.vragenlijst_id = ${vragenlijstId} and m.nummer = 1),
    groep as (
      select w1.respondent_id, (deel.respondent_id is not null) as deelnemer,
             deel.vaste_leerkracht, deel.expliciet_doel, deel.heel_jaar
        from w1 left join deel on deel.respondent_id = w1.respondent_id
       where deel.respondent_id is not null
          or (w1.school_id, w1.leerjaar) in (select w.school_id, w.leerjaar from w1 w join deel d on d.respondent_id = w.respondent_id))`;
}

export type Respondent = { deelnemer: boolean; vaste_leerkracht: boolean | null; expliciet_doel: boolean | null; heel_jaar: boolean | null };

/**
 * The impact analysis's rows in compact form: the respondents of the groups (numbered 0…n−1 here, so
 * no key leaves this function), the item codes, and per given answer its respondent number, wave,
 * item number and score. The database packs each answer into one 4-byte integer
 * (((respondent · 2 + wave − 1) · items + item) · 8 + score) and hands all of them over as one hex
 * text (8 MB for a million answers; Node decodes hex natively, PGlite's own bytea parser takes a
 * second). The integer holds up to 2³¹ / (16 · items) respondents per questionnaire (4.7 million with
 * the 28 default items); beyond that the database stops with "integer out of range" rather than give
 * wrong numbers. The answers come back grouped by respondent and wave (a counting sort here, not a
 * sort in the database), which is how the analysis reads a file fastest.
 */
export async function findImpactRijen(db: DbOrTx, vragenlijstId: string, swvId: string) {
  // PGlite never analyses a table on its own: without statistics the planner takes the answer table
  // for a few rows and walks it item by item through the primary key (8 s on a million answers
  // instead of about one). Every join here reads whole sets, so hash joins are right at any size.
  const [r] = await db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_nestloop = off`);
    return queryRows<{ respondenten: Respondent[] | null; items: string[] | null; antwoorden: string | null }>(tx, sql`
    with ${groepen(vragenlijstId, swvId)},
    rn as (select respondent_id, deelnemer, vaste_leerkracht, expliciet_doel, heel_jaar,
                  (row_number() over (order by respondent_id) - 1)::int as nr from groep),
    it as (select id, code, (row_number() over (order by volgorde, id) - 1)::int as nr, (count(*) over ())::int as k
             from vragenlijst_item where vragenlijst_id = ${vragenlijstId}),
    me as (select id, nummer from meting where vragenlijst_id = ${vragenlijstId})
    select (select json_agg(json_build_object('deelnemer', deelnemer, 'vaste_leerkracht', vaste_leerkracht,
                   'expliciet_doel', expliciet_doel, 'heel_jaar', heel_jaar) order by nr) from rn) as respondenten,
           (select array_agg(code order by nr) from it) as items,
           (select encode(string_agg(int4send(((rn.nr * 2 + me.nummer - 1) * it.k + it.nr) * 8 + a.score), ''::bytea), 'hex')
              from monitor_antwoord a join me on me.id = a.meting_id join rn on rn.respondent_id = a.respondent_id
              join it on it.id = a.item_id) as antwoorden`);
  });
  const respondenten = r?.respondenten ?? [];
  const items = r?.items ?? [];
  const k = items.length;
  const bytes = Buffer.from(r?.antwoorden ?? '', 'hex');
  const n = bytes.length / 4;
  // Start of each respondent-and-wave's block in the output, then each answer into its block.
  const start = new Int32Array(2 * respondenten.length + 1);
  for (let i = 0; i < n; i++) start[Math.floor((bytes.readInt32BE(4 * i) >>> 3) / k) + 1]!++;
  for (let b = 1; b < start.length; b++) start[b]! += start[b - 1]!;
  const respondent = new Int32Array(n);
  const meting = new Float64Array(n);
  const item = new Int32Array(n);
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const code = bytes.readInt32BE(4 * i);
    const rest = code >>> 3;
    const j = rest % k;
    const rw = (rest - j) / k;
    const o = start[rw]!++;
    score[o] = code & 7;
    item[o] = j;
    meting[o] = (rw & 1) + 1;
    respondent[o] = rw >>> 1;
  }
  return { respondenten, items, antwoorden: { respondent, meting, item, score, n } };
}
export type ImpactRijen = Awaited<ReturnType<typeof findImpactRijen>>;

export type EquityRij = {
  respondent: string; deelname: number; geslacht: string; opleiding_ouders: string; thuistaal: string;
  lvs: number | null;
};

/**
 * Everybody invited to wave 1 (participants and all others, not only the comparison group): who takes
 * part, by background. Monitoring attributes are read only here, in aggregate (source: 004 §2).
 */
export function findEquityRijen(db: DbOrTx, vragenlijstId: string, swvId: string): Promise<EquityRij[]> {
  return queryRows<EquityRij>(db, sql`
    with ${groepen(vragenlijstId, swvId)}
    select w1.respondent_id as respondent, (deel.respondent_id is not null)::int as deelname,
           l.geslacht::text as geslacht, coalesce(k.opleiding_ouders::text, 'onbekend') as opleiding_ouders,
           coalesce(k.thuistaal::text, 'onbekend') as thuistaal, lv.laatste_percentiel as lvs
      from w1 join monitor_respondent r on r.id = w1.respondent_id join leerling l on l.id = r.leerling_id
      left join deel on deel.respondent_id = w1.respondent_id
      left join monitoring_kenmerk k on k.leerling_id = r.leerling_id
      left join lvs_stand lv on lv.leerling_id = r.leerling_id`);
}

/** Wave-1 answers to one scale's items, for a covariate such as experienced challenge. */
export function findSchaalAntwoorden(db: DbOrTx, vragenlijstId: string, schaalCode: string) {
  return queryRows<{ respondent: string; item: string; score: number }>(db, sql`
    select a.respondent_id as respondent, i.code as item, a.score
      from monitor_antwoord a join meting m on m.id = a.meting_id and m.vragenlijst_id = ${vragenlijstId} and m.nummer = 1
      join vragenlijst_item i on i.id = a.item_id join vragenlijst_schaal s on s.id = i.schaal_id and s.code = ${schaalCode}`);
}
