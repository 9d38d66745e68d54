import { api, setVragenlijstToken } from '../api.ts';

export type Invullen = { metingNaam: string; afgerond: boolean; items: { id: string; tekst: string; score: number | null }[] };

const TOKEN_KEY = 'piramide-vragenlijst';

/** A code log-in lasts for this browser tab only: the next child on a shared tablet starts clean. */
export function bewaarToken(uitnodigingId: string, token: string) {
  sessionStorage.setItem(TOKEN_KEY, JSON.stringify({ uitnodigingId, token }));
}

/** Puts the tab's code token on requests for this questionnaire, if there is one. */
export function gebruikToken(uitnodigingId: string) {
  const raw = sessionStorage.getItem(TOKEN_KEY);
  const opgeslagen = raw ? (JSON.parse(raw) as { uitnodigingId: string; token: string }) : null;
  setVragenlijstToken(opgeslagen?.uitnodigingId === uitnodigingId ? opgeslagen.token : null);
}

export function vergeetToken() {
  sessionStorage.removeItem(TOKEN_KEY);
  setVragenlijstToken(null);
}

export const vragenlijstApi = {
  code: (code: string) => api.post<{ token: string; uitnodigingId: string }>('/api/vragenlijst/code', { code }),
  open: (id: string) => api.get<Invullen>(`/api/vragenlijst/${id}`),
  antwoord: (id: string, itemId: string, score: number | null) => api.put<{ opgeslagen: true }>(`/api/vragenlijst/${id}/antwoorden/${itemId}`, { score }),
  klaar: (id: string) => api.post<{ ok: true }>(`/api/vragenlijst/${id}/klaar`),
  mijn: () => api.get<{ vragenlijsten: { id: string; naam: string; tot: string; afgerond: boolean }[] }>('/api/vragenlijst/mijn'),
};
