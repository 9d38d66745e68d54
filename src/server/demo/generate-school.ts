// One school with everything in it: IB, specialist, classes with their teachers, and pupils with
// their registrations, parents, monitoring attributes and open cases.
import type { Rol } from '../core/access/actor.js';
import { addAccount, addMedewerker, demoEmail, type Context } from './demo-context.js';
import { voornamenVolwassenen, volledigeNaam } from './names.js';
import { dagErvoor, dagInSchooljaar, familienaam, geboortedatum, geslacht, voornaamKind, type Familienaam } from './people.js';
import { sectorVan, type SchoolPlan, type Sector } from './region-plan.js';

type Familie = Familienaam & {
  ouders: { id: string; relatie: 'ouder' | 'verzorger' }[];
  opleiding: 'laag' | 'midden' | 'hoog' | 'onbekend';
  thuistaal: 'nl' | 'anders' | 'onbekend';
};
type Klas = { id: string; naam: string; isDemo: boolean };

const KLASGROOTTE = { po: 25, vo: 25, so: 12 } as const;
/** Share of pupils in a family already at the school: siblings share parents. */
const KANS_BROER_OF_ZUS = 0.12;
/** Share of pupils who came to this school from another one. */
const KANS_ANDERE_SCHOOL = 0.05;

export function generateSchool(ctx: Context, school: SchoolPlan): void {
  const { rng, buffers: b } = ctx;
  const isDemo = school.index === 0;
  const adres = { domein: school.domein, gebruikt: new Set<string>() };
  const bereik = { schoolId: school.id };
  const medewerker = (soort: 'leraar' | 'ib' | 'specialist', demoRol: Rol | false) =>
    addMedewerker(ctx, soort, bereik, adres, demoRol || undefined);

  medewerker('ib', isDemo && 'ib');
  if (isDemo || school.index % 3 === 0) medewerker('specialist', isDemo && 'specialist');
  if (isDemo) ctx.verhaal.school = { naam: school.naam };

  const families: Familie[] = [];
  school.leerlingenPerJaar.forEach((aantal, j) => {
    if (aantal === 0) return;
    const leerjaar = j + 1;
    const aantalKlassen = Math.max(1, Math.round(aantal / KLASGROOTTE[school.soort]));
    const klassen: Klas[] = Array.from({ length: aantalKlassen }, (_, k) => {
      const id = rng.uuid();
      const naam = groepNaam(school.soort === 'vo', leerjaar, k);
      const isDemoKlas = isDemo && leerjaar === 6 && k === aantalKlassen - 1;
      b.groep.add(id, school.id, ctx.schooljaar, naam, leerjaar);
      b.groepLeraar.add(id, medewerker('leraar', isDemoKlas && 'leraar').id);
      if (isDemoKlas) ctx.verhaal.groep = { id, naam };
      return { id, naam, isDemo: isDemoKlas };
    });
    for (let i = 0; i < aantal; i++) {
      const klas = klassen[i % aantalKlassen];
      generatePupil(ctx, school, leerjaar, klas, families, klas.isDemo && !ctx.verhaal.kind);
    }
  });
  b.flushIfFull();
}

function generatePupil(
  ctx: Context, school: SchoolPlan, leerjaar: number, klas: Klas, families: Familie[], isDemoKind: boolean,
): void {
  const { rng, buffers: b } = ctx;
  const sector = sectorVan(school.soort);
  let familie: Familie;
  if (!isDemoKind && families.length > 0 && rng.chance(KANS_BROER_OF_ZUS)) {
    familie = rng.pick(families);
  } else {
    familie = newFamilie(ctx, isDemoKind);
    families.push(familie);
  }

  const id = rng.uuid();
  const g = geslacht(rng);
  const voornaam = voornaamKind(rng, g);
  const niveau = sector === 'vo' ? 8 + leerjaar : leerjaar;
  b.leerling.add(id, voornaam, familie.tussenvoegsel, familie.achternaam, geboortedatum(rng, ctx.schooljaar, niveau), g);
  b.groepLeerling.add(klas.id, id);
  for (const o of familie.ouders) b.ouderKind.add(o.id, id, o.relatie);

  const van = addInschrijvingen(ctx, school, id, leerjaar, !isDemoKind && rng.chance(KANS_ANDERE_SCHOOL));
  b.monitoringKenmerk.add(id, familie.opleiding, familie.thuistaal, `${van}T08:30:00Z`);

  if (isDemoKind) {
    const naam = volledigeNaam(voornaam, familie.tussenvoegsel, familie.achternaam);
    ctx.verhaal.kind = { id, naam };
    const email = demoEmail('leerling');
    addAccount(ctx, { id: rng.uuid(), email, naam, soort: 'leerling', demo: true, leerlingId: id });
    ctx.verhaal.logins.leerling = { email, naam, toelichting: '' };
    b.casus.add(rng.uuid(), id, ctx.verhaal.casemanagerId, dagInSchooljaar(rng, ctx.schooljaar - 1));
  } else {
    drawCasus(ctx, sector, id);
  }
}

