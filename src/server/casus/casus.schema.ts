// Input and output of the case routes, with Dutch messages naming the field.
import { z } from 'zod';
import { fasen } from './fasen.js';
import { onderdelen } from './casus-inzage.js';

export const leerlingParams = z.object({ id: z.uuid('Dit is geen geldige leerling-id.') });
export const idParams = z.object({ id: z.uuid('Dit is geen geldige id.') });

const datum = (melding = 'Vul een datum in (JJJJ-MM-DD).') => z.iso.date(melding);
const tekst = (leeg: string, max = 2000) => z.string().trim().min(1, leeg).max(max, `Hoogstens ${max} tekens.`);
const optioneleTekst = (max = 2000) => z.string().trim().max(max, `Hoogstens ${max} tekens.`).optional().transform((s) => s || null);

export const casusSoorten = ['complex', 'dubbel_bijzonder', 'thuiszitter', 'onderwijs_zorgarrangement'] as const;
export const betrokkeneRollen = ['school', 'ouder', 'leerling', 'zorgverlener', 'leerplichtambtenaar', 'procesbegeleider'] as const;
export const interventieSoorten = ['coachingsgesprekken', 'aanpassingen_in_de_klas', 'therapie', 'training', 'anders'] as const;
/** The seven factors that shape how effective an intervention feels (source: 004 §3). */
export const factoren = ['relatie', 'samenwerking', 'expertise', 'aansluiting', 'sociaal_emotioneel', 'belasting', 'ouderbetrokkenheid'] as const;

export const openenBody = z.object({
  casemanagerId: z.uuid('Kies een casemanager.'),
  soort: z.enum(casusSoorten, 'Kies waarom de casus wordt geopend.'),
  groeidoel: optioneleTekst(1000),
});

export const betrokkeneBody = z.object({
  rol: z.enum(betrokkeneRollen, 'Kies de rol.'),
  naam: tekst('Vul de naam in.', 200),
  organisatie: optioneleTekst(200),
  email: z.union([z.literal(''), z.email('Vul een geldig e-mailadres in.')]).optional().transform((s) => s || null),
});

const actieInvoer = z.object({
  omschrijving: tekst('Schrijf op wat er moet gebeuren.', 500),
  eigenaar: z.union([z.literal('casemanager'), z.uuid('Kies wie de actie uitvoert.')]),
  uiterlijk: datum('Vul een datum in waarop de actie klaar is (JJJJ-MM-DD).'),
  oppDoel: optioneleTekst(300),
});

export const overlegBody = z.object({
  datum: datum(),
  agenda: z.array(tekst('Een agendapunt mag niet leeg zijn.', 300)).min(1, 'Zet minstens één punt op de agenda.').max(20),
  deelnemers: z.array(z.uuid()).max(30),
  verslag: tekst('Schrijf het gespreksverslag.', 10_000),
  besluiten: z.array(tekst('Een besluit mag niet leeg zijn.', 500)).max(20),
  acties: z.array(actieInvoer).max(30),
  volgendOverleg: datum().nullable().optional(),
  delen: z.boolean(),
});

export const afgerondBody = z.object({ datum: datum() });

export const interventieBody = z.object({
  soort: z.enum(interventieSoorten, 'Kies de soort interventie.'),
  omschrijving: optioneleTekst(500),
  aanbieder: tekst('Vul in wie de interventie geeft.', 200),
  van: datum(),
  tot: datum().nullable().optional(),
  doel: tekst('Schrijf het doel van de interventie op.', 1000),
});

const factorScore = z.object({
  score: z.number().int().min(1, 'Kies een score van 1 tot en met 5.').max(5, 'Kies een score van 1 tot en met 5.'),
  toelichting: optioneleTekst(500),
});
export const ervaringBody = z.object({
  factoren: z.partialRecord(z.enum(factoren), factorScore)
    .refine((f) => Object.keys(f).length > 0, 'Geef bij minstens één factor een score.'),
  toelichting: optioneleTekst(2000),
});

export const faseBody = z.object({
  fase: z.enum(fasen, 'Kies een fase.'),
  datum: datum(),
  jeugdhulp: optioneleTekst(1000),
  overrideReden: optioneleTekst(2000),
});
export const voorwaardenBody = z.object({ voldaan: z.array(z.boolean()).max(30) });

// ---- responses
export const aangemaakt = z.object({ id: z.string() });

