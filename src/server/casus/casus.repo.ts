// Typed queries of the case capability.
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../core/db/db.js';
import { standaardVoorwaarden, type Fase } from './fasen.js';

export const leerlingNaam = sql`concat_ws(' ', l.voornaam, l.tussenvoegsel, l.achternaam)`;

export type OpenCasus = {
  id: string; leerling_id: string; soort: string; geopend: string; groeidoel: string | null;
  casemanager_id: string; casemanager_naam: string; casemanager_email: string;
};

export async function findOpenCasus(db: DbOrTx, leerlingId: string): Promise<OpenCasus | undefined> {
  const [c] = await queryRows<OpenCasus>(db, sql`
    select c.id, c.leerling_id, c.soort::text as soort, c.geopend::text as geopend, c.groeidoel,
           c.casemanager_id, a.naam as casemanager_naam, a.email as casemanager_email
      from casus c join account a on a.id = c.casemanager_id
     where c.leerling_id = ${leerlingId} and c.gesloten is null`);
  return c;
}

export async function findLeerlingNaam(db: DbOrTx, leerlingId: string): Promise<string> {
  const [r] = await queryRows<{ naam: string }>(db, sql`select ${leerlingNaam} as naam from leerling l where l.id = ${leerlingId}`);
  return r?.naam ?? '';
}

/** The SWV of the pupil's stamschool today. */
export async function findSwvVanLeerling(db: DbOrTx, leerlingId: string): Promise<string | null> {
  const [r] = await queryRows<{ swv_id: string }>(db, sql`
    select s.swv_id from inschrijving i join school s on s.id = i.school_id
     where i.leerling_id = ${leerlingId} and i.van <= current_date and (i.tot is null or i.tot >= current_date)
     order by i.van desc limit 1`);
  return r?.swv_id ?? null;
}

/** The conditions of a phase for this pupil: the SWV's own, or the source's defaults. */
export async function voorwaardenVoor(db: DbOrTx, leerlingId: string, fase: Fase): Promise<string[]> {
  const swv = await findSwvVanLeerling(db, leerlingId);
  if (!swv) return standaardVoorwaarden[fase];
  const eigen = await queryRows<{ tekst: string }>(db, sql`
    select tekst from fase_voorwaarde where swv_id = ${swv} and fase = ${fase} and actief order by volgorde`);
  return eigen.length > 0 ? eigen.map((r) => r.tekst) : standaardVoorwaarden[fase];
}

/** The SWV a staff member works for (SWV staff or functioneel beheerder with an SWV scope). */
export async function findSwvVanMedewerker(db: DbOrTx, accountId: string): Promise<string | null> {
  const [r] = await queryRows<{ swv_id: string }>(db, sql`
    select swv_id from functie where account_id = ${accountId} and swv_id is not null
       and soort in ('swv_medewerker', 'functioneel_beheerder') and van <= current_date and (tot is null or tot >= current_date)
     limit 1`);
  return r?.swv_id ?? null;
}
