// Response schemas of admission: exactly the fields that leave the server.
import { z } from 'zod';
import { piramideLaag, toelatingsbron, voorzieningDuur, voorzieningVorm } from '../aanbod/aanbod.table.js';
import { aanvraagStatus, commissieBesluit, partij, plaatsingStatus, wachtlijstPrioriteit } from './toelating.table.js';
import { dossierItem } from './toelating.schema.js';

const regels = z.object({
  prioriteit: z.array(z.object({ prioriteit: z.enum(wachtlijstPrioriteit.enumValues), regel: z.string() })),
  volgorde: z.string(),
});

const wachtlijstItem = z.object({
  id: z.string(), leerlingId: z.string(), naam: z.string(), voorzieningId: z.string(), voorziening: z.string(),
  prioriteit: z.enum(wachtlijstPrioriteit.enumValues), sinds: z.string(), verwachteStart: z.string().nullable(),
  positie: z.number(), geschatteStart: z.string().nullable(), wekenWachtend: z.number(),
});

export const aanvraagStartResponse = z.object({
  bronnen: z.array(z.object({ id: z.string(), soort: z.string(), datum: z.string(), omschrijving: z.string() })),
  voorzieningen: z.array(z.object({
    id: z.string(), naam: z.string(), laag: z.enum(piramideLaag.enumValues), vorm: z.enum(voorzieningVorm.enumValues),
    gemeente: z.string(), wachtend: z.number(),
  })),
});

/** What the provision asked for is, in the catalogue's words, so that a family reads what it means. */
const voorzieningOver = z.object({
  laag: z.enum(piramideLaag.enumValues), vorm: z.enum(voorzieningVorm.enumValues), doelgroep: z.string(), doelen: z.string(),
  dagenTijden: z.string(), locatie: z.string(), duur: z.enum(voorzieningDuur.enumValues),
});

// The fields marked "not for the pupil" are left out when the reader is the pupil herself (see voorLeerling).
export const toelatingResponse = z.object({
  aanvragen: z.array(z.object({
    id: z.string(), voorzieningId: z.string(), voorziening: z.string(), voorzieningOver, school: z.string(), aangevraagdDoor: z.string(),
    aangevraagd: z.string(), hulpvraag: z.string().optional(), dossier: z.array(dossierItem).optional(), stemLeerling: z.string(),
    stemLeerlingZelf: z.string().nullable(), ouderInstemming: z.boolean().nullable(), ouderVisie: z.string().nullable().optional(),
    ouderReactieOp: z.string().nullable(), status: z.enum(aanvraagStatus.enumValues), besluit: z.enum(commissieBesluit.enumValues).nullable(),
    besluitVoorziening: z.string().nullable(), redenen: z.string().nullable().optional(), advies: z.string().nullable().optional(),
    gewogenBronnen: z.array(z.object({ bron: z.enum(toelatingsbron.enumValues), weging: z.string() })).nullable().optional(),
    gedragswetenschapper: z.string().nullable().optional(), besloten: z.string().nullable(), oudersGeinformeerd: z.string().nullable().optional(),
  })),
  wachtlijst: z.array(wachtlijstItem.extend({ totaal: z.number() })),
  plaatsingen: z.array(z.object({
    id: z.string(), voorzieningId: z.string(), voorziening: z.string(), laag: z.enum(piramideLaag.enumValues), van: z.string(),
    tot: z.string().nullable(), status: z.enum(plaatsingStatus.enumValues), wenperiodeWeken: z.number(), wenperiodeTot: z.string(),
    afspraakId: z.string().nullable(),
  })),
  regels,
  mag: z.object({ aanvragen: z.boolean(), ouder: z.boolean(), leerling: z.boolean(), besluiten: z.boolean(), plaatsen: z.boolean() }),
});

export const werkvoorraadResponse = z.object({
  aanvragen: z.array(z.object({
    id: z.string(), aanvraagId: z.string(), naam: z.string(), school: z.string(), voorziening: z.string(), aangevraagd: z.string(),
    status: z.enum(['bij_commissie', 'besloten']), besluit: z.enum(commissieBesluit.enumValues).nullable(),
  })),
});

export const voorzieningWerkResponse = z.object({
  leerlingen: z.array(z.union([
    wachtlijstItem.extend({ soort: z.literal('wachtend'), wachtlijstId: z.string() }),
    z.object({
      soort: z.literal('geplaatst'), id: z.string(), plaatsingId: z.string(), naam: z.string(), voorzieningId: z.string(),
      voorziening: z.string(), status: z.enum(plaatsingStatus.enumValues), van: z.string(), wenperiodeTot: z.string(),
      afspraakId: z.string().nullable(), getekend: z.boolean(), overgeschreven: z.string().nullable(),
    }),
  ])),
  voorzieningen: z.array(z.object({
    id: z.string(), naam: z.string(), laag: z.enum(piramideLaag.enumValues), vorm: z.enum(voorzieningVorm.enumValues),
    perioden: z.array(z.object({ van: z.string(), tot: z.string(), plaatsen: z.number(), bezet: z.number() })),
  })),
  regels,
});

export const afspraakResponse = z.object({
  id: z.string(), plaatsingId: z.string(), leerlingId: z.string(), stamschool: z.string(), voorziening: z.string(),
  stamschoolDoor: z.string().nullable(), voorzieningDoor: z.string().nullable(), oudersDoor: z.string().nullable(),
  aandeelOnderwijstijd: z.number(), symbiose: z.string(), contactritme: z.string(), verslaglegging: z.enum(partij.enumValues),
  oudergesprekken: z.enum(partij.enumValues), lvsGekoppeld: z.boolean(), getekendStamschool: z.string().nullable(),
  getekendVoorziening: z.string().nullable(), getekendOuders: z.string().nullable(), inschrijvingOvergeschreven: z.string().nullable(),
  overschrijvenVoorgesteld: z.boolean(), plaatsingStatus: z.enum(plaatsingStatus.enumValues),
  contacten: z.array(z.object({ id: z.string(), datum: z.string(), vorm: z.string(), notitie: z.string(), door: z.string() })),
  mag: z.object({ tekenen: z.array(z.enum(['stamschool', 'voorziening', 'ouders'])), contact: z.boolean() }),
});

export const aanvraagAangemaaktResponse = z.object({ id: z.string(), alOpen: z.boolean() });
export const ouderResponse = z.object({ id: z.string(), status: z.enum(aanvraagStatus.enumValues) });
export const besluitResponse = z.object({ id: z.string(), wachtlijstId: z.string().nullable() });
export const afspraakOpgeslagenResponse = z.object({ id: z.string(), overschrijvenVoorgesteld: z.boolean() });

/**
 * What the pupil herself is handed of an application (hoorrecht, source: 000): what is asked for,
 * where it stands, what the school wrote down as her view and her own words. Not the school's file
 * and question, her parents' view, or the commissie's weighing and reasons: those are written for
 * the adults, who tell her (the parents are informed of the decision, source: 003 §18.2).
 */
export function voorLeerling<A extends Record<string, unknown>>(a: A) {
  const {
    hulpvraag: _h, dossier: _d, ouderVisie: _o, redenen: _r, advies: _a, gewogenBronnen: _g, gedragswetenschapper: _gw,
    oudersGeinformeerd: _oi, ...rest
  } = a;
  return rest;
}
