// The impact analysis as the monitor page runs it: answers read from the database (PGlite, in memory)
// through the pseudonymised query, then the same statistics as the command-line tool. Synthetic region:
// one SWV, 20 schools, pupils in groep 6 with a quarter placed in a plusklas, the 28 items of the
// default questionnaire in two waves with about 8 % skipped and half the pupils at wave 2.
// Usage: [RUNS=n] node --import tsx bench/stats/monitor-db.ts [ANSWER_ROWS]   (prints JSON, ms)
// With DATABASE_URL (an empty database) it runs on that PostgreSQL server instead.
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../../src/server/core/db/db.js';
import type { Actor } from '../../src/server/core/access/actor.js';
import { analyseerImpact } from '../../src/server/monitor/analyse.service.js';
import { findImpactRijen } from '../../src/server/monitor/analyse.repo.js';
import { kopieerStandaardVragenlijst } from '../../src/server/monitor/imago-vragenlijst.js';

const rows = Number(process.argv[2] ?? 1_000_000);
const pupils = Math.round(rows / (28 * 1.5 * 0.92));
const url = process.env.DATABASE_URL;
const database = await openDatabase(url ? { kind: 'postgres', url, poolSize: 2 } : { kind: 'pglite' });
await database.migrate();
const db = database.db;
const t0 = performance.now();
const [{ swv, account }] = await queryRows<{ swv: string; account: string }>(db, sql`
  with s as (insert into samenwerkingsverband (code, naam, sector) values ('PO 00-01', 'Bench', 'po') returning id),
       a as (insert into account (email, naam, soort) values ('swv@bench.nl', 'Bench SWV', 'medewerker') returning id)
  select s.id as swv, a.id as account from s, a`);
await db.execute(sql`insert into functie (account_id, soort, swv_id, van) values (${account}, 'swv_medewerker', ${swv}, '2020-01-01')`);
await db.execute(sql`insert into bestuur (naam, bestuursnummer) values ('Bench', '99999')`);
await db.execute(sql`insert into school (brin, vestiging, naam, soort, gemeente, bestuur_id, swv_id)
  select lpad(g::text, 2, '0') || 'BB', '00', 'School ' || g, 'po', 'Bench', (select id from bestuur), ${swv} from generate_series(10, 29) g`);
await db.execute(sql`insert into leerling (id, voornaam, achternaam, geboortedatum, geslacht)
  select md5('l' || g)::uuid, 'Kind', 'Bench' || g, '2016-01-01', case when g % 2 = 0 then 'm' else 'v' end::geslacht from generate_series(1, ${pupils}) g`);
const vragenlijstId = await kopieerStandaardVragenlijst(db, swv);
const [{ m1, m2 }] = await queryRows<{ m1: string; m2: string }>(db, sql`
  with a as (insert into meting (vragenlijst_id, nummer, naam, van, tot, leerjaren) values (${vragenlijstId}, 1, 'Meting 1', '2024-10-01', '2024-10-31', '{6}') returning id),
       b as (insert into meting (vragenlijst_id, nummer, naam, van, tot) values (${vragenlijstId}, 2, 'Meting 2', '2026-10-01', '2026-10-31') returning id)
  select a.id as m1, b.id as m2 from a, b`);
await db.execute(sql`insert into monitor_respondent (id, vragenlijst_id, leerling_id) select md5('r' || l.id)::uuid, ${vragenlijstId}, l.id from leerling l`);
await db.execute(sql`insert into monitor_uitnodiging (meting_id, respondent_id, school_id, leerjaar)
  select m.id, r.id, (select id from school order by id offset (hashtext(r.id::text) & 65535) % 20 limit 1), 6
    from monitor_respondent r cross join meting m where m.nummer = 1 or (hashtext(r.id::text || 'w2') & 1) = 0`);
const [v] = await queryRows<{ id: string }>(db, sql`insert into voorziening (swv_id, naam, laag, vorm, doelgroep, doelen, expliciet_cognitief_doel,
    vaste_leerkracht, duur, dagen_tijden, locatie, gemeente, leeftijd_van, leeftijd_tot, contact_naam)
  values (${swv}, 'Plusklas', 'in_de_school', 'plusklas', 'groep 6', 'doelen', true, true, 'heel_jaar', 'di', 'x', 'x', 8, 12, 'x') returning id`);
await db.execute(sql`insert into plaatsing (leerling_id, voorziening_id, van, status, wenperiode_weken, wenperiode_tot, geplaatst_door)
  select id, ${v!.id}, '2024-09-01', 'geplaatst', 4, '2024-09-29', ${account} from leerling where (hashtext(id::text || 'p') & 3) = 0`);
await db.execute(sql`insert into monitor_antwoord (meting_id, respondent_id, item_id, score)
  select u.meting_id, u.respondent_id, i.id, 1 + (hashtext(u.respondent_id::text || i.code || u.meting_id::text) & 65535) % 5
    from monitor_uitnodiging u cross join vragenlijst_item i
   where i.vragenlijst_id = ${vragenlijstId} and (hashtext(u.respondent_id::text || i.code || 's') & 65535) > 5243`);
const [{ n }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from monitor_antwoord`);
const seeded = performance.now() - t0;

const actor: Actor = { accountId: account, naam: 'Bench SWV', email: 'swv@bench.nl', soort: 'medewerker', rollen: ['swv_medewerker'], leerlingId: null };
const meta = { route: 'bench', ip: '127.0.0.1' };
const timed = async <T>(work: () => Promise<T>): Promise<[T, number, number]> => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const r = await work();
  const used = process.cpuUsage(cpu);
  return [r, performance.now() - start, (used.user + used.system) / 1000];
};
// RUNS=n repeats the read and the analysis on the same data (seeding takes a minute); one line per run.
for (let run = 1; run <= Number(process.env.RUNS ?? 1); run++) {
  const [rijen, query, queryCpu] = await timed(() => findImpactRijen(db, vragenlijstId, swv));
  const [result, total, totalCpu] = await timed(() => analyseerImpact(db, actor, vragenlijstId, {}, meta));
  console.log(JSON.stringify({
    run, answerRows: n, rowsRead: rijen.antwoorden.n, pupils, seededMs: Math.round(seeded),
    queryMs: Math.round(query), queryCpuMs: Math.round(queryCpu), impactMs: Math.round(total), impactCpuMs: Math.round(totalCpu),
    scalesShown: result.groepen[0]!.schalen.filter((s) => !s.onderdrukt).length, m1, m2,
  }));
}
await database.close();
