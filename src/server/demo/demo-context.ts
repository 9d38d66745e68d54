// What the generators share while they draw the region: the random source, the school year, the
// row buffers per table (in foreign-key order) and the accounts the demo story is told with.
import type { SQL } from 'drizzle-orm';
import type { Rol } from '../core/access/actor.js';
import { functieSoort } from '../regio/regio.table.js';
import { TableBuffer } from './bulk.js';
import type { Random } from './random.js';
import { DEMO_DOMEIN } from './demo-logins.js';
import type { DemoLogin } from './generate-region.js';
import { volledigeNaam } from './names.js';
import { medewerkerEmail, volwassene } from './people.js';
import type { RegioPlan, Sector } from './region-plan.js';

export type FunctieSoort = (typeof functieSoort.enumValues)[number];

export const demoEmail = (naam: string) => `${naam}@${DEMO_DOMEIN}`;

/** Pupil rows per statement; each flush writes every buffer, so foreign keys always resolve. */
const RIJEN_PER_STATEMENT = 5000;

export class Buffers {
  readonly samenwerkingsverband = new TableBuffer('samenwerkingsverband', [['id', 'uuid'], ['code', 'text'], ['naam', 'text'], ['sector', 'sector']]);
  readonly bestuur = new TableBuffer('bestuur', [['id', 'uuid'], ['naam', 'text'], ['bestuursnummer', 'text']]);
  readonly lokaleTafel = new TableBuffer('lokale_tafel', [['id', 'uuid'], ['swv_id', 'uuid'], ['naam', 'text']]);
  readonly school = new TableBuffer('school', [
    ['id', 'uuid'], ['brin', 'text'], ['vestiging', 'text'], ['naam', 'text'], ['soort', 'school_soort'],
    ['gemeente', 'text'], ['bestuur_id', 'uuid'], ['swv_id', 'uuid'], ['lokale_tafel_id', 'uuid'],
  ]);
  readonly groep = new TableBuffer('groep', [['id', 'uuid'], ['school_id', 'uuid'], ['schooljaar', 'integer'], ['naam', 'text'], ['leerjaar', 'integer']]);
  readonly leerling = new TableBuffer('leerling', [
    ['id', 'uuid'], ['voornaam', 'text'], ['tussenvoegsel', 'text'], ['achternaam', 'text'],
    ['geboortedatum', 'date'], ['geslacht', 'geslacht'],
  ]);
  readonly account = new TableBuffer('account', [
    ['id', 'uuid'], ['email', 'text'], ['naam', 'text'], ['soort', 'account_soort'], ['wachtwoord_hash', 'text'], ['leerling_id', 'uuid'],
  ]);
  readonly functie = new TableBuffer('functie', [
    ['id', 'uuid'], ['account_id', 'uuid'], ['soort', 'functie_soort'], ['school_id', 'uuid'], ['bestuur_id', 'uuid'],
    ['swv_id', 'uuid'], ['van', 'date'],
  ]);
  readonly groepLeraar = new TableBuffer('groep_leraar', [['groep_id', 'uuid'], ['account_id', 'uuid']]);
  readonly groepLeerling = new TableBuffer('groep_leerling', [['groep_id', 'uuid'], ['leerling_id', 'uuid']]);
  readonly inschrijving = new TableBuffer('inschrijving', [['id', 'uuid'], ['leerling_id', 'uuid'], ['school_id', 'uuid'], ['van', 'date'], ['tot', 'date']]);
  readonly monitoringKenmerk = new TableBuffer('monitoring_kenmerk', [
    ['leerling_id', 'uuid'], ['opleiding_ouders', 'opleiding_ouders'], ['thuistaal', 'thuistaal'], ['vastgelegd_op', 'timestamptz'],
  ]);
  readonly ouderKind = new TableBuffer('ouder_kind', [['account_id', 'uuid'], ['leerling_id', 'uuid'], ['relatie', 'ouder_relatie']]);
  readonly casus = new TableBuffer('casus', [['id', 'uuid'], ['leerling_id', 'uuid'], ['casemanager_id', 'uuid'], ['geopend', 'date']]);

  private statements: SQL[] = [];

