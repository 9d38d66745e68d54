import { z } from 'zod';

export const leerlingParams = z.object({ id: z.uuid('Dit is geen geldige leerling-id.') });
export const taakParams = z.object({ id: z.uuid('Dit is geen geldige taak-id.') });

export const gespreksverzoekBody = z.object({
  toelichting: z.string().trim().min(1, 'Schrijf kort waarover u wilt praten.').max(1000, 'Hoogstens 1000 tekens.'),
});
export const gespreksverzoekResponse = z.object({ id: z.string(), alOpen: z.boolean() });
export const gespreksverzoekenResponse = z.object({
  verzoeken: z.array(z.object({ id: z.string(), aangevraagd: z.string(), gehouden: z.string().nullable() })),
});

export const gehoudenBody = z.object({
  gehouden: z.iso.date('Vul een datum in (JJJJ-MM-DD).'),
  verslag: z.string().trim().min(1, 'Schrijf in het kort wat er is besproken.').max(2000, 'Hoogstens 2000 tekens.'),
});
export const gehoudenResponse = z.object({ id: z.string(), gehouden: z.string() });

export const taakSoorten = ['gesprek_neerwaartse_spiraal', 'gesprek_op_verzoek_ouder', 'gesprek_zorgsignaal'] as const;
export const taakResponse = z.object({
  id: z.string(), leerlingId: z.string(), naam: z.string(), soort: z.enum(taakSoorten), reden: z.string(),
  aangemaakt: z.string(), gehouden: z.string().nullable(), verslag: z.string().nullable(), afgerondDoor: z.string().nullable(),
});

const werkItem = z.object({
  leerlingId: z.string(), naam: z.string(), school: z.string().nullable(), omschrijving: z.string(),
  datum: z.string().nullable(), dagen: z.number().nullable(), taakId: z.string().nullable(), taakSoort: z.enum(taakSoorten).nullable(),
});
export const werklijstResponse = z.object({
  onderdelen: z.array(z.object({
    soort: z.enum(['gesprekken', 'screenings', 'zorgsignalen', 'besluiten', 'opp', 'aanvragen', 'wachtlijst', 'wenperiode']), aantal: z.number(), items: z.array(werkItem),
  })),
});
