// Request and response schemas of the OPP routes (zod, Dutch messages naming the field).
import { z } from 'zod';
import { vandaag } from '../core/schooljaar.js';

const tekst = (wat: string, max = 4000) =>
  z.string(`Vul ${wat} in.`).trim().max(max, `${wat[0]!.toUpperCase()}${wat.slice(1)} is te lang (hoogstens ${max} tekens).`);
const verplicht = (wat: string, max = 4000) => tekst(wat, max).min(1, `Vul ${wat} in.`);

export const leerlingParams = z.object({ id: z.uuid('Dit is geen geldige leerling-id.') });
export const evaluatieParams = leerlingParams.extend({ evaluatieId: z.uuid('Dit is geen geldige evaluatie-id.') });

export const doelSoorten = ['leerdoel', 'houdingsdoel'] as const;

/** A goal keeps its `sleutel` across versions, so evaluations and differences follow it. */
export const doel = z.object({
  sleutel: z.string().regex(/^d[0-9]{1,3}$/, 'Een doel heeft een sleutel als d1, d2.').optional(),
  omschrijving: verplicht('het doel', 1000),
  // Peer-group goals are attitude goals, not test goals (source: 003 §17.3.1).
  soort: z.enum(doelSoorten, 'Kies of het een leerdoel of een houdingsdoel is.'),
  criterium: tekst('hoe u ziet dat het doel is bereikt', 1000).optional(),
});

/** The handelingsdeel: what, who, when, where; a keuze-uur records what and where (003 §17.3). */
export const actie = z.object({
  wat: verplicht('wat er gebeurt', 1000),
  wie: verplicht('wie het doet', 200),
  wanneer: verplicht('wanneer het gebeurt', 200),
  waar: verplicht('waar het gebeurt', 200),
  keuzeuur: z.boolean('Geef aan of dit een keuze-uur is.').default(false),
});

export const partner = z.object({ naam: verplicht('de naam van de partner', 200), rol: tekst('de rol van de partner', 200).default('') });

export const oppInhoud = z.object({
  perspectief: verplicht('het ontwikkelingsperspectief'),
  sterkePunten: tekst('de sterke punten').default(''),
  bevorderend: tekst('de bevorderende factoren').default(''),
  belemmerend: tekst('de belemmerende factoren').default(''),
  ondersteuningsbehoeften: tekst('de ondersteuningsbehoeften').default(''),
  doelen: z.array(doel).min(1, 'Een OPP heeft minstens één doel.').max(30, 'Hoogstens 30 doelen.'),
  handelingsdeel: z.array(actie).min(1, 'Beschrijf in het handelingsdeel minstens één afspraak: wat, wie, wanneer, waar.').max(40, 'Hoogstens 40 afspraken.'),
  partners: z.array(partner).max(20, 'Hoogstens 20 partners.').default([]),
  leerlingWoorden: tekst('de woorden van de leerling').default(''),
  leerlingDoelen: tekst('de doelen van de leerling zelf').default(''),
  ouderVisie: tekst('de visie van de ouders').default(''),
  // What parents can do at home (Mina's stopwatch exercise, source: 003 §17.4).
  thuis: tekst('wat ouders thuis kunnen doen').default(''),
});
export type OppInhoud = z.infer<typeof oppInhoud>;

export const versieBody = z.object({
  inhoud: oppInhoud,
  toelichting: verplicht('wat er is veranderd en waarom', 1000),
});

export const versieQuery = z.object({
  nr: z.coerce.number('Dit is geen versienummer.').int().min(1, 'Versies beginnen bij 1.').optional(),
});

export const instemmingBody = z.object({
  versie: z.number('Dit is geen versienummer.').int().min(1).optional(),
  besluit: z.enum(['ingestemd', 'niet_ingestemd'], 'Kies of u instemt met het plan.'),
  toelichting: tekst('uw toelichting', 2000).optional(),
});

export const leegBody = z.object({});
export const inbrengBody = z.object({ tekst: verplicht('wat u wilt zeggen', 4000) });

export const evaluatiePlanBody = z.object({
  gepland: z.iso.date('De datum: vul een datum in als JJJJ-MM-DD.'),
  metOuders: z.boolean('Geef aan of de ouders erbij zijn.'),
});

export const deelnemerSoorten = ['leraar', 'mentor', 'ib', 'specialist', 'leerling', 'ouders', 'partner'] as const;
export const doelResultaten = ['behaald', 'deels', 'niet'] as const;
export const evaluatieUitkomsten = ['verlengd', 'aangepast', 'afgesloten'] as const;

