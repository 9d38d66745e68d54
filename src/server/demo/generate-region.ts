// A synthetic region for demos and load tests, drawn from a seed: the same seed and size give the
// same region (only the school year follows today's date). Names are random combinations of common
// Dutch names; no row describes a real person.
import { sql, type SQL } from 'drizzle-orm';
import type { Rol } from '../core/access/actor.js';
import { hashPassword } from '../core/auth/password.js';
import type { Db } from '../core/db/db.js';
import { huidigSchooljaar, schooljaarPeriode } from '../core/schooljaar.js';
import { writeInTransaction } from './bulk.js';
import { Buffers, type Context } from './demo-context.js';
import { DEMO_WACHTWOORD } from './demo-logins.js';
import { tellDemoStory } from './demo-story.js';
import { addDemoCasussen } from './demo-casus.js';
import { generateSchool } from './generate-school.js';
import { generateStructure } from './generate-structure.js';
import { generateAanbod } from './generate-aanbod.js';
import { Random } from './random.js';
import { planRegion } from './region-plan.js';
import { generateMonitorDemo } from '../monitor/demo-monitor.js';
import { addDemoOpps } from '../opp/demo-opp.js';

export type DemoLogin = { rol: Rol; email: string; wachtwoord: string; naam: string; toelichting: string };

export type DemoOptions = {
  /** Number of pupils; schools, classes and staff scale with it. Default 12,000. */
  pupils?: number;
  seed?: number;
  log?: (msg: string) => void;
};

export const MIN_LEERLINGEN = 200;
export const MAX_LEERLINGEN = 10_000_000;
/** Pupils per transaction: big enough to be fast, small enough to keep memory and WAL in bounds. */
const LEERLINGEN_PER_TRANSACTIE = 25_000;

export async function loadDemoRegion(db: Db, opts: DemoOptions = {}): Promise<DemoLogin[]> {
  const pupils = opts.pupils ?? 12_000;
  const seed = opts.seed ?? 1;
  const log = opts.log ?? (() => {});
  if (!Number.isInteger(pupils) || pupils < MIN_LEERLINGEN || pupils > MAX_LEERLINGEN) {
    throw new Error(`Het aantal leerlingen moet een geheel getal van ${MIN_LEERLINGEN} tot ${MAX_LEERLINGEN} zijn.`);
  }
  const rng = new Random(seed);
  const schooljaar = huidigSchooljaar();
  const plan = planRegion(rng, pupils);
  const ctx: Context = {
    rng, schooljaar, plan,
    jaarStart: schooljaarPeriode(schooljaar).van,
    // One hash for every demo account: argon2id is slow on purpose.
    wachtwoordHash: await hashPassword(DEMO_WACHTWOORD),
    buffers: new Buffers(),
    verhaal: { casemanagerId: '', logins: {} },
    casus: { po: { casemanagers: [], leerlingenOver: 0 }, vo: { casemanagers: [], leerlingenOver: 0 } },
    coordinatoren: { po: [], vo: [] },
    scholenPerSector: {
      po: plan.scholen.filter((s) => s.soort === 'po').map((s) => s.id),
      vo: plan.scholen.filter((s) => s.soort === 'vo').map((s) => s.id),
    },
    ouderTeller: 0,
  };

  generateStructure(ctx, pupils);
  await writeInTransaction(db, ctx.buffers.drain());
  log(`Regio: 2 samenwerkingsverbanden, ${plan.besturen.length} besturen, ${plan.gemeenten.length} gemeenten, `
    + `${plan.scholen.length} scholen, schooljaar ${schooljaar}-${schooljaar + 1}.`);

  // Drawing the next transaction's rows overlaps with writing the previous one. Two transactions
  // at once on PostgreSQL measured slower on a 2-core machine, so one it is.
  const schrijver = new Schrijver(db, (n) => log(`${fmt(n)} van ${fmt(pupils)} leerlingen geladen.`));
  let inBuffer = 0;
  for (const school of plan.scholen) {
    generateSchool(ctx, school);
    inBuffer += school.leerlingenPerJaar.reduce((a, x) => a + x, 0);
    if (inBuffer >= LEERLINGEN_PER_TRANSACTIE) {
      await schrijver.write(ctx.buffers.drain(), inBuffer);
      inBuffer = 0;
    }
  }
  await schrijver.write(ctx.buffers.drain(), inBuffer);
  await schrijver.finish();
  await generateAanbod(db, ctx);
  // after the catalogue: the monitor's participants are placed in the catalogue's in-school provisions
  await generateMonitorDemo(db, plan.swv.po.id, schooljaar, ctx.verhaal.kind?.id);
  log('Monitor: vragenlijst met twee metingen en antwoorden in het PO-samenwerkingsverband.');
  await addDemoCasussen(db, ctx.verhaal);
  if (ctx.verhaal.kind) await addDemoOpps(db, ctx.verhaal.kind.id);
  // Fresh statistics, so the first queries on a large region get good plans.
  await db.execute(sql`analyze`);
  return tellDemoStory(ctx.verhaal, plan);
}

const fmt = (n: number) => n.toLocaleString('nl-NL');

/** Writes one transaction in the background at a time and reports progress. */
class Schrijver {
  private bezig: Promise<void> = Promise.resolve();
  private klaar = 0;

  constructor(private db: Db, private voortgang: (leerlingen: number) => void) {}

  async write(statements: SQL[], leerlingen: number): Promise<void> {
    await this.bezig;
    this.bezig = writeInTransaction(this.db, statements).then(() => this.voortgang((this.klaar += leerlingen)));
    this.bezig.catch(() => {}); // awaited by the next write or finish(); this only keeps Node from calling it unhandled
  }

  finish(): Promise<void> {
    return this.bezig;
  }
}
