// Monitor test data on top of the test region: 60 pupils in groep 5a of school A, the first 20 placed in
// one of two provisions of the region (12 with a fixed teacher, a cognitive goal and a whole year, 8
// without), and a way to give them answers in both waves.
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/server/core/db/db.js';
import { queryRows } from '../../src/server/core/db/db.js';
import * as s from '../../src/server/core/db/schema.js';
import { isoDate } from '../../src/server/core/schooljaar.js';
import { actors } from './region.js';

export const SWV = '00000000-0000-4000-8000-000000000001';
export const SCHOOL_A = '00000000-0000-4000-8000-000000000021';
const GROEP_A5 = '00000000-0000-4000-8000-000000000031';
export const dag = (n: number) => isoDate(new Date(Date.now() + n * 86_400_000));
export const extraLeerlingen = Array.from({ length: 60 }, (_, i) => `00000000-0000-4000-9000-${String(i + 1).padStart(12, '0')}`);

export async function seedMonitorLeerlingen(db: Db): Promise<void> {
  await db.insert(s.leerling).values(extraLeerlingen.map((id, i) => ({
    id, voornaam: `Kind${i}`, achternaam: `Monitor${i}`, geboortedatum: '2016-01-01', geslacht: (i % 2 ? 'v' : 'm') as 'v' | 'm',
  })));
  await db.insert(s.inschrijving).values(extraLeerlingen.map((leerlingId) => ({ leerlingId, schoolId: SCHOOL_A, van: '2022-08-15' })));
  await db.insert(s.groepLeerling).values(extraLeerlingen.map((leerlingId) => ({ groepId: GROEP_A5, leerlingId })));
  await db.insert(s.monitoringKenmerk).values(extraLeerlingen.map((leerlingId, i) => ({
    leerlingId, opleidingOuders: (i % 3 === 0 ? 'hoog' : 'laag') as 'hoog' | 'laag', thuistaal: (i % 4 === 0 ? 'anders' : 'nl') as 'anders' | 'nl',
  })));
  await db.insert(s.lvsStand).values(extraLeerlingen.map((leerlingId, i) => ({ leerlingId, laatstePercentiel: (i * 37) % 100, laatsteDatum: dag(-30), gedaald: false })));
  const voorziening = (naam: string, ja: boolean) => ({
    swvId: SWV, naam, laag: 'in_de_school' as const, vorm: 'plusklas' as const, doelgroep: 'groep 5–8', doelen: 'Leren leren',
    explicietCognitiefDoel: ja, vasteLeerkracht: ja, duur: ja ? 'heel_jaar' as const : 'korter' as const, dagenTijden: 'dinsdagochtend',
    locatie: 'De Aakster', gemeente: 'Aadorp', leeftijdVan: 8, leeftijdTot: 12, contactNaam: 'Sem Specialist',
  });
  const [v, kort] = await db.insert(s.voorziening).values([voorziening('Plusklas De Uitdaging', true), voorziening('Korte plusgroep', false)]).returning();
  await db.insert(s.plaatsing).values(extraLeerlingen.slice(0, 20).map((leerlingId, i) => ({
    leerlingId, voorzieningId: i < 12 ? v!.id : kort!.id, van: dag(-60), status: 'geplaatst' as const,
    wenperiodeWeken: 4, wenperiodeTot: dag(-32), geplaatstDoor: actors.swv,
  })));
}

/** Answers of the 60 pupils to every item in both waves (about 8 % skipped); participants score higher at wave 2. */
export async function seedMonitorAntwoorden(db: Db, vragenlijstId: string, meting1: string, meting2: string): Promise<void> {
  const items = await queryRows<{ id: string; omgepoold: boolean }>(db, sql`select id, omgepoold from vragenlijst_item where vragenlijst_id = ${vragenlijstId}`);
  const resp = await queryRows<{ id: string; leerling_id: string }>(db, sql`select id, leerling_id from monitor_respondent where vragenlijst_id = ${vragenlijstId}`);
  let seed = 11;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const rows: { metingId: string; respondentId: string; itemId: string; score: number }[] = [];
  for (const r of resp) {
    const i = extraLeerlingen.indexOf(r.leerling_id);
    if (i < 0) continue;
    for (const [metingId, plus] of [[meting1, 0], [meting2, i < 20 ? 1 : 0]] as const) {
      for (const it of items) {
        if (rnd() < 0.08) continue;
        rows.push({ metingId, respondentId: r.id, itemId: it.id, score: Math.min(5, Math.max(1, Math.round(2.5 + rnd() * 2 + (it.omgepoold ? -plus : plus)))) });
      }
    }
  }
  await db.insert(s.monitorAntwoord).values(rows);
}
