import { z } from 'zod';

/** About 5 MB of CSV text; the route's body limit leaves room for the JSON around it. */
export const MAX_CSV_TEKENS = 5_000_000;

export const schoolParams = z.object({ schoolId: z.uuid('Dit is geen geldige school-id.') });

export const lvsImportBody = z.object({
  csv: z.string().min(1, 'Plak of kies een CSV-bestand.').max(MAX_CSV_TEKENS, 'Het bestand is groter dan 5 MB. Splits het in delen.'),
  bestandsnaam: z.string().trim().max(200).optional(),
  controleren: z.boolean().default(false),
});

const afwijzing = z.object({ regel: z.number(), kolom: z.string().nullable(), reden: z.string() });

export const lvsImportResponse = z.object({
  status: z.enum(['afgewezen', 'gecontroleerd', 'geimporteerd']),
  regels: z.number(),
  leerlingen: z.number(),
  alAanwezig: z.number(),
  gesprekken: z.number(),
  aantalAfwijzingen: z.number(),
  afwijzingen: z.array(afwijzing),
});

export const lvsAfgewezenResponse = lvsImportResponse.extend({ code: z.literal('ONGELDIGE_INVOER'), message: z.string() });
