// The region's fixed part: SWVs, boards, lokale tafels, schools, and the people who work above the
// schools (case managers, commissie, SWV staff, board and SWV specialists, privacy, beheer).
import type { Rol } from '../core/access/actor.js';
import { addMedewerker, type Context, type FunctieSoort } from './demo-context.js';
import { sectorVan, type Sector } from './region-plan.js';

const PER_HALF_MILJOEN = 500_000;

export function generateStructure(ctx: Context, pupils: number): void {
  const { plan, buffers: b } = ctx;
  for (const s of Object.values(plan.swv)) b.samenwerkingsverband.add(s.id, s.code, s.naam, s.sector);
  for (const x of plan.besturen) b.bestuur.add(x.id, x.naam, x.bestuursnummer);
  for (const t of plan.tafels) b.lokaleTafel.add(t.id, t.swvId, t.naam);
  for (const s of plan.scholen) {
    b.school.add(s.id, s.brin, s.vestiging, s.naam, s.soort, s.gemeente, s.bestuurId, s.swvId, s.lokaleTafelId);
  }
  generateSwvStaff(ctx, pupils);
  generateBoardSpecialists(ctx);
}

function generateSwvStaff(ctx: Context, pupils: number): void {
  const { plan } = ctx;
  const extra = Math.floor(pupils / PER_HALF_MILJOEN);
  const casemanagers = Math.max(3, Math.round(pupils / 4000));
  const po = Math.max(1, Math.min(casemanagers - 1, Math.round(casemanagers * 0.6)));
  const perSector: Record<Sector, number> = { po, vo: casemanagers - po };
  const leerlingen: Record<Sector, number> = { po: 0, vo: 0 };
  for (const s of plan.scholen) leerlingen[sectorVan(s.soort)] += s.leerlingenPerJaar.reduce((a, x) => a + x, 0);

  for (const sector of ['po', 'vo'] as const) {
    const swv = plan.swv[sector];
    const demo = sector === 'po';
    const adres = { domein: `swv-${sector}.voorbeeld.nl`, gebruikt: new Set<string>() };
    const medewerker = (soort: FunctieSoort, demoRol: Rol | false, bereik: { swvId?: string } = { swvId: swv.id }) =>
      addMedewerker(ctx, soort, bereik, adres, demoRol || undefined).id;

    const ids: string[] = [];
    for (let i = 0; i < perSector[sector]; i++) ids.push(medewerker('casemanager', demo && i === 0 && 'casemanager'));
    // Each case manager carries a few open cases; the queue lists a case manager once per case.
    const wachtrij = ctx.rng.shuffle(ids.flatMap((id, i) => {
      const n = ctx.rng.int(3, 8);
      return Array.from({ length: demo && i === 0 ? n - 1 : n }, () => id);
    }));
    ctx.casus[sector] = { casemanagers: wachtrij, leerlingenOver: leerlingen[sector] - (demo ? 1 : 0) };
    if (demo) ctx.verhaal.casemanagerId = ids[0];

    for (let i = 0; i < 3 + extra; i++) medewerker('commissielid', demo && i === 0 && 'commissielid');
    for (let i = 0; i < 2 + extra; i++) medewerker('swv_medewerker', demo && i === 0 && 'swv_medewerker');
    // Coordinators of the regional provisions (source: 003 §18.2); the catalogue links them.
    for (let i = 0; i < 3 + extra; i++) ctx.coordinatoren[sector].push(medewerker('coordinator', demo && i === 0 && 'coordinator'));
    if (demo) {
      medewerker('specialist', false); // appointed by the SWV: sees every pupil of its schools
      medewerker('privacy_officer', 'privacy_officer', {});
      medewerker('functioneel_beheerder', 'functioneel_beheerder', {});
      // The people the demo pupil's case involves besides school and family (src/server/demo/demo-casus.ts).
      ctx.verhaal.casusBetrokkenen = {
        zorgverlener: medewerker('zorgverlener', 'zorgverlener', {}),
        leerplichtambtenaar: medewerker('leerplichtambtenaar', 'leerplichtambtenaar', {}),
        procesbegeleider: medewerker('procesbegeleider', 'procesbegeleider', {}),
      };
    }
  }
}

/** Specialists appointed by a board, for about one board in six. */
function generateBoardSpecialists(ctx: Context): void {
  ctx.plan.besturen.forEach((bestuur, i) => {
    if (i % 6 === 0) addMedewerker(ctx, 'specialist', { bestuurId: bestuur.id }, { domein: bestuur.domein, gebruikt: new Set() });
  });
}
