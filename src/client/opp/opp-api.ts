import { useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../api.ts';

export const DOEL_SOORTEN = ['leerdoel', 'houdingsdoel'] as const;
export const DEELNEMERS = ['leraar', 'mentor', 'ib', 'specialist', 'leerling', 'ouders', 'partner'] as const;
export const RESULTATEN = ['behaald', 'deels', 'niet'] as const;
export const UITKOMSTEN = ['verlengd', 'aangepast', 'afgesloten'] as const;
export const AANPASSING_SOORTEN = ['compacten', 'verrijken', 'versnellen'] as const;
export const PLANNINGEN = ['weektaak', 'periodeplanning'] as const;
/** The free-text parts of a plan, in the order the plan shows them. */
export const TEKSTDELEN = ['perspectief', 'sterkePunten', 'bevorderend', 'belemmerend', 'ondersteuningsbehoeften'] as const;
export const STEMDELEN = ['leerlingWoorden', 'leerlingDoelen', 'ouderVisie', 'thuis'] as const;

export interface Doel { sleutel?: string; omschrijving: string; soort: (typeof DOEL_SOORTEN)[number]; criterium?: string }
export interface Actie { wat: string; wie: string; wanneer: string; waar: string; keuzeuur: boolean }
export interface Partner { naam: string; rol: string }
export interface Inhoud {
  perspectief: string; sterkePunten: string; bevorderend: string; belemmerend: string; ondersteuningsbehoeften: string;
  doelen: Doel[]; handelingsdeel: Actie[]; partners: Partner[];
  leerlingWoorden: string; leerlingDoelen: string; ouderVisie: string; thuis: string;
}
export type InstemmingStand = 'ingestemd' | 'niet_ingestemd' | 'ontbreekt';
export interface Besluit { ouder: string; besluit: 'ingestemd' | 'niet_ingestemd'; toelichting: string | null; tijdstip: string }
export interface Evaluatie {
  id: string; gepland: string; metOuders: boolean; gehouden: string | null; versie: number | null; deelnemers: string[];
  notities: string | null; doelen: { sleutel: string; resultaat: (typeof RESULTATEN)[number]; toelichting: string | null }[];
  uitkomst: (typeof UITKOMSTEN)[number] | null;
}
export interface Opp {
  leerling: { id: string; voornaam: string; naam: string };
  magOpstellen: boolean; magInstemmen: boolean; magInbreng: boolean;
  vorigPlan: { school: string; toestemming: boolean } | null;
  opp: null | {
    id: string; afgesloten: string | null; versie: number; inhoud: Inhoud; aangemaakt: string; door: string;
    instemming: { stand: InstemmingStand; besluiten: Besluit[] };
    versies: { versie: number; toelichting: string; door: string; aangemaakt: string; instemming: InstemmingStand }[];
    inbreng: { soort: 'ouder' | 'leerling'; door: string; tekst: string; versie: number; tijdstip: string }[];
    evaluaties: Evaluatie[]; volgendeEvaluatie: string | null; evaluatieMetOudersDitJaar: boolean; stoppenOverwegen: boolean; meegeven: boolean;
  };
}
export interface Wijziging { onderdeel: string; label: string | null; soort: 'toegevoegd' | 'gewijzigd' | 'verwijderd'; oud: string | null; nieuw: string | null }
export interface Versie { versie: number; inhoud: Inhoud; toelichting: string; door: string; aangemaakt: string; instemming: Besluit[]; wijzigingen: Wijziging[] }
export interface Klasaanpassing {
  id: string; soort: (typeof AANPASSING_SOORTEN)[number]; vak: string; planning: (typeof PLANNINGEN)[number]; doelen: string;
  alsWerkAf: string; regie: string; van: string; tot: string | null; overdracht: string | null; door: string;
}

const pad = (id: string) => `/api/leerlingen/${encodeURIComponent(id)}`;
export const oppKey = (id: string) => ['leerling', id, 'opp'];

export function useOpp(id: string) {
  return useQuery({ queryKey: oppKey(id), queryFn: () => api.get<Opp>(`${pad(id)}/opp`) });
}

/** The plan for the pupil page's one line; null when the person may not see it. */
export function useOppStand(id: string) {
  return useQuery({
    queryKey: oppKey(id),
    queryFn: async () => {
      try {
        return await api.get<Opp>(`${pad(id)}/opp`);
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
  });
}

/** A pupil's own plan. */
export function useMijnPlan() {
  return useQuery({ queryKey: ['mijn-plan'], queryFn: () => api.get<Opp>('/api/mijn-plan') });
}

export function useVersie(id: string, nr: number) {
  return useQuery({ queryKey: [...oppKey(id), 'versie', nr], queryFn: () => api.get<{ versie: Versie | null }>(`${pad(id)}/opp/versie?nr=${nr}`) });
}

export function useKlasaanpassingen(id: string) {
  return useQuery({
    queryKey: ['leerling', id, 'klasaanpassingen'],
    queryFn: () => api.get<{ aanpassingen: Klasaanpassing[]; magVastleggen: boolean }>(`${pad(id)}/klasaanpassingen`),
  });
}

export const oppPdfUrl = (id: string, nr?: number) => `${pad(id)}/opp/pdf${nr ? `?nr=${nr}` : ''}`;
export const evaluatiePdfUrl = (id: string, evaluatieId: string) => `${pad(id)}/opp/evaluaties/${encodeURIComponent(evaluatieId)}/pdf`;
export const postOverdrachtToestemming = (id: string) => api.post<{ id: string }>(`${pad(id)}/opp/overdracht-toestemming`, {});
export const postOvernemen = (id: string) => api.post<{ id: string }>(`${pad(id)}/opp/overnemen`, {});
export const postVersie = (id: string, body: object) => api.post<{ id: string; versie: number }>(`${pad(id)}/opp/versies`, body);
export const postInstemming = (id: string, body: object) => api.post<{ id: string }>(`${pad(id)}/opp/instemming`, body);
export const postInbreng = (id: string, body: object) => api.post<{ id: string }>(`${pad(id)}/opp/inbreng`, body);
export const postEvaluatiePlan = (id: string, body: object) => api.post<{ id: string }>(`${pad(id)}/opp/evaluaties`, body);
export const postEvaluatie = (id: string, body: object) => api.post<{ id: string }>(`${pad(id)}/opp/evaluaties/verslag`, body);
export const postKlasaanpassing = (id: string, body: object) => api.post<{ id: string }>(`${pad(id)}/klasaanpassingen`, body);
export const postOverdracht = (id: string, body: object) => api.post<{ id: string }>(`${pad(id)}/klasaanpassingen/overdracht`, body);
