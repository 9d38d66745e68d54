import { useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../api.ts';

export const STAPPEN = ['observatie', 'gesprek_leerling', 'gesprek_ouders', 'hypothese', 'analyse_ib', 'traject'] as const;
export type Stap = (typeof STAPPEN)[number];
export const BESLUITEN = ['geen_actie', 'aanpassen_in_klas', 'plusklas_met_opp', 'aanvraag_bovenschools'] as const;
export type BesluitUitkomst = (typeof BESLUITEN)[number];
export const MET_WIE = ['ouders', 'leerling', 'leraar', 'ib', 'specialist', 'casemanager'] as const;
export const INSTRUMENTEN = ['DHH', 'SiDi-PO', 'ZOOV+', 'VO Quick-Screening'] as const;
export const SCREENING_UITKOMSTEN = ['geen_signaal', 'signaal', 'sterk_signaal'] as const;

export interface FormulierItem { sleutel: string; vraag: string; soort: 'schaal' | 'tekst'; verplicht: boolean }
export interface Formulier { soort: string; versie: number; titel: string; uitleg: string; eigen: true; items: FormulierItem[] }
export interface Ingevuld {
  id: string; datum: string; door: string; toelichting: string | null;
  formulier: { titel: string; versie: number; eigen: true } | null;
  antwoorden: { sleutel: string; vraag: string; waarde: number | string }[];
}
export interface Screening {
  id: string; instrument: string; datum: string; uitkomst: (typeof SCREENING_UITKOMSTEN)[number];
  advies: string | null; moment: string | null; door: string; rapport: { naam: string; type: string } | null;
}
export interface KenmerkVergelijking { sleutel: string; naam: string; school: number | null; ouders: number | null; verschil: number | null; verschilt: boolean }
export interface Profiel {
  leerling: { id: string; naam: string; groep: string | null };
  screenings: Screening[];
  nominaties: Ingevuld[]; observaties: Ingevuld[]; leerlingStem: Ingevuld[]; ouderBeelden: Ingevuld[];
  lvs: { toets: string; vak: string; datum: string; score: number; niveau: string | null; percentiel: number | null }[];
  iq: { id: string; datum: string; waarde: number; toelichting: string | null; door: string }[];
  zorgen: { id: string; soort: 'gedrag' | 'welbevinden'; zorgelijk: boolean; datum: string; toelichting: string | null; door: string }[];
  dubbelBijzonder: { id: string; datum: string; toelichting: string | null; door: string }[];
  vergelijking: {
    kenmerken: KenmerkVergelijking[];
    gemiddelde: { school: number | null; ouders: number | null; verschil: number | null; verschilt: boolean };
    verschilt: boolean; regel: string;
  };
  besluiten: { id: string; uitkomst: BesluitUitkomst; waarom: string; metWie: string[]; datum: string; door: string }[];
  curatief: { stappen: { id: string; stap: Stap; notitie: string; doel: string | null; datum: string; door: string }[]; volgendeStap: Stap | null; bron: string };
  formulieren: Formulier[];
  magBesluiten: boolean;
}
export interface Stand {
  nominaties: number; observaties: number; screenings: number; zorgen: number;
  ouderbeeld: 'geen' | 'niet_te_vergelijken' | 'gelijk' | 'verschilt'; besluit: BesluitUitkomst | null;
  curatief: { gezet: number; volgendeStap: Stap | null };
}
export interface Ouderbeeld { kind: { voornaam: string }; formulier: Formulier; eerder: Ingevuld[] }

const pad = (id: string) => `/api/leerlingen/${encodeURIComponent(id)}`;

export const profielKey = (id: string) => ['leerling', id, 'signaalprofiel'];

export function useSignaalprofiel(id: string) {
  return useQuery({ queryKey: profielKey(id), queryFn: () => api.get<Profiel>(`${pad(id)}/signaalprofiel`) });
}

/** The one-line state for the pupil page; null when the person may not see signalling. */
export function useStand(id: string) {
  return useQuery({
    queryKey: ['leerling', id, 'signalering'],
    queryFn: async () => {
      try {
        return await api.get<Stand>(`${pad(id)}/signalering`);
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
  });
}

export function useOuderbeeld(id: string) {
  return useQuery({ queryKey: ['leerling', id, 'ouderbeeld'], queryFn: () => api.get<Ouderbeeld>(`${pad(id)}/ouderbeeld`) });
}

export const postSignaal = (id: string, body: object) => api.post<{ id: string }>(`${pad(id)}/signalen`, body);
export const postScreening = (id: string, body: object) => api.post<{ id: string }>(`${pad(id)}/screenings`, body);
export const postOuderbeeld = (id: string, body: object) => api.post<{ id: string }>(`${pad(id)}/ouderbeeld`, body);
export const postBesluit = (id: string, body: object) => api.post<{ id: string }>(`${pad(id)}/besluiten`, body);
export const postCuratief = (id: string, body: object) => api.post<{ id: string }>(`${pad(id)}/curatief`, body);
export const rapportUrl = (id: string, screeningId: string) => `${pad(id)}/screenings/${encodeURIComponent(screeningId)}/rapport`;
