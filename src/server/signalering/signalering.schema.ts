// Request and response schemas of the signalling routes (zod, Dutch messages naming the field).
import { z } from 'zod';
import { vandaag } from '../core/schooljaar.js';
import { formulierItem } from './standaard-formulieren.js';
import { stappen } from './curatief-route.js';
import { rapportTypes } from './rapport.js';
import { besluitUitkomst, instrument, screeningUitkomst } from './signalering.table.js';

export const instrumenten = instrument.enumValues;
export const screeningUitkomsten = screeningUitkomst.enumValues;
export const besluitUitkomsten = besluitUitkomst.enumValues;
export const metWieOpties = ['ouders', 'leerling', 'leraar', 'ib', 'specialist', 'casemanager'] as const;

const datum = (wat: string) => z.iso.date(`${wat}: vul een datum in als JJJJ-MM-DD.`)
  .refine((d) => d <= vandaag(), `${wat} kan niet in de toekomst liggen.`);
const tekst = (wat: string, max = 4000) => z.string(`Vul ${wat} in.`).trim().max(max, `${wat} is te lang (hoogstens ${max} tekens).`);

export const leerlingParams = z.object({ id: z.uuid('Dit is geen geldige leerling-id.') });
export const rapportParams = leerlingParams.extend({ screeningId: z.uuid('Dit is geen geldige screening-id.') });
export const kalenderQuery = z.object({ schoolId: z.uuid('Dit is geen geldige school-id.').optional() });

const dagenInMaand = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export const momentBody = z.object({
  naam: tekst('de naam', 100).min(1, 'Vul de naam van het moment in.'),
  leerjaar: z.number('Kies een leerjaar.').int().min(1, 'Het leerjaar is 1 tot en met 8.').max(8, 'Het leerjaar is 1 tot en met 8.'),
  instrument: z.enum(instrumenten, 'Kies een van de instrumenten: DHH, SiDi-PO, ZOOV+ of VO Quick-Screening.'),
  deadlineMaand: z.number('Kies een maand.').int().min(1, 'De maand is 1 tot en met 12.').max(12, 'De maand is 1 tot en met 12.'),
  deadlineDag: z.number('Kies een dag.').int().min(1, 'De dag is 1 tot en met 31.').max(31, 'De dag is 1 tot en met 31.'),
}).refine((m) => m.deadlineDag <= dagenInMaand[m.deadlineMaand - 1]!, { message: 'Deze dag bestaat niet in die maand.', path: ['deadlineDag'] });

export const formulierBody = z.object({
  soort: z.enum(['nominatie', 'observatie', 'ouder_vragenlijst', 'leerlinggesprek'], 'Kies het soort formulier.'),
  titel: tekst('de titel', 200).min(1, 'Vul de titel in.'),
  items: z.array(formulierItem).min(1, 'Een formulier heeft minstens één vraag.').max(40, 'Hoogstens 40 vragen.')
    .refine((items) => new Set(items.map((i) => i.sleutel)).size === items.length, 'Elke vraag heeft een eigen sleutel.'),
});

const antwoorden = z.record(z.string().max(40), z.union([z.number(), z.string()]), 'De antwoorden ontbreken.');

// A licensed instrument's content (its questions, norms, scoring keys) is never stored or sent:
// only the outcome, the advice and the product's own report (issue 4, "Instruments: ... record
// their outcome, never copy their content").
export const screeningBody = z.object({
  instrument: z.enum(instrumenten, 'Kies een van de instrumenten: DHH, SiDi-PO, ZOOV+ of VO Quick-Screening.'),
  datum: datum('De datum'),
  uitkomst: z.enum(screeningUitkomsten, 'Kies de uitkomst.'),
  advies: tekst('het advies', 2000).optional(),
  momentId: z.uuid('Dit is geen geldig signaleringsmoment.').optional(),
  rapport: z.object({
    naam: z.string().trim().min(1, 'Het bestand heeft geen naam.').max(200, 'De bestandsnaam is te lang.'),
    type: z.enum(rapportTypes, 'Alleen een PDF, PNG of JPEG kan worden toegevoegd.'),
    inhoud: z.base64('Het bestand kon niet worden gelezen.').max(7_000_000, 'Het bestand is groter dan 5 MB.'),
  }).optional(),
});

export const signaalSoorten = ['nominatie', 'observatie', 'leerling_stem', 'gedrag', 'welbevinden', 'iq', 'dubbel_bijzonder'] as const;
export const signaalBody = z.object({
  soort: z.enum(signaalSoorten, 'Kies het soort signaal.'),
  datum: datum('De datum').optional(),
  antwoorden: antwoorden.optional(),
  toelichting: tekst('de toelichting').optional(),
  zorgelijk: z.boolean().optional(),
  waarde: z.number('De waarde moet een getal zijn.').min(40, 'Een IQ-score ligt tussen 40 en 200.').max(200, 'Een IQ-score ligt tussen 40 en 200.').optional(),
});

export const ouderbeeldBody = z.object({ antwoorden, toelichting: tekst('de toelichting').optional() });

export const besluitBody = z.object({
  uitkomst: z.enum(besluitUitkomsten, 'Kies een besluit.'),
  waarom: z.string('Schrijf op waarom dit besluit is genomen.').trim().min(1, 'Schrijf op waarom dit besluit is genomen.').max(4000, 'De reden is te lang (hoogstens 4000 tekens).'),
  metWie: z.array(z.enum(metWieOpties, 'Kies uit ouders, leerling, leraar, ib, specialist of casemanager.')).max(6).default([]),
  datum: datum('De datum'),
});

