import { z } from 'zod';
import { piramideLaag, toelatingsbron, voorzieningDuur, voorzieningVorm } from './aanbod.table.js';

const tekst = (melding: string, max = 500) => z.string().trim().min(1, melding).max(max, `Hoogstens ${max} tekens.`);
const optioneel = (max = 300) => z.string().trim().max(max, `Hoogstens ${max} tekens.`).nullish()
  .transform((s) => (s ? s : null));

export const voorzieningParams = z.object({ id: z.uuid('Dit is geen geldige voorziening-id.') });

export const voorzieningBody = z.object({
  naam: tekst('Geef de voorziening een naam.', 120),
  laag: z.enum(piramideLaag.enumValues, 'Kies een laag van de piramide.'),
  vorm: z.enum(voorzieningVorm.enumValues, 'Kies een vorm.'),
  doelgroep: tekst('Schrijf voor wie de voorziening is.'),
  doelen: tekst('Schrijf de doelen op.', 1500),
  explicietCognitiefDoel: z.boolean(),
  vasteLeerkracht: z.boolean(),
  duur: z.enum(voorzieningDuur.enumValues, 'Kies de duur.'),
  dagenTijden: tekst('Schrijf op welke dagen en tijden.', 200),
  locatie: tekst('Vul het adres of de school in waar het plaatsvindt.', 200),
  gemeente: tekst('Vul de gemeente in.', 80),
  leeftijdVan: z.number().int().min(3, 'Vanaf 3 jaar.').max(20, 'Tot en met 20 jaar.'),
  leeftijdTot: z.number().int().min(3, 'Vanaf 3 jaar.').max(20, 'Tot en met 20 jaar.'),
  toelatingsbronnen: z.array(z.enum(toelatingsbron.enumValues)).min(2, 'Kies ten minste twee bronnen: toelating weegt nooit één drempel (bron: Basisboek §18.6).'),
  contactNaam: tekst('Vul een contactpersoon in.', 120),
  contactEmail: z.email('Dit is geen geldig e-mailadres.').nullish().or(z.literal('')).transform((s) => (s ? s : null)),
  contactTelefoon: optioneel(30),
  gekoppeldeSchoolId: z.uuid('Kies een school.').nullish().or(z.literal('')).transform((s) => (s ? s : null)),
  particuliereAanbieder: optioneel(120),
  bekostigdeSchoolId: z.uuid('Kies een school.').nullish().or(z.literal('')).transform((s) => (s ? s : null)),
  ouderbijdrage: z.enum(['geen', 'vrijwillig', 'verplicht'], 'Kies of er een ouderbijdrage is.'),
  vrijwilligeBijdrage: optioneel(300),
  coordinatorId: z.uuid('Kies een coördinator.').nullish().or(z.literal('')).transform((s) => (s ? s : null)),
  actief: z.boolean().default(true),
});
export type VoorzieningInvoer = z.infer<typeof voorzieningBody>;

export const periodeBody = z.object({
  van: z.iso.date('Vul een datum in (JJJJ-MM-DD).'),
  tot: z.iso.date('Vul een datum in (JJJJ-MM-DD).'),
  plaatsen: z.number().int().min(0, 'Niet minder dan 0.').max(500, 'Hoogstens 500.'),
});

export const periodeResponse = z.object({
  id: z.string(), van: z.string(), tot: z.string(), plaatsen: z.number(), bezet: z.number(),
});

// A response schema without transforms: the serializer encodes, and a transform only decodes.
export const voorzieningResponse = z.object({
  naam: z.string(), laag: z.enum(piramideLaag.enumValues), vorm: z.enum(voorzieningVorm.enumValues), doelgroep: z.string(),
  doelen: z.string(), explicietCognitiefDoel: z.boolean(), vasteLeerkracht: z.boolean(), duur: z.enum(voorzieningDuur.enumValues),
  dagenTijden: z.string(), locatie: z.string(), gemeente: z.string(), leeftijdVan: z.number(), leeftijdTot: z.number(),
  toelatingsbronnen: z.array(z.enum(toelatingsbron.enumValues)), contactNaam: z.string(), contactEmail: z.string().nullable(),
  contactTelefoon: z.string().nullable(), gekoppeldeSchoolId: z.string().nullable(), particuliereAanbieder: z.string().nullable(),
  bekostigdeSchoolId: z.string().nullable(), vrijwilligeBijdrage: z.string().nullable(), coordinatorId: z.string().nullable(),
  actief: z.boolean(),
  id: z.string(),
  swvId: z.string(),
  ouderbijdrage: z.enum(['geen', 'vrijwillig']),
  gekoppeldeSchool: z.string().nullable(),
  bekostigdeSchool: z.string().nullable(),
  coordinator: z.string().nullable(),
  perioden: z.array(periodeResponse),
  wachtend: z.number(),
});
export type VoorzieningView = z.infer<typeof voorzieningResponse>;

export const beheerResponse = z.object({
  voorzieningen: z.array(voorzieningResponse),
  scholen: z.array(z.object({ id: z.string(), naam: z.string(), gemeente: z.string() })),
  coordinatoren: z.array(z.object({ id: z.string(), naam: z.string() })),
});
export const idResponse = z.object({ id: z.string() });
