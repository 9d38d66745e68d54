// The home page's figures per role: counts first (source: UX "Work comes to you"). Counts are
// aggregates, not pupil data, so they need no audit row.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/db.js';
import { hasRol, type Actor } from '../core/access/actor.js';
import { visibleLeerlingen } from '../core/access/leerling-access.js';
import { huidigSchooljaar, vandaag } from '../core/schooljaar.js';
import { countVerlopen } from '../vangnet/vangnet.repo.js';

export type Kengetal = { sleutel: string; aantal: number };

async function count(db: Db, query: ReturnType<typeof sql>): Promise<number> {
  const [r] = await queryRows<{ n: number | string }>(db, query);
  return Number(r!.n);
}

export async function homeFor(db: Db, actor: Actor, totpActief: boolean) {
  const kengetallen: Kengetal[] = [];
  const a = actor.accountId;
  const zichtbaar = (rolFilter: Actor) => visibleLeerlingen(rolFilter, sql`l.id`, 'leerling.bekijken');
  const alleen = (...r: Actor['rollen']) => ({ ...actor, rollen: actor.rollen.filter((x) => r.includes(x)) });
  if (hasRol(actor, 'leraar')) {
    kengetallen.push({ sleutel: 'klassen', aantal: await count(db, sql`select count(*) as n from groep_leraar gr join groep g on g.id = gr.groep_id where gr.account_id = ${a} and g.schooljaar = ${huidigSchooljaar()}`) });
    kengetallen.push({ sleutel: 'leerlingen_in_mijn_klassen', aantal: await count(db, sql`select count(*) as n from leerling l where ${zichtbaar(alleen('leraar'))}`) });
  }
  if (hasRol(actor, 'ib', 'specialist')) {
    kengetallen.push({ sleutel: 'scholen', aantal: await count(db, sql`select count(distinct s.id) as n from functie f join school s on s.id = f.school_id or s.bestuur_id = f.bestuur_id or s.swv_id = f.swv_id where f.account_id = ${a} and f.soort in ('ib', 'specialist') and f.van <= ${vandaag()}::date and (f.tot is null or f.tot >= ${vandaag()}::date)`) });
    kengetallen.push({ sleutel: 'leerlingen_op_mijn_scholen', aantal: await count(db, sql`select count(*) as n from leerling l where ${zichtbaar(alleen('ib', 'specialist'))}`) });
  }
  if (hasRol(actor, 'casemanager')) {
    kengetallen.push({ sleutel: 'mijn_casussen', aantal: await count(db, sql`select count(*) as n from casus where casemanager_id = ${a} and gesloten is null`) });
    kengetallen.push({ sleutel: 'vangnet_verlopen', aantal: await countVerlopen(db, { casemanagerId: a }) });
  }
  if (hasRol(actor, 'swv_medewerker')) {
    // Escalation of passed vangnet deadlines (source: 003 §20.3): a count for the SWV, no pupil data.
    const [swv] = await queryRows<{ swv_id: string }>(db, sql`select swv_id from functie where account_id = ${a} and soort = 'swv_medewerker' and swv_id is not null and van <= current_date and (tot is null or tot >= current_date) limit 1`);
    if (swv) kengetallen.push({ sleutel: 'vangnet_verlopen_regio', aantal: await countVerlopen(db, { swvId: swv.swv_id }) });
  }
  if (hasRol(actor, 'ouder')) {
    kengetallen.push({ sleutel: 'kinderen', aantal: await count(db, sql`select count(*) as n from ouder_kind where account_id = ${a}`) });
  }
  if (hasRol(actor, 'privacy_officer')) {
    kengetallen.push({ sleutel: 'auditregels_vandaag', aantal: await count(db, sql`select count(*) as n from audit_log where tijdstip >= (${vandaag()}::date)::timestamp at time zone 'Europe/Amsterdam'`) });
  }
  return { rollen: actor.rollen, kengetallen, totpAanbevolen: actor.soort === 'medewerker' && !totpActief };
}
