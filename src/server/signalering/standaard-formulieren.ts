// Piramide's own forms ("eigen formulier van Piramide"), built in: an SWV may replace a form by its own
// version (table `formulier`), otherwise these apply. They are ours, not a licensed instrument, so
// they may be copied, changed and shown in full.
// The parent questionnaire asks about the SAME characteristics as the teacher's nomination, so the
// two pictures can be set side by side (source: 003 §19.4; the comparison is in vergelijking.ts).
import { z } from 'zod';

export type FormulierSoort = 'nominatie' | 'observatie' | 'ouder_vragenlijst' | 'leerlinggesprek';

export const formulierItem = z.object({
  sleutel: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'Een sleutel bestaat uit kleine letters, cijfers en _.'),
  vraag: z.string().trim().min(1, 'Vul de vraag in.').max(300),
  soort: z.enum(['schaal', 'tekst']),
  verplicht: z.boolean(),
  /** For a scale item: the characteristic it scores, so that forms can be compared. */
  kenmerk: z.string().optional(),
});
export type FormulierItem = z.infer<typeof formulierItem>;

export type Formulier = {
  soort: FormulierSoort;
  /** 0 is the built-in version; an SWV's own versions count from 1. */
  versie: number;
  titel: string;
  uitleg: string;
  items: FormulierItem[];
};

/** The characteristics of a possible giftedness, as teachers and parents recognise them (003 §17.2.1). */
export const kenmerken = [
  { sleutel: 'creatief_denken', naam: 'Creatief denken' },
  { sleutel: 'intensiteit', naam: 'Intensiteit' },
  { sleutel: 'rechtvaardigheidsgevoel', naam: 'Sterk rechtvaardigheidsgevoel' },
  { sleutel: 'snel_van_begrip', naam: 'Snel van begrip' },
  { sleutel: 'woordenschat', naam: 'Grote woordenschat' },
  { sleutel: 'kritisch_denken', naam: 'Kritisch denken' },
  { sleutel: 'behoefte_aan_uitdaging', naam: 'Behoefte aan uitdaging' },
  { sleutel: 'zelfstandig_leren', naam: 'Zelfstandig leren' },
] as const;

export const kenmerkNaam = (sleutel: string) => kenmerken.find((k) => k.sleutel === sleutel)?.naam ?? sleutel;

const schaal = (vraag: (naam: string) => string, verplicht: boolean): FormulierItem[] =>
  kenmerken.map((k) => ({ sleutel: k.sleutel, vraag: vraag(k.naam), soort: 'schaal', verplicht, kenmerk: k.sleutel }));

export const SCHAAL_MIN = 1;
export const SCHAAL_MAX = 5;

export const standaardFormulieren: Record<FormulierSoort, Formulier> = {
  nominatie: {
    soort: 'nominatie', versie: 0, titel: 'Nominatie door leraar of mentor',
    uitleg: 'Geef per kenmerk een score van 1 (herken ik niet) tot 5 (herken ik heel sterk), en licht toe wat u ziet.',
    items: schaal((naam) => naam, true),
  },
  observatie: {
    soort: 'observatie', versie: 0, titel: 'Systematische observatie',
    uitleg: 'Beschrijf de situatie en wat u zag. Scoor alleen de kenmerken die u in deze situatie heeft gezien.',
    items: [
      { sleutel: 'situatie', vraag: 'In welke situatie heeft u geobserveerd (les, taak, groepje)?', soort: 'tekst', verplicht: true },
      { sleutel: 'wat_gezien', vraag: 'Wat zag u de leerling doen of zeggen?', soort: 'tekst', verplicht: true },
      ...schaal((naam) => naam, false),
    ],
  },
  ouder_vragenlijst: {
    soort: 'ouder_vragenlijst', versie: 0, titel: 'Hoe ziet u uw kind?',
    uitleg: 'Geef bij elke eigenschap aan hoe sterk u die thuis ziet: 1 is "zie ik niet", 5 is "zie ik heel sterk".',
    items: [
      { sleutel: 'creatief_denken', vraag: 'Mijn kind bedenkt eigen, nieuwe oplossingen en ideeën.', soort: 'schaal', verplicht: true, kenmerk: 'creatief_denken' },
      { sleutel: 'intensiteit', vraag: 'Mijn kind gaat ergens helemaal in op en voelt dingen sterk.', soort: 'schaal', verplicht: true, kenmerk: 'intensiteit' },
      { sleutel: 'rechtvaardigheidsgevoel', vraag: 'Mijn kind vindt eerlijkheid heel belangrijk.', soort: 'schaal', verplicht: true, kenmerk: 'rechtvaardigheidsgevoel' },
      { sleutel: 'snel_van_begrip', vraag: 'Mijn kind begrijpt nieuwe dingen snel.', soort: 'schaal', verplicht: true, kenmerk: 'snel_van_begrip' },
      { sleutel: 'woordenschat', vraag: 'Mijn kind kent veel woorden en praat graag.', soort: 'schaal', verplicht: true, kenmerk: 'woordenschat' },
      { sleutel: 'kritisch_denken', vraag: 'Mijn kind stelt kritische vragen en wil weten waarom.', soort: 'schaal', verplicht: true, kenmerk: 'kritisch_denken' },
      { sleutel: 'behoefte_aan_uitdaging', vraag: 'Mijn kind zoekt moeilijke dingen op en verveelt zich snel.', soort: 'schaal', verplicht: true, kenmerk: 'behoefte_aan_uitdaging' },
      { sleutel: 'zelfstandig_leren', vraag: 'Mijn kind leert uit zichzelf nieuwe dingen.', soort: 'schaal', verplicht: true, kenmerk: 'zelfstandig_leren' },
      { sleutel: 'thuis', vraag: 'Wat ziet u thuis dat de school misschien niet ziet?', soort: 'tekst', verplicht: false },
    ],
  },
  leerlinggesprek: {
    soort: 'leerlinggesprek', versie: 0, titel: 'Gesprek met de leerling',
    uitleg: 'Schrijf op wat de leerling zegt, in de eigen woorden van de leerling.',
    items: [
      { sleutel: 'leuk', vraag: 'Wat vind je leuk op school?', soort: 'tekst', verplicht: false },
      { sleutel: 'makkelijk', vraag: 'Wat gaat makkelijk en wat is moeilijk?', soort: 'tekst', verplicht: false },
      { sleutel: 'vervelen', vraag: 'Wanneer verveel je je?', soort: 'tekst', verplicht: false },
      { sleutel: 'leren', vraag: 'Wat zou je graag willen leren?', soort: 'tekst', verplicht: false },
      { sleutel: 'nog_zeggen', vraag: 'Wil je nog iets zeggen?', soort: 'tekst', verplicht: false },
    ],
  },
};

/**
 * The screening moments an SWV starts with (source: 003 §17.2.1 — class-wide screening at fixed
 * moments; §18.3 — VO Quick-Screening at intake). The functioneel beheerder may add more.
 */
export const standaardMomenten = {
  po: [
    { naam: 'Groep 1', leerjaar: 1, instrument: 'DHH', deadlineMaand: 4, deadlineDag: 1 },
    { naam: 'Groep 3', leerjaar: 3, instrument: 'DHH', deadlineMaand: 12, deadlineDag: 1 },
    { naam: 'Groep 5', leerjaar: 5, instrument: 'SiDi-PO', deadlineMaand: 12, deadlineDag: 1 },
  ],
  vo: [
    { naam: 'Intake en leerjaar 1', leerjaar: 1, instrument: 'VO Quick-Screening', deadlineMaand: 11, deadlineDag: 1 },
  ],
} as const;
