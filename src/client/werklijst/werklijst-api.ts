import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';

export type TaakSoort = 'gesprek_neerwaartse_spiraal' | 'gesprek_op_verzoek_ouder' | 'gesprek_zorgsignaal';
export type WerkItem = {
  leerlingId: string; naam: string; school: string | null; omschrijving: string;
  datum: string | null; dagen: number | null; taakId: string | null; taakSoort: TaakSoort | null;
};
export type WerkOnderdeel = {
  soort: 'gesprekken' | 'screenings' | 'zorgsignalen' | 'besluiten' | 'opp' | 'aanvragen' | 'wachtlijst' | 'wenperiode'; aantal: number; items: WerkItem[];
};
export type Taak = {
  id: string; leerlingId: string; naam: string; soort: TaakSoort; reden: string; aangemaakt: string;
  gehouden: string | null; verslag: string | null; afgerondDoor: string | null;
};
export type Bereik = { scholen: { id: string; naam: string }[]; regios: { id: string; naam: string }[] };

export const useWerklijst = (enabled = true) =>
  useQuery({ queryKey: ['werklijst'], queryFn: () => api.get<{ onderdelen: WerkOnderdeel[] }>('/api/werklijst'), enabled });

export const useTaak = (id: string) => useQuery({ queryKey: ['taak', id], queryFn: () => api.get<Taak>(`/api/taken/${encodeURIComponent(id)}`) });

export function useGehouden(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { gehouden: string; verslag: string }) => api.post<{ id: string }>(`/api/taken/${encodeURIComponent(id)}/gehouden`, body),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: ['werklijst'] }), qc.invalidateQueries({ queryKey: ['taak', id] })]),
  });
}

export const useMijnBereik = () => useQuery({ queryKey: ['mijn-scholen'], queryFn: () => api.get<Bereik>('/api/signalering/mijn-scholen') });

/** Where each line of the worklist is done. */
export function linkVoor(soort: WerkOnderdeel['soort'], item: WerkItem): string {
  const profiel = `/leerlingen/${encodeURIComponent(item.leerlingId)}/signalering`;
  if (soort === 'gesprekken' && item.taakId) return `/werklijst/gesprekken/${encodeURIComponent(item.taakId)}`;
  if (soort === 'opp') return `/leerlingen/${encodeURIComponent(item.leerlingId)}/opp`;
  if (soort === 'aanvragen') return `/toelating/${encodeURIComponent(item.leerlingId)}`;
  // the coordinator's page, at the waiting-list place or placement the line is about
  if (soort === 'wachtlijst') return `/voorziening#w-${item.taakId ?? ''}`;
  if (soort === 'wenperiode') return `/voorziening#p-${item.taakId ?? ''}`;
  return profiel;
}
