import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';

export const PRIORITEITEN = ['thuiszitter', 'dreigende_uitval', 'regulier'] as const;
export const BESLUITEN = ['aanbevolen', 'nu_niet', 'andere_voorziening'] as const;
export const PARTIJEN = ['stamschool', 'voorziening', 'samen'] as const;

export interface Regels { prioriteit: { prioriteit: string; regel: string }[]; volgorde: string }
export interface WachtlijstPlek {
  id: string; leerlingId: string; naam: string; voorzieningId: string; voorziening: string; prioriteit: string; sinds: string;
  verwachteStart: string | null; positie: number; geschatteStart: string | null; wekenWachtend: number;
}
export interface VoorzieningOver { laag: string; vorm: string; doelgroep: string; doelen: string; dagenTijden: string; locatie: string; duur: string }
export interface Aanvraag {
  id: string; voorzieningId: string; voorziening: string; voorzieningOver: VoorzieningOver; school: string; aangevraagdDoor: string; aangevraagd: string;
  hulpvraag: string; dossier: { id: string | null; soort: string; datum: string | null; omschrijving: string }[];
  stemLeerling: string; stemLeerlingZelf: string | null; ouderInstemming: boolean | null; ouderVisie: string | null;
  ouderReactieOp: string | null; status: 'wacht_op_ouders' | 'bij_commissie' | 'besloten' | 'ingetrokken';
  besluit: string | null; besluitVoorziening: string | null; redenen: string | null; advies: string | null;
  gewogenBronnen: { bron: string; weging: string }[] | null; gedragswetenschapper: string | null; besloten: string | null;
  oudersGeinformeerd: string | null;
}
export interface Plaatsing {
  id: string; voorzieningId: string; voorziening: string; laag: string; van: string; tot: string | null; status: string;
  wenperiodeWeken: number; wenperiodeTot: string; afspraakId: string | null;
}
export interface Toelating {
  aanvragen: Aanvraag[]; wachtlijst: (WachtlijstPlek & { totaal: number })[]; plaatsingen: Plaatsing[]; regels: Regels;
  mag: { aanvragen: boolean; ouder: boolean; leerling: boolean; besluiten: boolean; plaatsen: boolean };
}
export const toelatingKey = (id: string) => ['leerling', id, 'toelating'];
export const useToelating = (id: string) => useQuery({
  queryKey: toelatingKey(id), queryFn: () => api.get<Toelating>(`/api/leerlingen/${encodeURIComponent(id)}/toelating`),
});

export interface AanvraagStart {
  bronnen: { id: string; soort: string; datum: string; omschrijving: string }[];
  voorzieningen: { id: string; naam: string; laag: string; vorm: string; gemeente: string; wachtend: number }[];
}
export const useAanvraagStart = (id: string) => useQuery({
  queryKey: ['leerling', id, 'aanvraag-start'], queryFn: () => api.get<AanvraagStart>(`/api/leerlingen/${encodeURIComponent(id)}/aanvraag`),
});

export interface WerkvoorraadRij { id: string; aanvraagId: string; naam: string; school: string; voorziening: string; aangevraagd: string; status: string; besluit: string | null }
export const useWerkvoorraad = () => useQuery({
  queryKey: ['commissie-werkvoorraad'], queryFn: () => api.get<{ aanvragen: WerkvoorraadRij[] }>('/api/toelating/commissie'),
});

export type CoordinatorRij =
  | (WachtlijstPlek & { soort: 'wachtend'; wachtlijstId: string })
  | { soort: 'geplaatst'; id: string; plaatsingId: string; naam: string; voorzieningId: string; voorziening: string; status: string; van: string; wenperiodeTot: string; afspraakId: string | null; getekend: boolean; overgeschreven: string | null };
export interface VoorzieningWerk {
  leerlingen: CoordinatorRij[];
  voorzieningen: { id: string; naam: string; laag: string; vorm: string; perioden: { van: string; tot: string; plaatsen: number; bezet: number }[] }[];
  regels: Regels;
}
export const WERK_KEY = ['voorziening-werk'];
export const useVoorzieningWerk = () => useQuery({ queryKey: WERK_KEY, queryFn: () => api.get<VoorzieningWerk>('/api/toelating/voorziening') });

export interface Afspraak {
  id: string; plaatsingId: string; leerlingId: string; stamschool: string; voorziening: string; stamschoolDoor: string | null;
  voorzieningDoor: string | null; oudersDoor: string | null; aandeelOnderwijstijd: number; symbiose: string; contactritme: string;
  verslaglegging: string; oudergesprekken: string; lvsGekoppeld: boolean; getekendStamschool: string | null;
  getekendVoorziening: string | null; getekendOuders: string | null; inschrijvingOvergeschreven: string | null;
  overschrijvenVoorgesteld: boolean; plaatsingStatus: string;
  contacten: { id: string; datum: string; vorm: string; notitie: string; door: string }[];
  mag: { tekenen: string[]; contact: boolean };
}
export const afspraakKey = (id: string) => ['afspraak', id];
export const useAfspraak = (id: string) => useQuery({ queryKey: afspraakKey(id), queryFn: () => api.get<Afspraak>(`/api/afspraken/${encodeURIComponent(id)}`) });
