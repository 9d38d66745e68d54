import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { LeerlingDetail, LeerlingZoekResultaat, ToegangItem } from '../types.ts';

export function useLeerling(id: string) {
  return useQuery({
    queryKey: ['leerling', id],
    queryFn: () => api.get<LeerlingDetail>(`/api/leerlingen/${encodeURIComponent(id)}`),
  });
}

export function useLeerlingZoeken(zoek: string, pagina: number) {
  return useQuery({
    queryKey: ['leerlingen', zoek, pagina],
    queryFn: () => api.get<LeerlingZoekResultaat>('/api/leerlingen', { zoek, pagina }),
  });
}

export function useToegang(id: string, pagina: number) {
  return useQuery({
    queryKey: ['leerling', id, 'toegang', pagina],
    queryFn: () => api.get<{ items: ToegangItem[]; meer: boolean }>(`/api/leerlingen/${encodeURIComponent(id)}/toegang`, { pagina }),
  });
}
