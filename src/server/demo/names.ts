// Word lists for the synthetic region. Names are common-ish Dutch first and last names combined at
// random, and place names are built from parts, so no row describes a real person or place.

export const voornamenJongens = [
  'Daan', 'Sem', 'Noah', 'Lucas', 'Levi', 'Finn', 'Luuk', 'Milan', 'Bram', 'Jesse', 'Thijs', 'Ruben',
  'Lars', 'Tim', 'Thomas', 'Sven', 'Stijn', 'Gijs', 'Jens', 'Max', 'Julian', 'Mees', 'Siem', 'Jayden',
  'Tygo', 'Boaz', 'Teun', 'Owen', 'Hugo', 'Olivier', 'Mats', 'Ties', 'Guus', 'Jurre', 'Floris', 'Quinten',
  'Wout', 'Joep', 'Pepijn', 'Rens', 'Niek', 'Koen', 'Hidde', 'Vince', 'Dex', 'Morris', 'Jelle', 'Sam',
  'Adam', 'Mohammed', 'Yusuf', 'Ayoub', 'Emir', 'Kian', 'Liam', 'Otis', 'Abel', 'Cas', 'Job', 'Fedde',
] as const;

export const voornamenMeisjes = [
  'Emma', 'Julia', 'Tess', 'Sophie', 'Zoë', 'Mila', 'Sara', 'Nora', 'Anna', 'Evi', 'Fenna', 'Lotte',
  'Saar', 'Lieke', 'Isa', 'Noor', 'Eva', 'Fleur', 'Roos', 'Liv', 'Yara', 'Nova', 'Elin', 'Jasmijn',
  'Lina', 'Femke', 'Sanne', 'Maud', 'Lynn', 'Esmee', 'Floor', 'Hannah', 'Ilse', 'Jade', 'Veerle', 'Vera',
  'Sophia', 'Olivia', 'Mare', 'Puck', 'Luna', 'Ivy', 'Norah', 'Fay', 'Merel', 'Amira', 'Aya', 'Ela',
  'Hiba', 'Selin', 'Romy', 'Benthe', 'Loïs', 'Nina', 'Bo', 'Dewi', 'Lana', 'Linde', 'Ise', 'Suze',
] as const;

/** First names of the parents' and staff's generation. */
export const voornamenVolwassenen = [
  'Mark', 'Dennis', 'Kevin', 'Martijn', 'Jeroen', 'Sander', 'Bas', 'Niels', 'Erik', 'Rob', 'Wouter',
  'Michiel', 'Joost', 'Remco', 'Arjen', 'Hans', 'Pieter', 'Maarten', 'Rik', 'Tom', 'Youssef', 'Hasan',
  'Linda', 'Sanne', 'Kim', 'Marieke', 'Anouk', 'Esther', 'Ingrid', 'Mirjam', 'Annemiek', 'Judith',
  'Petra', 'Karin', 'Marloes', 'Ilse', 'Suzanne', 'Nicole', 'Wendy', 'Manon', 'Eline', 'Fatima',
  'Naima', 'Özlem', 'Bianca', 'Chantal', 'Hanneke', 'Liesbeth', 'Rianne', 'Saskia', 'Mieke', 'Ellen',
] as const;

/** [tussenvoegsel, achternaam]; an empty tussenvoegsel means none. */
export const achternamen: readonly (readonly [string, string])[] = [
  ['de', 'Jong'], ['', 'Jansen'], ['de', 'Vries'], ['van den', 'Berg'], ['van', 'Dijk'], ['', 'Bakker'],
  ['', 'Visser'], ['', 'Smit'], ['', 'Meijer'], ['de', 'Boer'], ['', 'Mulder'], ['de', 'Groot'],
  ['', 'Bos'], ['', 'Vos'], ['', 'Peters'], ['', 'Hendriks'], ['van', 'Leeuwen'], ['', 'Dekker'],
  ['', 'Brouwer'], ['de', 'Wit'], ['', 'Dijkstra'], ['', 'Smits'], ['de', 'Graaf'], ['van der', 'Meer'],
  ['van der', 'Linden'], ['', 'Kok'], ['', 'Jacobs'], ['de', 'Haan'], ['', 'Vermeulen'],
  ['van den', 'Heuvel'], ['van der', 'Veen'], ['van den', 'Broek'], ['de', 'Bruijn'],
  ['van der', 'Heijden'], ['', 'Schouten'], ['van', 'Beek'], ['', 'Willems'], ['van', 'Vliet'],
  ['van de', 'Ven'], ['', 'Hoekstra'], ['', 'Maas'], ['', 'Verhoeven'], ['', 'Koster'], ['van', 'Dam'],
  ['van der', 'Wal'], ['', 'Prins'], ['', 'Blom'], ['', 'Huisman'], ['', 'Peeters'], ['de', 'Jonge'],
  ['', 'Kuipers'], ['van', 'Veen'], ['', 'Post'], ['', 'Veenstra'], ['', 'Kramer'], ['van den', 'Brink'],
  ['', 'Scholten'], ['van', 'Wijk'], ['', 'Postma'], ['', 'Martens'], ['', 'Vink'], ['de', 'Ruiter'],
  ['', 'Timmermans'], ['', 'Groen'], ['', 'Gerritsen'], ['', 'Jonker'], ['van', 'Loon'],
  ['van der', 'Velde'], ['', 'Willemsen'], ['', 'Smeets'], ['de', 'Lange'], ['', 'Bosch'],
  ['van', 'Dongen'], ['', 'Schipper'], ['de', 'Koning'], ['van der', 'Laan'], ['', 'Driessen'],
  ['van', 'Doorn'], ['', 'Hermans'], ['', 'Evers'], ['van der', 'Meulen'], ['', 'Hofman'], ['', 'Bosman'],
  ['', 'Wolters'], ['', 'Sanders'], ['van der', 'Horst'], ['', 'Mol'], ['', 'Molenaar'], ['van de', 'Pol'],
  ['de', 'Leeuw'], ['', 'Verbeek'], ['', 'Yilmaz'], ['', 'Kaya'], ['el', 'Idrissi'], ['', 'Bakkali'],
  ['', 'Öztürk'], ['', 'Nguyen'], ['', 'Pinas'], ['', 'Tahiri'],
];

