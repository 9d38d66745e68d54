// The demo generator on a small region: deterministic, consistent, and telling one demo story that
// the access rules themselves confirm.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rollen, type Actor, type Rol } from '../core/access/actor.js';
import { relationsWith } from '../core/access/leerling-access.js';
import type { Relatie } from '../core/access/leerling.policy.js';
import { verifyPassword } from '../core/auth/password.js';
import { openDatabase, pgliteClient, queryRows, type Database, type Db } from '../core/db/db.js';
import { huidigSchooljaar } from '../core/schooljaar.js';
import { loadDemoRegion, type DemoLogin } from './generate-region.js';

const PUPILS = 600;
let a: Database;
let b: Database;
let c: Database;
let logins: DemoLogin[];

beforeAll(async () => {
  // Migrate once; each region starts from a copy of that empty database.
  const leeg = await openDatabase({ kind: 'pglite' });
  await leeg.migrate();
  const kopie = await pgliteClient(leeg).dumpDataDir('none');
  await leeg.close();
  const loaded = async (seed: number): Promise<[Database, DemoLogin[]]> => {
    const database = await openDatabase({ kind: 'pglite', loadDataDir: kopie });
    return [database, await loadDemoRegion(database.db, { pupils: PUPILS, seed })];
  };
  [a, logins] = await loaded(7);
  [b] = await loaded(7);
  [c] = await loaded(8);
}, 300_000);
afterAll(async () => {
  await Promise.all([a, b, c].map((d) => d?.close()));
});

const count = async (db: Db, query: string) =>
  Number((await queryRows<{ n: string | number }>(db, sql.raw(`select count(*) as n from (${query}) x`)))[0].n);

const pupilList = (db: Db) => queryRows<Record<string, string>>(db, sql`
  select id, voornaam, tussenvoegsel, achternaam, geboortedatum::text, geslacht from leerling order by id`);

describe('determinism', () => {
  it('gives the same pupils, with the same ids, for the same seed and size', async () => {
    const [x, y] = await Promise.all([pupilList(a.db), pupilList(b.db)]);
    expect(x).toHaveLength(PUPILS);
    expect(y).toEqual(x);
    const accounts = `select id, email, naam from account order by id`;
    expect(await queryRows(b.db, sql.raw(accounts))).toEqual(await queryRows(a.db, sql.raw(accounts)));
  });

  it('gives other pupils for another seed', async () => {
    const [x, z] = await Promise.all([pupilList(a.db), pupilList(c.db)]);
    expect(z).toHaveLength(PUPILS);
    expect(z.map((p) => p.id)).not.toEqual(x.map((p) => p.id));
  });

  it('draws uuids in version-4 form', async () => {
    expect(await count(a.db, `select 1 from leerling where id::text !~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'`)).toBe(0);
  });
});

