// Zod schemas of the monitor's routes: Dutch messages at the edge, explicit responses (only aggregates).
import { z } from 'zod';
import { MODERATOREN } from './analyse.service.js';

export const idParams = z.object({ id: z.uuid('Dit is geen geldige id.') });
export const itemParams = z.object({ id: z.uuid('Dit is geen geldige id.'), itemId: z.uuid('Dit is geen geldige vraag-id.') });
export const leerlingParams = z.object({ id: z.uuid('Dit is geen geldige leerling-id.') });

export const schaalBody = z.object({ actief: z.boolean() });
export const itemBody = z.object({
  tekst: z.string().trim().min(5, 'Schrijf een vraag van minstens 5 tekens.').max(200, 'Houd de vraag korter dan 200 tekens.'),
  omgepoold: z.boolean(),
});
const datum = z.iso.date('Vul een datum in als JJJJ-MM-DD.');
export const metingBody = z.object({
  nummer: z.number().int().min(1).max(2, 'Er zijn twee metingen: 1 en 2.'),
  naam: z.string().trim().min(1, 'Geef de meting een naam.').max(80),
  van: datum,
  tot: datum,
  leerjaren: z.array(z.number().int().min(1).max(8)).max(8).default([]),
});
export const codeBody = z.object({ code: z.string().trim().min(4, 'Vul je code in.').max(20, 'Deze code is te lang.') });
export const antwoordBody = z.object({ score: z.number().int().min(1, 'Kies 1 tot en met 5.').max(5, 'Kies 1 tot en met 5.').nullable() });
export const codesQuery = z.object({ schoolId: z.uuid('Dit is geen geldige school-id.') });
export const swvQuery = z.object({ swvId: z.uuid('Dit is geen geldige regio-id.').optional() });
export const impactQuery = z.object({ moderator: z.enum(MODERATOREN).optional() });

const item = z.object({ id: z.string(), code: z.string(), tekst: z.string(), herkomst: z.enum(['bron', 'eigen']), bron: z.string().nullable(), omgepoold: z.boolean() });
export const vragenlijstResponse = z.object({
  id: z.string(), naam: z.string(), regio: z.object({ id: z.string(), naam: z.string() }), bewerkbaar: z.boolean(),
  schalen: z.array(z.object({ id: z.string(), code: z.string(), naam: z.string(), soort: z.enum(['uitkomst', 'ervaren_impact']), actief: z.boolean(), items: z.array(item) })),
  metingen: z.array(z.object({
    id: z.string(), nummer: z.number(), naam: z.string(), van: z.string(), tot: z.string(), leerjaren: z.array(z.number()),
    uitgenodigd: z.number(), gestart: z.number(), afgerond: z.number(), antwoorden: z.number(), open: z.boolean(),
  })),
});

export const invullenResponse = z.object({
  metingNaam: z.string(), afgerond: z.boolean(),
  items: z.array(z.object({ id: z.string(), tekst: z.string(), score: z.number().nullable() })),
});

const g = z.number().nullable();
const impactRij = z.object({
  schaal: z.string(), alpha_meting1: g, alpha_meting2: g, n_deelnemer: g, n_vergelijking: g,
  gem_voor_deelnemer: g, gem_na_deelnemer: g, gem_voor_vergelijking: g, gem_na_vergelijking: g,
  effect: g, se: g, t: g, p: g, ci_lo: g, ci_hi: g, hedges_g: g, g_lo: g, g_hi: g,
});
export const impactResponse = z.object({
  vragenlijstId: z.string(), moderator: z.enum(MODERATOREN).nullable(), minimumGroep: z.number(),
  groepen: z.array(z.object({
    niveau: z.enum(['alle', 'ja', 'nee']), deelnemers: z.number(), vergelijking: z.number(),
    schalen: z.array(z.object({ schaal: z.string(), naam: z.string(), soort: z.string(), onderdrukt: z.boolean(), resultaat: impactRij.nullable(), melding: z.string().nullable() })),
  })),
});

const term = z.object({ term: z.string(), estimate: z.number(), se: z.number(), z: z.number(), p: z.number(), or: z.number(), or_lo: z.number(), or_hi: z.number() });
const model = z.object({ n: z.number(), weggelaten: z.number(), termen: z.array(term), waarschuwing: z.string().nullable() });
export const equityResponse = z.object({
  vragenlijstId: z.string(), minimumGroep: z.number(), leerlingen: z.number().nullable(), deelnemers: z.number().nullable(),
  deelname: z.array(z.object({
    dimensie: z.string(),
    groepen: z.array(z.object({ waarde: z.string(), leerlingen: z.number().nullable(), deelnemers: z.number().nullable(), onderdrukt: z.boolean() })),
  })),
  weggelatenNiveaus: z.array(z.string()),
  zonderCorrectie: model, metCorrectie: model, correctieVoor: z.array(z.string()),
});

export const codesResponse = z.object({
  school: z.object({ id: z.string(), naam: z.string() }),
  meting: z.object({ id: z.string(), naam: z.string(), van: z.string(), tot: z.string() }),
  codes: z.array(z.object({ naam: z.string(), groep: z.string().nullable(), code: z.string() })),
});
export const bezwaarResponse = z.object({ bezwaar: z.boolean(), sinds: z.string().nullable() });
