import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';

export const LAGEN = ['in_de_klas', 'in_de_school', 'bovenschools'] as const;
export type Laag = (typeof LAGEN)[number];
export const VORMEN = ['verrijking_in_de_klas', 'plusklas', 'peergroep', 'deeltijd', 'voltijd', 'onderwijs_zorgarrangement', 'vangnet'] as const;
export const BRONNEN = [
  'cijfers', 'lvs', 'oordeel_leraar', 'praktijkmiddag', 'taalonafhankelijke_screening', 'observatie',
  'gesprek_leerling', 'beeld_ouders', 'opp', 'onderzoek',
] as const;

export interface Loket {
  swvId: string; swv: string; telefoon: string; email: string; adres: string; bereikbaar: string;
  steunpuntNaam: string; steunpuntTelefoon: string; steunpuntWeb: string;
}
export interface PubliekeVoorziening {
  id: string; naam: string; laag: Laag; vorm: string; doelgroep: string; doelen: string; duur: 'heel_jaar' | 'korter';
  dagenTijden: string; locatie: string; gemeente: string; leeftijdVan: number; leeftijdTot: number; toelatingsbronnen: string[];
  contactNaam: string; contactEmail: string | null; contactTelefoon: string | null; vrijwilligeBijdrage: string | null;
  gekoppeldeSchool: string | null; plaatsenVrij: number | null; wachtend: Telling;
}
export interface PubliekAanbod { lokketten: Loket[]; gemeenten: string[]; voorzieningen: PubliekeVoorziening[] }

export function usePubliekAanbod(gemeente: string, laag: string) {
  return useQuery({
    queryKey: ['publiek-aanbod', gemeente, laag],
    queryFn: () => api.get<PubliekAanbod>('/api/publiek/aanbod', { gemeente, laag }),
  });
}

export interface Periode { id: string; van: string; tot: string; plaatsen: number; bezet: number }
export interface Voorziening {
  id: string; naam: string; laag: Laag; vorm: string; doelgroep: string; doelen: string; explicietCognitiefDoel: boolean;
  vasteLeerkracht: boolean; duur: 'heel_jaar' | 'korter'; dagenTijden: string; locatie: string; gemeente: string;
  leeftijdVan: number; leeftijdTot: number; toelatingsbronnen: string[]; contactNaam: string; contactEmail: string | null;
  contactTelefoon: string | null; gekoppeldeSchoolId: string | null; particuliereAanbieder: string | null;
  bekostigdeSchoolId: string | null; ouderbijdrage: 'geen' | 'vrijwillig'; vrijwilligeBijdrage: string | null;
  coordinatorId: string | null; actief: boolean; gekoppeldeSchool: string | null; bekostigdeSchool: string | null;
  coordinator: string | null; perioden: Periode[]; wachtend: number;
}
export interface Beheer {
  voorzieningen: Voorziening[];
  scholen: { id: string; naam: string; gemeente: string }[];
  coordinatoren: { id: string; naam: string }[];
}
export const BEHEER_KEY = ['aanbod-beheer'];
export const useAanbodBeheer = () => useQuery({ queryKey: BEHEER_KEY, queryFn: () => api.get<Beheer>('/api/aanbod/beheer') });

/** A count of pupils; withheld (null) when under the minimum group size. */
export type Telling = { aantal: number | null; onderdrukt: boolean };
export interface Dekking {
  signaalWeken: number;
  minimumGroep: number;
  perLaag: { laag: Laag; gemeente: string; voorzieningen: number; plaatsen: number; bezet: Telling; wachtend: Telling; langsteWachtWeken: number | null }[];
  gemeentenZonderInDeSchool: string[];
  langWachtend: { voorziening: string; gemeente: string; aantal: Telling; langsteWeken: number }[];
  aanvragenPerSchool: { school: string; gemeente: string; totaal: Telling; open: Telling; aanbevolen: Telling; nuNiet: Telling }[];
  signalen: { wachtend: Telling; mediaanWachtWeken: number | null; thuiszitters: Telling; shoppen: Telling; gestopt: Telling; naarSo: Telling };
}
export const useDekking = () => useQuery({ queryKey: ['aanbod-dekking'], queryFn: () => api.get<Dekking>('/api/aanbod/dekking') });
