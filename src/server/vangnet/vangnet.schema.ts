import { z } from 'zod';

const datum = (melding = 'Vul een datum in (JJJJ-MM-DD).') => z.iso.date(melding);
const tekst = (leeg: string, max = 2000) => z.string().trim().min(1, leeg).max(max, `Hoogstens ${max} tekens.`);
const optioneel = (max = 2000) => z.string().trim().max(max, `Hoogstens ${max} tekens.`).optional().transform((s) => s || null);

export const uitvalBody = z.object({ uitval: datum('Vul de datum in waarop de leerling echt uitviel (JJJJ-MM-DD).') });
export const contactBody = z.object({
  datum: datum(), contactPersoon: tekst('Vul in met wie van de stamschool u contact had.', 200), verslag: tekst('Schrijf kort wat is afgesproken.'),
});
export const intakeBody = z.object({ datum: datum(), verslag: tekst('Schrijf kort wat de intake opleverde.') });
export const opvangBody = z.object({
  start: datum(), soort: z.enum(['huiskamer', 'zorgboerderij', 'anders'], 'Kies de soort opvang.'), aanbieder: tekst('Vul in wie de opvang biedt.', 200),
});
export const planBody = z.object({
  richting: z.enum(['context_versterken', 'school_in_de_buurt'], 'Kies wat het plan is.'), toelichting: tekst('Schrijf het plan kort op.', 4000),
});
export const leerplichtBody = z.object({ datum: datum(), naam: tekst('Vul de naam van de leerplichtambtenaar in.', 200) });
export const herintredingBody = z.object({
  datum: datum(), schoolId: z.uuid('Kies een school.').nullable(), toelichting: optioneel(2000),
});
export const afsprakenBody = z.object({ tekst: z.string().trim().max(20_000, 'Hoogstens 20.000 tekens.') });
export const afsprakenResponse = z.object({ tekst: z.string(), bijgewerkt: z.string().nullable(), magBewerken: z.boolean() });
export const scholenResponse = z.object({ scholen: z.array(z.object({ id: z.string(), naam: z.string(), gemeente: z.string() })) });