describe('the region', () => {
  it('has two SWVs, po, vo and so schools with BRIN numbers, and local tables per municipality', async () => {
    expect(await queryRows(a.db, sql`select sector::text from samenwerkingsverband order by sector`)).toEqual([{ sector: 'po' }, { sector: 'vo' }]);
    const soorten = await queryRows<{ soort: string; n: string | number }>(a.db, sql`select soort::text, count(*) as n from school group by 1 order by 1`);
    expect(soorten.map((s) => s.soort)).toEqual(['po', 'so', 'vo']);
    expect(await count(a.db, `select 1 from school where brin !~ '^[0-9]{2}[A-Z]{2}$' or vestiging <> '00'`)).toBe(0);
    expect(await count(a.db, `select 1 from school where lokale_tafel_id is null`)).toBe(0);
    expect(await count(a.db, `select distinct gemeente from school`)).toBeGreaterThanOrEqual(3);
  });

  it('puts every pupil in one class of this school year, with one open registration and one monitoring row', async () => {
    expect(await count(a.db, 'select 1 from leerling')).toBe(PUPILS);
    expect(await count(a.db, `select leerling_id from groep_leerling gl join groep g on g.id = gl.groep_id
      where g.schooljaar = ${huidigSchooljaar()} group by 1 having count(*) = 1`)).toBe(PUPILS);
    expect(await count(a.db, 'select leerling_id from inschrijving where tot is null group by 1 having count(*) = 1')).toBe(PUPILS);
    expect(await count(a.db, 'select 1 from monitoring_kenmerk')).toBe(PUPILS);
    // the class is at the school of the open registration
    expect(await count(a.db, `select 1 from groep_leerling gl join groep g on g.id = gl.groep_id
      join inschrijving i on i.leerling_id = gl.leerling_id and i.tot is null where i.school_id <> g.school_id`)).toBe(0);
  });

  it('closes an earlier registration at another school the day before the current one starts', async () => {
    const overstappers = await count(a.db, 'select 1 from inschrijving where tot is not null');
    expect(overstappers).toBeGreaterThan(0);
    expect(overstappers).toBeLessThan(PUPILS * 0.1);
    expect(await count(a.db, `select 1 from inschrijving oud join inschrijving nu on nu.leerling_id = oud.leerling_id and nu.tot is null
      where oud.tot is not null and (oud.tot <> nu.van - 1 or oud.school_id = nu.school_id)`)).toBe(0);
  });

  it('gives birth dates that fit the jaargroep or leerjaar', async () => {
    const jaar = huidigSchooljaar();
    // niveau: jaargroep 1–8, then 9 for vo leerjaar 1; the cohort ends on 30 September of jaar - 3 - niveau
    expect(await count(a.db, `select 1 from leerling l join groep_leerling gl on gl.leerling_id = l.id
      join groep g on g.id = gl.groep_id join school s on s.id = g.school_id,
      lateral (select g.leerjaar + case when s.soort = 'vo' then 8 else 0 end as niveau) n
      where l.geboortedatum > make_date(${jaar} - 3 - n.niveau, 9, 30)
         or l.geboortedatum < make_date(${jaar} - 5 - n.niveau, 10, 1)`)).toBe(0);
  });

  it('gives every class one teacher, every school one IB, every pupil one or two parents', async () => {
    expect(await count(a.db, `select g.id from groep g join groep_leraar gr on gr.groep_id = g.id
      join functie f on f.account_id = gr.account_id and f.soort = 'leraar' and f.school_id = g.school_id
      group by 1 having count(*) = 1`)).toBe(await count(a.db, 'select 1 from groep'));
    expect(await count(a.db, `select school_id from functie where soort = 'ib' group by 1 having count(*) = 1`))
      .toBe(await count(a.db, 'select 1 from school'));
    expect(await count(a.db, 'select leerling_id from ouder_kind group by 1 having count(*) between 1 and 2')).toBe(PUPILS);
  });

  it('gives a password only to the demo accounts', async () => {
    const metWachtwoord = await queryRows<{ email: string }>(a.db, sql`select email from account where wachtwoord_hash is not null order by email`);
    expect(metWachtwoord.map((r) => r.email)).toEqual(logins.map((l) => l.email).sort());
  });
});

describe('the demo story', () => {
  it('has one log-in per role, all with the published password', async () => {
    expect(logins.map((l) => l.rol)).toEqual([...rollen]);
    for (const l of logins) {
      expect(l.email).toMatch(/^[a-z]+@demo\.piramide\.nl$/);
      expect(l.wachtwoord).toBe('Piramide-demo-2026');
      expect(l.toelichting.length).toBeGreaterThan(20);
    }
    const [row] = await queryRows<{ wachtwoord_hash: string }>(a.db, sql`select wachtwoord_hash from account where email = 'ouder@demo.piramide.nl'`);
    expect(await verifyPassword(row.wachtwoord_hash, 'Piramide-demo-2026')).toBe(true);
  });

  it('ties the demo pupil to the demo teacher, IB, specialist, case manager, parent and own account', async () => {
    const [kind] = await queryRows<{ leerling_id: string }>(a.db, sql`select leerling_id from account where email = 'leerling@demo.piramide.nl'`);
    const verwacht: Partial<Record<Rol, Relatie>> = {
      leraar: 'eigen_klas', ib: 'eigen_school', specialist: 'aangesteld', casemanager: 'eigen_casus',
      ouder: 'eigen_kind', leerling: 'zelf', zorgverlener: 'casus_zorg', procesbegeleider: 'casus_proces',
    };
    for (const login of logins) {
      const actor = await actorFor(a.db, login);
      const relaties = await relationsWith(a.db, actor, kind.leerling_id);
      expect({ rol: login.rol, relaties }).toEqual({ rol: login.rol, relaties: verwacht[login.rol] ? [verwacht[login.rol]] : [] });
    }
    const leraar = logins.find((l) => l.rol === 'leraar')!;
    expect(leraar.toelichting).toMatch(/^Leraar van groep 6[a-z] op [A-Z]+ De Regenboog/);
  });
});