export const evaluatieBody = z.object({
  evaluatieId: z.uuid('Dit is geen geplande evaluatie.').optional(),
  gehouden: z.iso.date('De datum: vul een datum in als JJJJ-MM-DD.').refine((d) => d <= vandaag(), 'Een evaluatie kan niet in de toekomst zijn gehouden.'),
  deelnemers: z.array(z.enum(deelnemerSoorten, 'Kies wie er meededen.')).min(1, 'Kies wie er meededen.'),
  notities: verplicht('de notities van het gesprek'),
  doelen: z.array(z.object({
    sleutel: z.string().regex(/^d[0-9]{1,3}$/, 'Onbekend doel.'),
    resultaat: z.enum(doelResultaten, 'Kies per doel: behaald, deels of niet.'),
    toelichting: tekst('de toelichting bij het doel', 1000).optional(),
  })),
  uitkomst: z.enum(evaluatieUitkomsten, 'Kies de uitkomst: verlengd, aangepast of afgesloten.'),
});

export const klasaanpassingBody = z.object({
  soort: z.enum(['compacten', 'verrijken', 'versnellen'], 'Kies compacten, verrijken of versnellen.'),
  vak: verplicht('het vak', 100),
  planning: z.enum(['weektaak', 'periodeplanning'], 'Kies weektaak of periodeplanning.'),
  doelen: verplicht('de doelen, vooraf vastgelegd', 2000),
  alsWerkAf: verplicht('wat de leerling doet als het werk af is', 2000),
  regie: verplicht('wie de regie heeft', 200),
  van: z.iso.date('De startdatum: vul een datum in als JJJJ-MM-DD.'),
});

export const overdrachtBody = z.object({
  aanpassingId: z.uuid('Dit is geen aanpassing.').optional(),
  overdracht: verplicht('de overdracht aan de volgende leraar', 2000),
  beeindigen: z.boolean().default(false),
});

export const aangemaakt = z.object({ id: z.string() });
export const versieAangemaakt = z.object({ id: z.string(), versie: z.number() });

const wijziging = z.object({
  onderdeel: z.string(), label: z.string().nullable(),
  soort: z.enum(['toegevoegd', 'gewijzigd', 'verwijderd']), oud: z.string().nullable(), nieuw: z.string().nullable(),
});
export type Wijziging = z.infer<typeof wijziging>;

const instemming = z.object({ ouder: z.string(), besluit: z.enum(['ingestemd', 'niet_ingestemd']), toelichting: z.string().nullable(), tijdstip: z.string() });
const versieRegel = z.object({
  versie: z.number(), toelichting: z.string(), door: z.string(), aangemaakt: z.string(),
  instemming: z.enum(['ingestemd', 'niet_ingestemd', 'ontbreekt']),
});
const evaluatie = z.object({
  id: z.string(), gepland: z.string(), metOuders: z.boolean(), gehouden: z.string().nullable(), versie: z.number().nullable(),
  deelnemers: z.array(z.string()), notities: z.string().nullable(),
  doelen: z.array(z.object({ sleutel: z.string(), resultaat: z.enum(doelResultaten), toelichting: z.string().nullable() })),
  uitkomst: z.enum(evaluatieUitkomsten).nullable(),
});

export const oppResponse = z.object({
  leerling: z.object({ id: z.string(), voornaam: z.string(), naam: z.string() }),
  magOpstellen: z.boolean(), magInstemmen: z.boolean(), magInbreng: z.boolean(),
  vorigPlan: z.object({ school: z.string(), toestemming: z.boolean() }).nullable(),
  opp: z.object({
    id: z.string(), afgesloten: z.string().nullable(),
    versie: z.number(), inhoud: z.any(), aangemaakt: z.string(), door: z.string(),
    instemming: z.object({ stand: z.enum(['ingestemd', 'niet_ingestemd', 'ontbreekt']), besluiten: z.array(instemming) }),
    versies: z.array(versieRegel),
    inbreng: z.array(z.object({ soort: z.enum(['ouder', 'leerling']), door: z.string(), tekst: z.string(), versie: z.number(), tijdstip: z.string() })),
    evaluaties: z.array(evaluatie),
    volgendeEvaluatie: z.string().nullable(),
    evaluatieMetOudersDitJaar: z.boolean(),
    stoppenOverwegen: z.boolean(),
    meegeven: z.boolean(),
  }).nullable(),
});

export const versieResponse = z.object({
  versie: z.object({
    versie: z.number(), inhoud: z.any(), toelichting: z.string(), door: z.string(), aangemaakt: z.string(),
    instemming: z.array(instemming), wijzigingen: z.array(wijziging),
  }).nullable(),
});

export const klasaanpassingenResponse = z.object({
  aanpassingen: z.array(z.object({
    id: z.string(), soort: z.enum(['compacten', 'verrijken', 'versnellen']), vak: z.string(), planning: z.enum(['weektaak', 'periodeplanning']),
    doelen: z.string(), alsWerkAf: z.string(), regie: z.string(), van: z.string(), tot: z.string().nullable(),
    overdracht: z.string().nullable(), door: z.string(),
  })),
  magVastleggen: z.boolean(),
});