  /** Turns the buffered rows into statements once there are enough pupils for one. */
  flushIfFull(): void {
    if (this.leerling.size >= RIJEN_PER_STATEMENT) this.flush();
  }

  flush(): void {
    // Declaration order is foreign-key order: a row's references are written before it.
    for (const b of Object.values(this)) {
      if (b instanceof TableBuffer) {
        const s = b.take();
        if (s) this.statements.push(s);
      }
    }
  }

  /** All statements so far, leaving the buffers empty. */
  drain(): SQL[] {
    this.flush();
    const s = this.statements;
    this.statements = [];
    return s;
  }
}

/** The places and people of the demo story, filled in as the generators reach them. */
export type DemoVerhaal = {
  school?: { naam: string };
  groep?: { id: string; naam: string };
  kind?: { id: string; naam: string };
  casemanagerId: string;
  casusBetrokkenen?: { zorgverlener: string; leerplichtambtenaar: string; procesbegeleider: string };
  logins: Partial<Record<Rol, Omit<DemoLogin, 'rol' | 'wachtwoord'>>>;
};

/** Open cases still to hand out in one SWV, drawn over its pupils so that exactly all are used. */
export type CasusPot = { casemanagers: string[]; leerlingenOver: number };

export type Context = {
  rng: Random;
  schooljaar: number;
  /** 1 August of the current school year: the start of every current position and class. */
  jaarStart: string;
  wachtwoordHash: string;
  plan: RegioPlan;
  buffers: Buffers;
  verhaal: DemoVerhaal;
  casus: Record<Sector, CasusPot>;
  /** Coordinator accounts per sector, for the provisions of the demo catalogue. */
  coordinatoren: Record<Sector, string[]>;
  /** Ids of the po and the vo schools, for a pupil's earlier registration elsewhere. */
  scholenPerSector: Record<Sector, string[]>;
  ouderTeller: number;
};

export function addAccount(
  ctx: Context, a: { id: string; email: string; naam: string; soort: 'medewerker' | 'ouder' | 'leerling'; demo?: boolean; leerlingId?: string },
): void {
  ctx.buffers.account.add(a.id, a.email, a.naam, a.soort, a.demo ? ctx.wachtwoordHash : null, a.leerlingId ?? null);
}

type Bereik = { schoolId?: string; bestuurId?: string; swvId?: string };

/**
 * A staff member with one position. With `demoRol` the account is that role's demo log-in (known
 * e-mail address, the demo password); otherwise it has no password and an address at `domein`.
 */
export function addMedewerker(
  ctx: Context, soort: FunctieSoort, bereik: Bereik, adres: { domein: string; gebruikt: Set<string> }, demoRol?: Rol,
): { id: string; naam: string } {
  const p = volwassene(ctx.rng);
  const id = ctx.rng.uuid();
  const naam = volledigeNaam(p.voornaam, p.tussenvoegsel, p.achternaam);
  const email = demoRol ? demoEmail(demoNaam[demoRol]) : medewerkerEmail(p, adres.domein, adres.gebruikt);
  addAccount(ctx, { id, email, naam, soort: 'medewerker', demo: Boolean(demoRol) });
  addFunctie(ctx, id, soort, bereik);
  if (demoRol) ctx.verhaal.logins[demoRol] = { email, naam, toelichting: '' };
  return { id, naam };
}

/** The local part of each demo account's e-mail address. */
export const demoNaam = {
  leraar: 'leraar', ib: 'ib', specialist: 'specialist', casemanager: 'casemanager', commissielid: 'commissie',
  swv_medewerker: 'swv', privacy_officer: 'privacy', functioneel_beheerder: 'beheer', ouder: 'ouder', leerling: 'leerling',
  coordinator: 'coordinator',
  zorgverlener: 'zorgverlener', leerplichtambtenaar: 'leerplicht', procesbegeleider: 'procesbegeleider',
} as const satisfies Record<Rol, string>;

export function addFunctie(ctx: Context, accountId: string, soort: FunctieSoort, bereik: Bereik = {}): void {
  const { schoolId = null, bestuurId = null, swvId = null } = bereik;
  ctx.buffers.functie.add(ctx.rng.uuid(), accountId, soort, schoolId, bestuurId, swvId, ctx.jaarStart);
}
