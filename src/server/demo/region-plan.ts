// The shape of the synthetic region, drawn before any pupil: two SWVs, municipalities with their
// lokale tafels, boards, and schools with their pupil numbers per year. Everything scales with the
// number of pupils (about 300 per school, 2,000 per municipality and per board).
import { apportion, type Random } from './random.js';
import {
  DEMO_SCHOOLNAAM, denominaties, plaatsBegin, plaatsEind, schoolnamenPo, schoolnamenSo, schoolnamenVo, slug, wijken,
} from './names.js';

export type Sector = 'po' | 'vo';
export type SchoolSoort = 'po' | 'vo' | 'so';

export type SwvPlan = { id: string; code: string; naam: string; sector: Sector };
export type TafelPlan = { id: string; swvId: string; naam: string; gemeente: string };
export type BestuurPlan = {
  id: string; naam: string; bestuursnummer: string; sector: Sector; denominatie: number; domein: string;
};
export type SchoolPlan = {
  index: number; id: string; brin: string; vestiging: string; naam: string; soort: SchoolSoort;
  gemeente: string; bestuurId: string; swvId: string; lokaleTafelId: string; domein: string;
  /** Pupils per year: jaargroep 1–8 (po, so) or leerjaar 1–6 (vo), index 0 is year 1. */
  leerlingenPerJaar: number[];
};
export type RegioPlan = {
  swv: Record<Sector, SwvPlan>;
  gemeenten: string[];
  tafels: TafelPlan[];
  besturen: BestuurPlan[];
  scholen: SchoolPlan[];
};

const LEERLINGEN_PER_SCHOOL = 300;
const LEERLINGEN_PER_GEMEENTE = 2000;
const LEERLINGEN_PER_BESTUUR = 2000;
/** Fewer pupils in the upper vo years: only havo and vwo go on to years 5 and 6. */
const VO_JAARGEWICHT = [1, 1, 1, 1, 0.7, 0.35];
const SCHOOLGEWICHT: Record<SchoolSoort, number> = { po: 1, vo: 1.5, so: 0.4 };

export const sectorVan = (soort: SchoolSoort): Sector => (soort === 'vo' ? 'vo' : 'po');

export function planRegion(rng: Random, pupils: number): RegioPlan {
  const gemeenten = planGemeenten(rng, clamp(Math.round(pupils / LEERLINGEN_PER_GEMEENTE), 3, plaatsBegin.length * plaatsEind.length));
  const regio = `${gemeenten[0]} e.o.`;
  const swv: Record<Sector, SwvPlan> = {
    po: { id: rng.uuid(), code: 'PO 99-01', naam: `Samenwerkingsverband Passend Onderwijs PO ${regio}`, sector: 'po' },
    vo: { id: rng.uuid(), code: 'VO 99-01', naam: `Samenwerkingsverband Passend Onderwijs VO ${regio}`, sector: 'vo' },
  };
  const tafels = gemeenten.flatMap((gemeente) => (['po', 'vo'] as const).map((s) => ({
    id: rng.uuid(), swvId: swv[s].id, naam: `Lokale tafel ${gemeente} (${s})`, gemeente,
  })));
  const besturen = planBesturen(rng, gemeenten, Math.max(3, Math.round(pupils / LEERLINGEN_PER_BESTUUR)));
  const scholen = planScholen(rng, pupils, { swv, gemeenten, tafels, besturen });
  return { swv, gemeenten, tafels, besturen, scholen };
}

function planGemeenten(rng: Random, aantal: number): string[] {
  const namen = rng.shuffle(plaatsBegin.flatMap((b) => plaatsEind.map((e) => b + e)));
  return namen.slice(0, aantal);
}

function planBesturen(rng: Random, gemeenten: string[], aantal: number): BestuurPlan[] {
  const aantalVo = Math.max(1, Math.round(aantal / 3));
  const nummers = new Set<string>();
  const namen = new Set<string>();
  const besturen: BestuurPlan[] = [];
  for (let i = 0; i < aantal; i++) {
    const sector: Sector = i < aantal - aantalVo ? 'po' : 'vo';
    let nummer: string;
    do nummer = String(rng.int(10000, 99999)); while (nummers.has(nummer));
    nummers.add(nummer);
    let naam: string;
    let denominatie: number;
    do {
      denominatie = rng.int(0, denominaties.length - 1);
      const soort = sector === 'po' ? 'Primair' : 'Voortgezet';
      naam = `Stichting ${denominaties[denominatie].naam} ${soort} Onderwijs ${rng.pick(gemeenten)}`;
    } while (namen.has(naam) && namen.size < gemeenten.length * denominaties.length);
    namen.add(naam);
    besturen.push({ id: rng.uuid(), naam, bestuursnummer: nummer, sector, denominatie, domein: `bestuur-${nummer}.voorbeeld.nl` });
  }
  return besturen;
}