/**
 * The open registration at this school from the year the pupil entered it, and for a pupil who
 * changed schools the closed one before it. Returns the start of the open registration.
 */
function addInschrijvingen(ctx: Context, school: SchoolPlan, leerlingId: string, leerjaar: number, isOverstapper: boolean): string {
  const { rng, buffers: b } = ctx;
  const instroom = ctx.schooljaar - (leerjaar - 1);
  let van = `${instroom}-08-01`;
  // In year 1 only a vo pupil has an earlier school (a po school); later, pupils of any school may
  // have changed schools, and so pupils come from a po school.
  const uitPo = school.soort === 'vo' && leerjaar === 1;
  const kandidaten = ctx.scholenPerSector[uitPo || school.soort === 'so' ? 'po' : sectorVan(school.soort)];
  if (isOverstapper && (leerjaar > 1 || uitPo) && kandidaten.length > 1) {
    let ander: string;
    do ander = rng.pick(kandidaten); while (ander === school.id);
    const start = uitPo ? instroom - 8 : instroom;
    const wissel = uitPo ? instroom : rng.int(instroom + 1, ctx.schooljaar);
    van = `${wissel}-08-01`;
    b.inschrijving.add(rng.uuid(), leerlingId, ander, `${start}-08-01`, dagErvoor(van));
  }
  b.inschrijving.add(rng.uuid(), leerlingId, school.id, van, null);
  return van;
}

/** Selection sampling: each pupil gets a case with chance cases-left / pupils-left, so all are used. */
function drawCasus(ctx: Context, sector: Sector, leerlingId: string): void {
  const pot = ctx.casus[sector];
  if (pot.casemanagers.length > 0 && ctx.rng.next() * pot.leerlingenOver < pot.casemanagers.length) {
    ctx.buffers.casus.add(ctx.rng.uuid(), leerlingId, pot.casemanagers.pop()!, dagInSchooljaar(ctx.rng, ctx.schooljaar - 1));
  }
  pot.leerlingenOver--;
}

function newFamilie(ctx: Context, isDemo: boolean): Familie {
  const { rng } = ctx;
  const naam = familienaam(rng);
  const aantalOuders = isDemo || rng.chance(0.7) ? 2 : 1;
  const ouders: Familie['ouders'] = [];
  for (let k = 0; k < aantalOuders; k++) {
    const id = rng.uuid();
    const achter = k === 0 || rng.chance(0.4) ? naam : familienaam(rng);
    const persoon = volledigeNaam(rng.pick(voornamenVolwassenen), achter.tussenvoegsel, achter.achternaam);
    const isDemoOuder = isDemo && k === 0;
    const email = isDemoOuder ? demoEmail('ouder') : `ouder.${++ctx.ouderTeller}@voorbeeld.nl`;
    addAccount(ctx, { id, email, naam: persoon, soort: 'ouder', demo: isDemoOuder });
    if (isDemoOuder) ctx.verhaal.logins.ouder = { email, naam: persoon, toelichting: '' };
    ouders.push({ id, relatie: !isDemo && rng.chance(0.03) ? 'verzorger' : 'ouder' });
  }
  return {
    ...naam, ouders,
    opleiding: rng.weighted({ laag: 22, midden: 38, hoog: 30, onbekend: 10 }),
    thuistaal: rng.weighted({ nl: 78, anders: 15, onbekend: 7 }),
  };
}

/** "groep 5a" in po and so, "2B" in vo. */
function groepNaam(isVo: boolean, leerjaar: number, index: number): string {
  let letters = '';
  for (let i = index; i >= 0; i = Math.floor(i / 26) - 1) letters = String.fromCharCode(97 + (i % 26)) + letters;
  return isVo ? `${leerjaar}${letters.toUpperCase()}` : `groep ${leerjaar}${letters}`;
}
