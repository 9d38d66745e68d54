import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken } from '../api.ts';
import type { Sessie } from '../types.ts';

export const SESSIE_KEY = ['sessie'] as const;

async function fetchSessie(): Promise<Sessie | null> {
  try {
    const sessie = await api.get<Sessie>('/api/auth/sessie');
    setCsrfToken(sessie.csrfToken);
    return sessie;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The logged-in account, `null` when nobody is logged in. */
export function useSessie() {
  return useQuery({ queryKey: SESSIE_KEY, queryFn: fetchSessie, staleTime: 5 * 60_000 });
}

export function refreshSessie(queryClient: QueryClient) {
  return queryClient.fetchQuery({ queryKey: SESSIE_KEY, queryFn: fetchSessie, staleTime: 0 });
}

/** Roles that give access to pupil search and pupil pages. */
// The commissie sees pupil data only through the applications it weighs, the SWV staff only figures.
// Care providers, the leerplichtambtenaar and the procesbegeleider find the pupils whose case involves them.
export const MEDEWERKER_LEERLING_ROLLEN = ['leraar', 'ib', 'specialist', 'casemanager', 'zorgverlener', 'leerplichtambtenaar', 'procesbegeleider'];

export function heeftRol(sessie: Sessie | null | undefined, ...rollen: string[]): boolean {
  return !!sessie && sessie.account.rollen.some((r) => rollen.includes(r));
}

/**
 * Set when the user logs out on purpose: the page they were on is then not remembered as the place
 * to return to, so whoever logs in next starts at Start.
 */
let uitgelogd = false;
export const markeerUitgelogd = (waarde: boolean) => {
  uitgelogd = waarde;
};
export const isUitgelogd = () => uitgelogd;