export const curatiefBody = z.object({
  stap: z.enum(stappen, 'Kies een stap van de route.'),
  notitie: z.string('Schrijf een korte notitie bij deze stap.').trim().min(1, 'Schrijf een korte notitie bij deze stap.').max(4000, 'De notitie is te lang (hoogstens 4000 tekens).'),
  doel: tekst('het doel', 1000).optional(),
  datum: datum('De datum'),
});

// ---- responses

export const aangemaakt = z.object({ id: z.string() });

export const momentOut = z.object({
  id: z.string(), naam: z.string(), leerjaar: z.number(), instrument: z.string(),
  deadlineMaand: z.number(), deadlineDag: z.number(), deadline: z.string(),
});
export const momentenResponse = z.object({ momenten: z.array(momentOut) });

export const kalenderResponse = z.object({
  schooljaar: z.string(),
  momenten: z.array(z.object({
    id: z.string(), naam: z.string(), instrument: z.string(), leerjaar: z.number(), deadline: z.string(),
    teDoen: z.number(), gedaan: z.number(),
    klassen: z.array(z.object({ school: z.string(), groep: z.string(), teDoen: z.number(), gedaan: z.number() })),
  })),
  teDoen: z.array(z.object({
    leerlingId: z.string(), naam: z.string(), school: z.string(), groep: z.string(), moment: z.string(), momentId: z.string(),
    instrument: z.string(), deadline: z.string(),
  })),
});

const formulierOut = z.object({
  soort: z.string(), versie: z.number(), titel: z.string(), uitleg: z.string(), eigen: z.literal(true),
  items: z.array(z.object({ sleutel: z.string(), vraag: z.string(), soort: z.enum(['schaal', 'tekst']), verplicht: z.boolean() })),
});

const ingevuld = z.object({
  id: z.string(), datum: z.string(), door: z.string(), toelichting: z.string().nullable(),
  formulier: z.object({ titel: z.string(), versie: z.number(), eigen: z.literal(true) }).nullable(),
  antwoorden: z.array(z.object({ sleutel: z.string(), vraag: z.string(), waarde: z.union([z.number(), z.string()]) })),
});

const screeningOut = z.object({
  id: z.string(), instrument: z.string(), datum: z.string(), uitkomst: z.enum(screeningUitkomsten),
  advies: z.string().nullable(), moment: z.string().nullable(), door: z.string(),
  rapport: z.object({ naam: z.string(), type: z.string() }).nullable(),
});
export const screeningsResponse = z.object({ screenings: z.array(screeningOut) });

const stapOut = z.object({ id: z.string(), stap: z.enum(stappen), notitie: z.string(), doel: z.string().nullable(), datum: z.string(), door: z.string() });

export const profielResponse = z.object({
  leerling: z.object({ id: z.string(), naam: z.string(), groep: z.string().nullable() }),
  screenings: z.array(screeningOut),
  nominaties: z.array(ingevuld),
  observaties: z.array(ingevuld),
  leerlingStem: z.array(ingevuld),
  ouderBeelden: z.array(ingevuld),
  lvs: z.array(z.object({ toets: z.string(), vak: z.string(), datum: z.string(), score: z.number(), niveau: z.string().nullable(), percentiel: z.number().nullable() })),
  iq: z.array(z.object({ id: z.string(), datum: z.string(), waarde: z.number(), toelichting: z.string().nullable(), door: z.string() })),
  zorgen: z.array(z.object({ id: z.string(), soort: z.enum(['gedrag', 'welbevinden']), zorgelijk: z.boolean(), datum: z.string(), toelichting: z.string().nullable(), door: z.string() })),
  dubbelBijzonder: z.array(z.object({ id: z.string(), datum: z.string(), toelichting: z.string().nullable(), door: z.string() })),
  vergelijking: z.object({
    kenmerken: z.array(z.object({
      sleutel: z.string(), naam: z.string(), school: z.number().nullable(), ouders: z.number().nullable(),
      verschil: z.number().nullable(), verschilt: z.boolean(),
    })),
    gemiddelde: z.object({ school: z.number().nullable(), ouders: z.number().nullable(), verschil: z.number().nullable(), verschilt: z.boolean() }),
    verschilt: z.boolean(),
    regel: z.string(),
  }),
  besluiten: z.array(z.object({ id: z.string(), uitkomst: z.enum(besluitUitkomsten), waarom: z.string(), metWie: z.array(z.string()), datum: z.string(), door: z.string() })),
  curatief: z.object({ stappen: z.array(stapOut), volgendeStap: z.enum(stappen).nullable(), bron: z.string() }),
  formulieren: z.array(formulierOut),
  magBesluiten: z.boolean(),
});

export const standResponse = z.object({
  nominaties: z.number(), observaties: z.number(), screenings: z.number(), zorgen: z.number(),
  ouderbeeld: z.enum(['geen', 'niet_te_vergelijken', 'gelijk', 'verschilt']),
  besluit: z.enum(besluitUitkomsten).nullable(),
  curatief: z.object({ gezet: z.number(), volgendeStap: z.enum(stappen).nullable() }),
});

export const ouderbeeldResponse = z.object({
  kind: z.object({ voornaam: z.string() }),
  formulier: formulierOut,
  eerder: z.array(ingevuld),
});

export const formulierenResponse = z.object({ formulieren: z.array(formulierOut) });