describe('the monitor in the demo', () => {
  it('has a questionnaire with two waves, answers in both, placements, and an open wave for the demo pupil', async () => {
    const [m] = await queryRows<{ metingen: number; antwoorden1: number; antwoorden2: number; plaatsingen: number }>(a.db, sql`
      select (select count(*) from meting)::int as metingen,
             (select count(*) from monitor_antwoord a join meting m on m.id = a.meting_id and m.nummer = 1)::int as antwoorden1,
             (select count(*) from monitor_antwoord a join meting m on m.id = a.meting_id and m.nummer = 2)::int as antwoorden2,
             (select count(*) from plaatsing)::int as plaatsingen`);
    expect(m!.metingen).toBe(2);
    expect(m!.antwoorden1).toBeGreaterThan(m!.antwoorden2);
    expect(m!.antwoorden2).toBeGreaterThan(0);
    expect(m!.plaatsingen).toBeGreaterThan(0);
    const [open] = await queryRows<{ n: number }>(a.db, sql`
      select count(*)::int as n from monitor_uitnodiging u join monitor_respondent r on r.id = u.respondent_id
        join account acc on acc.leerling_id = r.leerling_id and acc.email = 'leerling@demo.piramide.nl'
        join meting m on m.id = u.meting_id and m.van <= current_date and m.tot >= current_date where u.afgerond is null`);
    expect(open!.n).toBe(1);
    const monitor = `select a.respondent_id, i.code, m.nummer, a.score from monitor_antwoord a join meting m on m.id = a.meting_id
      join vragenlijst_item i on i.id = a.item_id order by a.respondent_id, i.code, m.nummer`;
    expect(await queryRows(b.db, sql.raw(monitor))).toEqual(await queryRows(a.db, sql.raw(monitor)));
  });
});

describe('the demo catalogue', () => {
  it('offers every layer in each SWV, links the full-time class to a school, and leaves one municipality without an in-school offer', async () => {
    const lagen = await queryRows<{ swv_id: string; lagen: string[] }>(a.db, sql`
      select swv_id, array_agg(distinct laag::text order by laag::text) as lagen from voorziening group by swv_id`);
    expect(lagen).toHaveLength(2);
    for (const r of lagen) expect(r.lagen).toEqual(['bovenschools', 'in_de_klas', 'in_de_school']);
    expect(await count(a.db, `select 1 from voorziening where vorm = 'voltijd' and gekoppelde_school_id is null`)).toBe(0);
    expect(await count(a.db, `select distinct s.gemeente from school s where s.soort = 'po' and s.gemeente not in
      (select gemeente from voorziening where laag = 'in_de_school')`)).toBeGreaterThan(0);
  });

  it('places pupils, keeps a waiting list, and lets the demo coordinator see her pupils', async () => {
    expect(await count(a.db, `select 1 from plaatsing`)).toBeGreaterThan(0);
    expect(await count(a.db, `select 1 from wachtlijst_plaats where status = 'wachtend'`)).toBeGreaterThan(0);
    const login = logins.find((l) => l.rol === 'coordinator')!;
    const actor = await actorFor(a.db, login);
    const [p] = await queryRows<{ leerling_id: string }>(a.db, sql`
      select p.leerling_id from plaatsing p join voorziening v on v.id = p.voorziening_id where v.coordinator_id = ${actor.accountId} limit 1`);
    expect(await relationsWith(a.db, actor, p!.leerling_id)).toEqual(['eigen_voorziening']);
    // a settling-in period has ended, so the coordinator's worklist asks her to confirm a placement
    expect(await count(a.db, `select 1 from plaatsing p join voorziening v on v.id = p.voorziening_id
      where v.coordinator_id = '${actor.accountId}' and p.status = 'wenperiode' and p.wenperiode_tot < current_date`)).toBe(1);
  });

  it('asks the demo parent for consent to an application', async () => {
    const [kind] = await queryRows<{ leerling_id: string }>(a.db, sql`select leerling_id from account where email = 'leerling@demo.piramide.nl'`);
    const rijen = await queryRows<{ status: string }>(a.db, sql`select status::text from aanvraag where leerling_id = ${kind!.leerling_id}`);
    expect(rijen).toEqual([{ status: 'wacht_op_ouders' }]);
  });
});