// Place names from parts, e.g. "Lindeveen", "Wolfsdijk": Dutch-looking, and picked so that the common
// combinations are not real municipalities.
export const plaatsBegin = [
  'Linde', 'Wolfs', 'Kraai', 'Vlier', 'Elzen', 'Raven', 'Heiden', 'Berken', 'Eiken', 'Beuken', 'Wilgen',
  'Hazel', 'Mosse', 'Riet', 'Klaver', 'Lijster', 'Merel', 'Reiger', 'Otter', 'Bever', 'Vossen', 'Dassen',
  'Haver', 'Rogge', 'Brem', 'Varen', 'Hulst', 'Esse', 'Zwaluw', 'Kievit',
] as const;
export const plaatsEind = [
  'veen', 'dijk', 'hoven', 'wijk', 'horst', 'broek', 'kerk', 'haar', 'loo', 'rade', 'hout', 'werd',
  'wolde', 'stede', 'meer', 'vliet', 'burg', 'drecht', 'voort', 'beek', 'wouden', 'ende', 'heuvel',
  'sloot', 'waard', 'dorp', 'akker', 'brug', 'gein', 'laar',
] as const;

export const denominaties = [
  { naam: 'Openbaar', po: 'OBS', vo: 'Openbare Scholengemeenschap' },
  { naam: 'Katholiek', po: 'RKBS', vo: 'Katholieke Scholengemeenschap' },
  { naam: 'Christelijk', po: 'CBS', vo: 'Christelijk College' },
  { naam: 'Algemeen Bijzonder', po: 'Basisschool', vo: 'Scholengemeenschap' },
] as const;

/** The demo story's school; the list below leaves it out, so the story's school is unambiguous. */
export const DEMO_SCHOOLNAAM = 'De Regenboog';
export const schoolnamenPo = [
  'Het Kompas', 'De Wegwijzer', 'De Springplank', 'De Vlinder', 'De Zonnewijzer',
  'De Klimop', 'Het Palet', 'De Bolster', 'De Fontein', 'De Horizon', 'De Wereldwijzer', 'De Schakel',
  'De Sterrenkijker', 'Het Mozaïek', 'De Kameleon', 'De Ark', 'De Wilgenhoek', 'De Eikenhof', 'De Linde',
  'De Vuurtoren', 'De Toermalijn', 'Het Anker', 'De Tweemaster', 'De Zeester', 'De Boomgaard',
  'De Klaverweide', 'De Notenbalk', 'De Meander', 'De Populier',
  'De Esdoorn', 'De Driesprong', 'De Vogelvlucht', 'De Windroos', 'Het Baken', 'De Kiem', 'De Ontdekking',
  'De Bongerd', 'De Vlieger', 'De Rietkraag', 'Het Startpunt', 'De Lichtboog', 'De Paperclip',
] as const;

export const schoolnamenVo = [
  'Spinoza', 'Huygens', 'Minerva', 'Atlas', 'Orion', 'Pallas', 'Vechtdal', 'Kompas', 'Meridiaan',
  'Ichthus', 'Esdal', 'Penta', 'Lorentz', 'Zernike', 'Terra', 'Maerlant', 'Stedelijk', 'Waterland',
] as const;

export const schoolnamenSo = [
  'De Brug', 'Het Kristal', 'De Sprong', 'De Steiger', 'Het Kapstok', 'De Zonnebloem', 'De Overstap',
] as const;

export const wijken = ['Noord', 'Zuid', 'Oost', 'West', 'Centrum', 'Dorp', 'Haven', 'Park'] as const;

/** Lower-case ASCII for e-mail addresses and host names: "Het Mozaïek" → "het-mozaiek". */
export function slug(s: string): string {
  return ascii(s).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Only the letters and digits, lower-case ASCII: "van der Wal" → "vanderwal". */
export const letters = (s: string) => ascii(s).replace(/[^a-z0-9]/g, '');

const ascii = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function volledigeNaam(voornaam: string, tussenvoegsel: string | null, achternaam: string): string {
  return [voornaam, tussenvoegsel, achternaam].filter(Boolean).join(' ');
}
