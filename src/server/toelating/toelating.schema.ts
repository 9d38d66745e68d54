import { z } from 'zod';
import { toelatingsbron } from '../aanbod/aanbod.table.js';
import { commissieBesluit, partij, wachtlijstPrioriteit } from './toelating.table.js';

const tekst = (melding: string, max = 2000) => z.string().trim().min(1, melding).max(max, `Hoogstens ${max} tekens.`);
const id = (melding: string) => z.object({ id: z.uuid(melding) });

export const leerlingParams = id('Dit is geen geldige leerling-id.');
export const aanvraagParams = id('Dit is geen geldige aanvraag-id.');
export const wachtlijstParams = id('Dit is geen geldige wachtlijst-id.');
export const plaatsingParams = id('Dit is geen geldige plaatsing-id.');
export const afspraakParams = id('Dit is geen geldige afspraak-id.');

export const dossierSoorten = ['signaal', 'screening', 'gesprek', 'besluit', 'opp', 'aanpassing', 'observatie', 'onderzoek', 'anders'] as const;

export const aanvraagBody = z.object({
  voorzieningId: z.uuid('Kies een voorziening.'),
  hulpvraag: tekst('Schrijf wat de leerling nodig heeft en wat de school al deed.'),
  stemLeerling: tekst('Schrijf op wat de leerling er zelf van vindt (hoorrecht).'),
  bronnen: z.array(z.uuid()).max(100).default([]),
  aanvullend: z.array(z.object({
    soort: z.enum(dossierSoorten), omschrijving: tekst('Beschrijf dit stuk van het dossier.', 1000),
  })).max(20).default([]),
});

export const dossierItem = z.object({
  id: z.string().nullable(), soort: z.enum(dossierSoorten), datum: z.string().nullable(), omschrijving: z.string(),
});

export const ouderBody = z.object({
  instemming: z.boolean('Kies of u instemt.'),
  visie: tekst('Schrijf in een paar zinnen hoe u uw kind ziet en wat u hoopt.', 2000),
});
export const leerlingStemBody = z.object({ tekst: tekst('Schrijf wat je ervan vindt.', 1000) });

export const besluitBody = z.object({
  besluit: z.enum(commissieBesluit.enumValues, 'Kies een besluit.'),
  redenen: tekst('Schrijf de redenen op: ouders en school lezen ze.'),
  advies: z.string().trim().max(2000).default(''),
  gedragswetenschapper: tekst('Noem de gedragswetenschapper of orthopedagoog die meewoog.', 120),
  gewogenBronnen: z.array(z.object({
    bron: z.enum(toelatingsbron.enumValues), weging: tekst('Schrijf wat deze bron laat zien.', 500),
  })).min(2, 'Weeg ten minste twee bronnen: er is geen enkele drempel die alleen beslist (bron: Basisboek §18.6).'),
  andereVoorzieningId: z.uuid('Kies een voorziening.').nullish(),
  prioriteit: z.enum(wachtlijstPrioriteit.enumValues).default('regulier'),
});

export const wachtlijstBody = z.object({
  prioriteit: z.enum(wachtlijstPrioriteit.enumValues, 'Kies een voorrangsregel.'),
  verwachteStart: z.iso.date('Vul een datum in (JJJJ-MM-DD).').nullish(),
  vervallen: z.boolean().default(false),
});

export const plaatsenBody = z.object({
  van: z.iso.date('Vul een startdatum in (JJJJ-MM-DD).'),
  // source: 003 §18.3.3 — settling in takes weeks, not hours
  wenperiodeWeken: z.number().int().min(2, 'Een wenperiode duurt weken, geen uren: ten minste 2 weken (bron: Basisboek §18.3.3).').max(26, 'Hoogstens 26 weken.'),
});

export const plaatsingStatusBody = z.object({
  status: z.enum(['wenperiode', 'geplaatst', 'afgerond', 'gestopt'], 'Kies een stap.'),
  datum: z.iso.date('Vul een datum in (JJJJ-MM-DD).'),
  reden: z.string().trim().max(1000).default(''),
});

export const afspraakBody = z.object({
  aandeelOnderwijstijd: z.number().int().min(1, 'Ten minste 1 %.').max(100, 'Hoogstens 100 %.'),
  symbiose: tekst('Beschrijf hoe en in welke mate de leerling elders les krijgt.'),
  contactritme: tekst('Spreek af hoe vaak de scholen contact hebben, bijvoorbeeld wekelijks bellen.', 300),
  verslaglegging: z.enum(partij.enumValues, 'Kies wie de verslagen schrijft.'),
  oudergesprekken: z.enum(partij.enumValues, 'Kies wie de oudergesprekken leidt.'),
  lvsGekoppeld: z.boolean().default(false),
});

export const contactBody = z.object({
  datum: z.iso.date('Vul een datum in (JJJJ-MM-DD).'),
  vorm: tekst('Kies hoe u contact had.', 60),
  notitie: tekst('Schrijf kort wat u besprak.', 2000),
});

export const overschrijvenBody = z.object({ datum: z.iso.date('Vul een datum in (JJJJ-MM-DD).') });
export const idResponse = z.object({ id: z.string() });
