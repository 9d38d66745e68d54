// The reminder run: every capability contributes a source that lists what is due or overdue now; the
// run mails each reminder once and records it. A mail names no pupil: it says what waits and links to
// the app, where the reader's access is checked (mail leaves our control; the file does not).
import { inArray } from 'drizzle-orm';
import type { Db } from '../db/db.js';
import type { Mailer } from './mailer.js';
import { herinneringVerzonden } from './herinnering.table.js';

export type Herinnering = {
  /** Unique per reminder and occasion; the same key is never mailed twice. */
  sleutel: string;
  aan: string[];
  onderwerp: string;
  tekst: string;
  leerlingId?: string | null;
};

export type HerinneringBron = {
  soort: string;
  zoek(db: Db, nu: Date): Promise<Herinnering[]>;
};

export type HerinneringRun = { verzonden: number; mislukt: number };

export async function verstuurHerinneringen(
  db: Db, mailer: Mailer, bronnen: readonly HerinneringBron[], nu = new Date(),
): Promise<HerinneringRun> {
  const run: HerinneringRun = { verzonden: 0, mislukt: 0 };
  for (const bron of bronnen) {
    const kandidaten = (await bron.zoek(db, nu)).filter((h) => h.aan.length > 0);
    if (kandidaten.length === 0) continue;
    const al = await db.select({ sleutel: herinneringVerzonden.sleutel }).from(herinneringVerzonden)
      .where(inArray(herinneringVerzonden.sleutel, kandidaten.map((h) => h.sleutel)));
    const verzonden = new Set(al.map((r) => r.sleutel));
    for (const h of kandidaten) {
      if (verzonden.has(h.sleutel)) continue;
      try {
        await mailer.verstuur({ aan: h.aan, onderwerp: h.onderwerp, tekst: h.tekst });
      } catch {
        run.mislukt++; // not recorded, so the next run tries again
        continue;
      }
      await db.insert(herinneringVerzonden)
        .values({ sleutel: h.sleutel, soort: bron.soort, leerlingId: h.leerlingId ?? null, aan: h.aan })
        .onConflictDoNothing();
      verzonden.add(h.sleutel);
      run.verzonden++;
    }
  }
  return run;
}
