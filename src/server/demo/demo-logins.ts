// The demo log-ins printed at start: all demo accounts share one published password.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/db.js';
import type { Rol } from '../core/access/actor.js';
import type { DemoLogin } from './generate-region.js';

export const DEMO_DOMEIN = 'demo.piramide.nl';
export const DEMO_WACHTWOORD = 'Piramide-demo-2026';

/** The demo accounts already in the database (on a second start), with their role. */
export async function storedDemoLogins(db: Db): Promise<DemoLogin[]> {
  const rijen = await queryRows<{ email: string; naam: string; soort: string; rol: string | null }>(db, sql`
    select a.email, a.naam, a.soort::text as soort, min(f.soort::text) as rol
      from account a left join functie f on f.account_id = a.id
     where a.email like ${`%@${DEMO_DOMEIN}`} and a.wachtwoord_hash is not null
     group by a.email, a.naam, a.soort order by a.email`);
  return rijen.map((r) => ({
    rol: (r.soort === 'medewerker' ? r.rol : r.soort) as Rol,
    email: r.email, naam: r.naam, wachtwoord: DEMO_WACHTWOORD, toelichting: '',
  }));
}

export function printDemoLogins(logins: DemoLogin[]): void {
  if (logins.length === 0) return;
  console.log('\nDemo-accounts (synthetische gegevens, geen echte personen):');
  const breed = Math.max(...logins.map((l) => l.email.length));
  for (const l of logins) {
    console.log(`  ${l.rol.padEnd(22)} ${l.email.padEnd(breed)}  ${l.wachtwoord}${l.toelichting ? `  — ${l.toelichting}` : ''}`);
  }
  console.log('');
}
