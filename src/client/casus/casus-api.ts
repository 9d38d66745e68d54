import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';

export const FASEN = ['leefbaar', 'schoolbaar', 'toetsbaar'] as const;
export const CASUS_SOORTEN = ['complex', 'dubbel_bijzonder', 'thuiszitter', 'onderwijs_zorgarrangement'] as const;
export const BETROKKENE_ROLLEN = ['school', 'ouder', 'leerling', 'zorgverlener', 'leerplichtambtenaar', 'procesbegeleider'] as const;
export const INTERVENTIE_SOORTEN = ['coachingsgesprekken', 'aanpassingen_in_de_klas', 'therapie', 'training', 'anders'] as const;
/** The seven factors of 004 §3. */
export const FACTOREN = ['relatie', 'samenwerking', 'expertise', 'aansluiting', 'sociaal_emotioneel', 'belasting', 'ouderbetrokkenheid'] as const;

export type Termijn = { soort: 'intake' | 'tijdelijke_opvang'; uiterlijk: string; dagenOver: number; stand: 'op_tijd' | 'loopt' | 'verlopen' | 'te_laat_gehaald' };
export type Vangnet = {
  id: string; uitval: string; stamschool: string; contact: string | null; contactPersoon: string | null; contactVerslag: string | null;
  intake: string | null; intakeVerslag: string | null; opvangStart: string | null; opvangSoort: string | null; opvangAanbieder: string | null;
  plan: 'context_versterken' | 'school_in_de_buurt' | null; planToelichting: string | null; leerplichtGeinformeerd: string | null;
  leerplichtambtenaar: string | null; herintreding: string | null; herintredingSchool: string | null; herintredingToelichting: string | null;
  termijnen: Termijn[];
};
export type Betrokkene = { id: string; rol: (typeof BETROKKENE_ROLLEN)[number]; naam: string; organisatie: string | null; heeftAccount: boolean };
export type Actie = { id: string; overlegId: string | null; omschrijving: string; eigenaar: string; uiterlijk: string; oppDoel: string | null; afgerond: string | null; teLaat: boolean; magAfronden: boolean };
export type Overleg = { id: string; datum: string; agenda: string[]; deelnemers: { naam: string; rol: string }[]; verslag: string; besluiten: string[]; volgendOverleg: string | null; gedeeld: boolean };
export type Ervaring = { perspectief: 'ouder' | 'leerling' | 'professional'; datum: string; door: string; factoren: Partial<Record<(typeof FACTOREN)[number], { score: number; toelichting: string | null }>>; toelichting: string | null };
export type Interventie = { id: string; soort: (typeof INTERVENTIE_SOORTEN)[number]; omschrijving: string | null; aanbieder: string; van: string; tot: string | null; doel: string; ervaringen: Ervaring[] };
export type FaseStand = {
  fase: (typeof FASEN)[number]; van: string; tot: string | null; jeugdhulp: string | null; jeugdhulpRol: 'aan_zet' | 'samen_met_onderwijs' | 'afgebouwd';
  voorwaarden: { tekst: string; voldaan: boolean }[]; overrideReden: string | null;
};
export type Casus = {
  id: string; soort: (typeof CASUS_SOORTEN)[number]; geopend: string; groeidoel: string | null; casemanager: { naam: string; email: string };
  onderdelen: string[]; magBeheren: boolean; mijnPerspectief: 'ouder' | 'leerling' | 'professional' | null;
  betrokkenen: Betrokkene[]; overleggen: Overleg[]; volgendOverleg: string | null; acties: Actie[]; interventies: Interventie[];
  fase: FaseStand | null; fasen: FaseStand[]; volgendeFase: { fase: (typeof FASEN)[number]; voorwaarden: string[] } | null; vangnet: Vangnet | null;
};
export type CasusView = { leerling: { id: string; naam: string }; magOpenen: boolean; casus: Casus | null };

export const casusKey = (id: string) => ['casus', id];
export const useCasus = (id: string) => useQuery({ queryKey: casusKey(id), queryFn: () => api.get<CasusView>(`/api/leerlingen/${encodeURIComponent(id)}/casus`) });
export const useCasemanagers = (id: string, enabled: boolean) => useQuery({
  queryKey: ['casemanagers', id], enabled,
  queryFn: () => api.get<{ casemanagers: { id: string; naam: string }[] }>(`/api/leerlingen/${encodeURIComponent(id)}/casus/casemanagers`),
});
export const useScholen = (id: string, enabled: boolean) => useQuery({
  queryKey: ['vangnet-scholen', id], enabled,
  queryFn: () => api.get<{ scholen: { id: string; naam: string; gemeente: string }[] }>(`/api/leerlingen/${encodeURIComponent(id)}/vangnet/scholen`),
});

export type CasusWerklijst = {
  vangnet: { leerlingId: string; naam: string; termijn: Termijn }[];
  acties: { id: string; leerlingId: string; naam: string; omschrijving: string; uiterlijk: string; dagenTeLaat: number; eigenaar: string; alsCasemanager: boolean }[];
};
export const useCasusWerklijst = () => useQuery({ queryKey: ['casus-werklijst'], queryFn: () => api.get<CasusWerklijst>('/api/casus/werklijst') });
export const useAfspraken = () => useQuery({ queryKey: ['vangnet-afspraken'], queryFn: () => api.get<{ tekst: string; bijgewerkt: string | null; magBewerken: boolean }>('/api/vangnet/afspraken') });

export const leerlingPad = (id: string) => `/api/leerlingen/${encodeURIComponent(id)}`;