type Kader = Pick<RegioPlan, 'swv' | 'gemeenten' | 'tafels' | 'besturen'>;

function planScholen(rng: Random, pupils: number, k: Kader): SchoolPlan[] {
  const aantal = Math.max(8, Math.round(pupils / LEERLINGEN_PER_SCHOOL));
  const aantalVo = Math.max(2, Math.round(aantal * 0.25));
  const aantalSo = Math.max(1, Math.round(aantal * 0.05));
  const soorten: SchoolSoort[] = Array.from({ length: aantal }, (_, i) =>
    i < aantal - aantalVo - aantalSo ? 'po' : i < aantal - aantalVo ? 'so' : 'vo');
  // The first school is a po school of ordinary size: the demo story is set there.
  const gewichten = soorten.map((s, i) => (i === 0 ? 1.3 : SCHOOLGEWICHT[s] * (0.7 + 0.6 * rng.next())));
  const grootte = apportion(pupils, gewichten);
  const brins = new Set<string>();
  const namen = new Set<string>();
  const tafelVan = new Map(k.tafels.map((t) => [`${t.gemeente}|${t.swvId}`, t.id]));
  const besturenPer = { po: k.besturen.filter((b) => b.sector === 'po'), vo: k.besturen.filter((b) => b.sector === 'vo') };
  return soorten.map((soort, index) => {
    const sector = sectorVan(soort);
    const bestuur = rng.pick(besturenPer[sector]);
    const gemeente = rng.pick(k.gemeenten);
    const basis = index === 0 ? DEMO_SCHOOLNAAM : schoolnaam(rng, soort, gemeente);
    const naam = uniekeNaam(rng, namen, gemeente, prefix(soort, bestuur.denominatie, basis));
    let brin: string;
    do brin = randomBrin(rng); while (brins.has(brin));
    brins.add(brin);
    const jaren = soort === 'vo' ? VO_JAARGEWICHT : [1, 1, 1, 1, 1, 1, 1, 1];
    return {
      index, id: rng.uuid(), brin, vestiging: '00', naam, soort, gemeente, bestuurId: bestuur.id,
      swvId: k.swv[sector].id, lokaleTafelId: tafelVan.get(`${gemeente}|${k.swv[sector].id}`)!,
      domein: `${slug(naam)}-${brin.toLowerCase()}.voorbeeld.nl`,
      leerlingenPerJaar: apportion(grootte[index], jaren),
    };
  });
}

function schoolnaam(rng: Random, soort: SchoolSoort, gemeente: string): string {
  if (soort === 'po') return rng.pick(schoolnamenPo);
  if (soort === 'so') return rng.pick(schoolnamenSo);
  return rng.chance(0.3) ? gemeente : rng.pick(schoolnamenVo);
}

function prefix(soort: SchoolSoort, denominatie: number, basis: string): string {
  if (soort === 'so') return `SO ${basis}`;
  if (soort === 'po') return `${denominaties[denominatie].po} ${basis}`;
  return `${basis} College`;
}

/** School names repeat across the region, as they do in reality, but not within a municipality. */
function uniekeNaam(rng: Random, namen: Set<string>, gemeente: string, naam: string): string {
  let kandidaat = naam;
  for (let i = 0; namen.has(`${gemeente}|${kandidaat}`); i++) {
    kandidaat = i < 4 ? `${naam} ${rng.pick(wijken)}` : `${naam} ${i - 2}`;
  }
  namen.add(`${gemeente}|${kandidaat}`);
  return kandidaat;
}

function randomBrin(rng: Random): string {
  const letter = () => String.fromCharCode(65 + rng.int(0, 25));
  return `${String(rng.int(0, 99)).padStart(2, '0')}${letter()}${letter()}`;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
