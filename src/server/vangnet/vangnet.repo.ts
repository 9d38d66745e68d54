// Queries of the vangnet: one route as the case page shows it, and the routes with a deadline.
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../core/db/db.js';
import { datumInNederland, termijnStand, type TermijnStand } from './termijnen.js';

type Rij = {
  id: string; uitval: string; stamschool: string; contact: string | null; contact_persoon: string | null; contact_verslag: string | null;
  intake: string | null; intake_verslag: string | null; opvang_start: string | null; opvang_soort: 'huiskamer' | 'zorgboerderij' | 'anders' | null;
  opvang_aanbieder: string | null; plan: 'context_versterken' | 'school_in_de_buurt' | null; plan_toelichting: string | null;
  leerplicht_geinformeerd: string | null; leerplichtambtenaar: string | null; herintreding: string | null;
  herintreding_school: string | null; herintreding_toelichting: string | null;
};

/** Where the deadlines of a route stand today: the intake always, temporary care once it started. */
export function termijnenVan(v: { uitval: string; intake: string | null; opvang_start: string | null; herintreding: string | null }, vandaag: string): TermijnStand[] {
  const t = [termijnStand('intake', v.uitval, v.intake, vandaag)];
  if (v.opvang_start) t.push(termijnStand('tijdelijke_opvang', v.opvang_start, v.herintreding, vandaag));
  return t;
}

/** The latest vangnet route of a case (open, or the last one closed by re-entry). */
export async function findVangnet(db: DbOrTx, casusId: string, nu = new Date()) {
  const [v] = await queryRows<Rij>(db, sql`
    select v.id, v.uitval::text as uitval, s.naam as stamschool, v.contact::text as contact, v.contact_persoon, v.contact_verslag,
           v.intake::text as intake, v.intake_verslag, v.opvang_start::text as opvang_start, v.opvang_soort::text as opvang_soort,
           v.opvang_aanbieder, v.plan::text as plan, v.plan_toelichting, v.leerplicht_geinformeerd::text as leerplicht_geinformeerd,
           v.leerplichtambtenaar, v.herintreding::text as herintreding, h.naam as herintreding_school, v.herintreding_toelichting
      from vangnet v join school s on s.id = v.stamschool_id left join school h on h.id = v.herintreding_school_id
     where v.casus_id = ${casusId} order by v.herintreding nulls first, v.vastgelegd desc limit 1`);
  if (!v) return null;
  return {
    id: v.id, uitval: v.uitval, stamschool: v.stamschool, contact: v.contact, contactPersoon: v.contact_persoon, contactVerslag: v.contact_verslag,
    intake: v.intake, intakeVerslag: v.intake_verslag, opvangStart: v.opvang_start, opvangSoort: v.opvang_soort, opvangAanbieder: v.opvang_aanbieder,
    plan: v.plan, planToelichting: v.plan_toelichting, leerplichtGeinformeerd: v.leerplicht_geinformeerd, leerplichtambtenaar: v.leerplichtambtenaar,
    herintreding: v.herintreding, herintredingSchool: v.herintreding_school, herintredingToelichting: v.herintreding_toelichting,
    termijnen: termijnenVan(v, datumInNederland(nu)),
  };
}

export type OpenTraject = {
  id: string; leerling_id: string; naam: string; uitval: string; intake: string | null; opvang_start: string | null;
  herintreding: string | null; casemanager_id: string; casemanager_email: string; swv_id: string;
};

/** Open routes (no re-entry yet) of open cases, optionally of one case manager. */
export async function findOpenTrajecten(db: DbOrTx, casemanagerId?: string): Promise<OpenTraject[]> {
  return queryRows<OpenTraject>(db, sql`
    select v.id, c.leerling_id, concat_ws(' ', l.voornaam, l.tussenvoegsel, l.achternaam) as naam, v.uitval::text as uitval,
           v.intake::text as intake, v.opvang_start::text as opvang_start, v.herintreding::text as herintreding,
           c.casemanager_id, a.email as casemanager_email, s.swv_id
      from vangnet v join casus c on c.id = v.casus_id and c.gesloten is null
      join leerling l on l.id = c.leerling_id join account a on a.id = c.casemanager_id join school s on s.id = v.stamschool_id
     where v.herintreding is null ${casemanagerId ? sql`and c.casemanager_id = ${casemanagerId}` : sql``}
     order by v.uitval limit 500`);
}

/** How many open routes have a deadline that passed: of one SWV, or of one case manager (home page figures). */
export async function countVerlopen(db: DbOrTx, filter: { swvId?: string; casemanagerId?: string }, nu = new Date()): Promise<number> {
  const vandaag = datumInNederland(nu);
  const trajecten = (await findOpenTrajecten(db, filter.casemanagerId)).filter((v) => !filter.swvId || v.swv_id === filter.swvId);
  return trajecten.filter((v) => termijnenVan(v, vandaag).some((t) => t.stand === 'verlopen')).length;
}
