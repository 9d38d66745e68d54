// Times the blind-spot report (one pass, GROUP BY GROUPING SETS) on a PostgreSQL region.
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:55432/piramide npx tsx bench/blinde-vlekken.ts
// If the region has no signals or LVS results yet, the bench adds synthetic ones (5 % nominated,
// 10 % screened, 3 LVS results per pupil) inside a transaction and rolls it back afterwards:
// the database is left as it was. The LVS insert fires the triggers that fill lvs_stand, as an
// import does; run `npx piramide migrate` against the database first.
import os from 'node:os';
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import * as schema from '../src/server/core/db/schema.js';
import type { Db } from '../src/server/core/db/db.js';
import { huidigSchooljaar } from '../src/server/core/schooljaar.js';
import { findBlindeVlekken, REPORT_WORK_MEM } from '../src/server/signalering/blinde-vlekken.repo.js';

const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
if (!url) throw new Error('Zet BENCH_DATABASE_URL (PostgreSQL met een demo-regio).');
const RUNS = Number(process.env.RUNS ?? 5);

const client = new pg.Client({ connectionString: url });
await client.connect();
const db = drizzle(client, { schema, casing: 'snake_case' }) as unknown as Db;
const q = async <T>(text: string) => (await client.query(text)).rows as T[];
const jaar = huidigSchooljaar();

await client.query('begin');
try {
  const [{ n: leerlingen }] = await q<{ n: number }>('select count(*)::int as n from leerling');
  const [{ n: signalen }] = await q<{ n: number }>('select count(*)::int as n from signaal');
  const [{ n: lvs }] = await q<{ n: number }>('select count(*)::int as n from lvs_resultaat');
  let synthetisch = false;
  if (signalen === 0 || lvs === 0) {
    synthetisch = true;
    const door = (await q<{ id: string }>('select id from account limit 1'))[0]!.id;
    await client.query(`insert into signaal (leerling_id, soort, schooljaar, door, datum)
      select id, (case when random() < 0.1 then 'dubbel_bijzonder' else 'nominatie' end)::signaal_soort, ${jaar}, '${door}', now()::date
        from leerling where random() < 0.05`);
    await client.query(`insert into screening (leerling_id, schooljaar, instrument, datum, uitkomst, door)
      select id, ${jaar}, 'DHH', now()::date, (array['geen_signaal','signaal','sterk_signaal'])[1 + floor(random() * 3)]::screening_uitkomst, '${door}'
        from leerling where random() < 0.10`);
    await client.query(`insert into lvs_resultaat (leerling_id, toets, vak, datum, score, percentiel)
      select l.id, 'Cito', 'Rekenen', (now() - (k * 180 || ' days')::interval)::date, 200 + k, floor(random() * 101)::int
        from leerling l cross join generate_series(0, 2) k`);
    await client.query('analyze signaal; analyze screening; analyze lvs_resultaat; analyze lvs_stand');
  }
  const [regio] = await q<{ id: string; n: number }>(`select s.swv_id as id, count(*)::int as n from inschrijving i join school s on s.id = i.school_id
    where i.tot is null group by s.swv_id order by 2 desc limit 1`);
  const [school] = await q<{ id: string; n: number }>(`select school_id as id, count(*)::int as n from inschrijving where tot is null
    group by school_id order by 2 desc limit 1`);

  await db.execute(REPORT_WORK_MEM); // as the service does, in this (rolled back) transaction
  async function time(label: string, bereik: Parameters<typeof findBlindeVlekken>[1]) {
    const ms: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const t0 = performance.now();
      await findBlindeVlekken(db, bereik, jaar);
      if (i > 0) ms.push(performance.now() - t0); // the first run warms the cache
    }
    ms.sort((a, b) => a - b);
    console.log(`${label}: mediaan ${ms[Math.floor(ms.length / 2)]!.toFixed(0)} ms (min ${ms[0]!.toFixed(0)}, max ${ms.at(-1)!.toFixed(0)}, ${RUNS} runs)`);
  }
  const [{ version }] = await q<{ version: string }>('select version()');
  console.log(`${leerlingen} leerlingen${synthetisch ? ' (synthetische signalen/LVS, teruggedraaid)' : ''}; ${version.split(',')[0]}; ${os.cpus().length}× ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB`);
  await time(`regio (${regio!.n} leerlingen)`, { soort: 'regio', swvId: regio!.id });
  await time(`school (${school!.n} leerlingen)`, { soort: 'school', schoolId: school!.id });
} finally {
  await client.query('rollback');
  await client.end();
}