describe('the demo OPPs', () => {
  it('gives pupils of the demo school a plan with goals, a handelingsdeel and class adaptations', async () => {
    const [kind] = await queryRows<{ leerling_id: string }>(a.db, sql`select leerling_id from account where email = 'leerling@demo.piramide.nl'`);
    const [r] = await queryRows<{ plannen: number; zonder_doelen: number; aanpassingen: number; scholen: number }>(a.db, sql`
      select (select count(*) from opp)::int as plannen,
             (select count(*) from opp_versie where jsonb_array_length(inhoud->'doelen') = 0 or jsonb_array_length(inhoud->'handelingsdeel') = 0)::int as zonder_doelen,
             (select count(distinct leerling_id) from klasaanpassing)::int as aanpassingen,
             (select count(distinct school_id) from opp)::int as scholen`);
    expect(r).toEqual({ plannen: 12, zonder_doelen: 0, aanpassingen: 12, scholen: 1 });
    // the IB of that school may write every one of them
    const ib = await actorFor(a.db, logins.find((l) => l.rol === 'ib')!);
    for (const o of await queryRows<{ leerling_id: string }>(a.db, sql`select leerling_id from opp`)) {
      expect(await relationsWith(a.db, ib, o.leerling_id)).toEqual(['eigen_school']);
    }
    // the demo pupil's version 2 waits for the demo parent's consent; version 1 has it
    const versies = await queryRows<{ versie: number; instemmingen: number }>(a.db, sql`
      select v.versie, (select count(*) from opp_instemming i where i.versie_id = v.id)::int as instemmingen
        from opp_versie v join opp o on o.id = v.opp_id where o.leerling_id = ${kind!.leerling_id} order by v.versie`);
    expect(versies).toEqual([{ versie: 1, instemmingen: 1 }, { versie: 2, instemmingen: 0 }]);
    const [e] = await queryRows<{ gepland: string }>(a.db, sql`
      select e.gepland::text from opp_evaluatie e join opp o on o.id = e.opp_id where o.leerling_id = ${kind!.leerling_id} and e.gehouden is null`);
    expect(e!.gepland > new Date().toISOString().slice(0, 10)).toBe(true);
    expect(await count(a.db, `select 1 from portfolio where leraar_evaluatie is not null and leerling_terugblik is not null`)).toBe(1);
    expect(await count(a.db, `select 1 from opp_evaluatie where gehouden is null and gepland < current_date`)).toBeGreaterThan(0);
  });
});

/** The actor a log-in gives, its roles worked out as the session does: from the open positions. */
async function actorFor(db: Db, login: DemoLogin): Promise<Actor> {
  const [r] = await queryRows<{ id: string; soort: Actor['soort']; leerling_id: string | null; functies: Rol[] | null }>(db, sql`
    select a.id, a.soort::text as soort, a.leerling_id,
           (select array_agg(f.soort::text) from functie f where f.account_id = a.id and f.tot is null) as functies
      from account a where a.email = ${login.email}`);
  return {
    accountId: r.id, naam: login.naam, email: login.email, soort: r.soort, leerlingId: r.leerling_id,
    rollen: r.soort === 'medewerker' ? (r.functies ?? []) : [r.soort],
  };
}
