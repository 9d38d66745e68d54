/** The shapes the server sends (see the API contract in the brief for src/server). */

export const ROLLEN = [
  'leraar',
  'ib',
  'specialist',
  'casemanager',
  'commissielid',
  'swv_medewerker',
  'privacy_officer',
  'functioneel_beheerder',
  'ouder',
  'leerling',
  'coordinator',
  'zorgverlener',
  'leerplichtambtenaar',
  'procesbegeleider',
] as const;
export type Rol = (typeof ROLLEN)[number];

export interface Account {
  id: string | number;
  naam: string;
  email: string;
  soort: 'medewerker' | 'ouder' | 'leerling';
  rollen: string[];
  totpActief: boolean;
  /** Set for a pupil's own account. */
  leerlingId?: string | null;
}

export interface Sessie {
  account: Account;
  csrfToken: string;
  volledig: boolean;
}

export interface InlogAntwoord {
  stap: 'klaar' | 'totp';
  csrfToken?: string;
}

export interface Start {
  rollen: string[];
  kengetallen: { sleutel: string; aantal: number }[];
  totpAanbevolen: boolean;
}

export interface GroepKort {
  naam: string;
  leerjaar: number | string;
}

export interface LeerlingZoekItem {
  id: string | number;
  naam: string;
  geboortedatum: string;
  school: { naam: string } | null;
  groep: GroepKort | null;
}

export interface LeerlingZoekResultaat {
  leerlingen: LeerlingZoekItem[];
  meer: boolean;
}

export interface Inschrijving {
  school: { naam: string; brin: string; vestiging: string; gemeente: string; soort: string };
  van: string;
  tot: string | null;
  stamschool: boolean;
}

export interface Betrokkene {
  naam: string;
  rol: string;
  school?: string | null;
}

export interface LeerlingDetail {
  leerling: {
    id: string | number;
    naam: string;
    voornaam: string;
    tussenvoegsel: string | null;
    achternaam: string;
    geboortedatum: string;
    geslacht: 'm' | 'v' | 'x';
  };
  groep: (GroepKort & { schooljaar: string }) | null;
  inschrijvingen: Inschrijving[];
  betrokkenen: Betrokkene[];
}

export interface ToegangItem {
  tijdstip: string;
  actorNaam: string;
  actie: string;
  bron: string;
}

export interface Kind {
  id: string | number;
  naam: string;
  school: { naam: string } | null;
  groep: GroepKort | null;
  planWachtOpInstemming: boolean;
  aanmeldingWachtOpToestemming: boolean;
}

export interface AuditItem {
  id: string | number;
  tijdstip: string;
  actorNaam: string;
  actie: string;
  leerlingId: string | number | null;
  bron: string;
  route: string;
  ip: string;
  reden: string | null;
}

export interface AuditResultaat {
  items: AuditItem[];
  meer: boolean;
}