const betrokkene = z.object({
  id: z.string(), rol: z.enum(betrokkeneRollen), naam: z.string(), organisatie: z.string().nullable(), heeftAccount: z.boolean(),
});
const actie = z.object({
  id: z.string(), overlegId: z.string().nullable(), omschrijving: z.string(), eigenaar: z.string(), uiterlijk: z.string(),
  oppDoel: z.string().nullable(), afgerond: z.string().nullable(), teLaat: z.boolean(), magAfronden: z.boolean(),
});
const overleg = z.object({
  id: z.string(), datum: z.string(), agenda: z.array(z.string()), deelnemers: z.array(z.object({ naam: z.string(), rol: z.string() })),
  verslag: z.string(), besluiten: z.array(z.string()), volgendOverleg: z.string().nullable(), gedeeld: z.boolean(),
});
const ervaring = z.object({
  perspectief: z.enum(['ouder', 'leerling', 'professional']), datum: z.string(), door: z.string(),
  factoren: z.partialRecord(z.enum(factoren), z.object({ score: z.number(), toelichting: z.string().nullable() })),
  toelichting: z.string().nullable(),
});
const interventie = z.object({
  id: z.string(), soort: z.enum(interventieSoorten), omschrijving: z.string().nullable(), aanbieder: z.string(),
  van: z.string(), tot: z.string().nullable(), doel: z.string(), ervaringen: z.array(ervaring),
});
const fase = z.object({
  fase: z.enum(fasen), van: z.string(), tot: z.string().nullable(), jeugdhulp: z.string().nullable(),
  jeugdhulpRol: z.enum(['aan_zet', 'samen_met_onderwijs', 'afgebouwd']),
  voorwaarden: z.array(z.object({ tekst: z.string(), voldaan: z.boolean() })), overrideReden: z.string().nullable(),
});
export const termijnStand = z.object({
  soort: z.enum(['intake', 'tijdelijke_opvang']), uiterlijk: z.string(), dagenOver: z.number(),
  stand: z.enum(['op_tijd', 'loopt', 'verlopen', 'te_laat_gehaald']),
});
export const vangnetView = z.object({
  id: z.string(), uitval: z.string(), stamschool: z.string(), contact: z.string().nullable(), contactPersoon: z.string().nullable(),
  contactVerslag: z.string().nullable(), intake: z.string().nullable(), intakeVerslag: z.string().nullable(),
  opvangStart: z.string().nullable(), opvangSoort: z.enum(['huiskamer', 'zorgboerderij', 'anders']).nullable(), opvangAanbieder: z.string().nullable(),
  plan: z.enum(['context_versterken', 'school_in_de_buurt']).nullable(), planToelichting: z.string().nullable(),
  leerplichtGeinformeerd: z.string().nullable(), leerplichtambtenaar: z.string().nullable(),
  herintreding: z.string().nullable(), herintredingSchool: z.string().nullable(), herintredingToelichting: z.string().nullable(),
  termijnen: z.array(termijnStand),
});

export const casusResponse = z.object({
  leerling: z.object({ id: z.string(), naam: z.string() }),
  magOpenen: z.boolean(),
  casus: z.object({
    id: z.string(), soort: z.enum(casusSoorten), geopend: z.string(), groeidoel: z.string().nullable(),
    casemanager: z.object({ naam: z.string(), email: z.string() }),
    onderdelen: z.array(z.enum(onderdelen)),
    magBeheren: z.boolean(),
    mijnPerspectief: z.enum(['ouder', 'leerling', 'professional']).nullable(),
    betrokkenen: z.array(betrokkene),
    overleggen: z.array(overleg),
    /** The next meeting planned (the earliest still to come), for those who take part in meetings. */
    volgendOverleg: z.string().nullable(),
    acties: z.array(actie),
    interventies: z.array(interventie),
    fase: fase.nullable(),
    fasen: z.array(fase),
    /** The conditions of the next phase as they will be copied when the pupil moves on. */
    volgendeFase: z.object({ fase: z.enum(fasen), voorwaarden: z.array(z.string()) }).nullable(),
    vangnet: vangnetView.nullable(),
  }).nullable(),
});

export const casemanagersResponse = z.object({ casemanagers: z.array(z.object({ id: z.string(), naam: z.string() })) });

export const werklijstResponse = z.object({
  vangnet: z.array(z.object({ leerlingId: z.string(), naam: z.string(), termijn: termijnStand })),
  acties: z.array(z.object({
    id: z.string(), leerlingId: z.string(), naam: z.string(), omschrijving: z.string(), uiterlijk: z.string(),
    dagenTeLaat: z.number(), eigenaar: z.string(), alsCasemanager: z.boolean(),
  })),
});

/** Why a case ends: the shared goal reached, the pupil moved on, or another route took over. */
export const sluitredenen = ['doel_bereikt', 'passende_plek', 'verhuisd', 'andere_route', 'ouders_stoppen', 'anders'] as const;

export const sluitenBody = z.object({
  reden: z.enum(sluitredenen, 'Kies waarom de casus stopt.'),
  datum: z.iso.date('De datum: vul een datum in als JJJJ-MM-DD.'),
  toelichting: z.string().trim().max(2000, 'De toelichting is te lang (hoogstens 2000 tekens).').default(''),
});

export const betrokkeneEindeBody = z.object({
  tot: z.iso.date('De laatste dag: vul een datum in als JJJJ-MM-DD.'),
});
