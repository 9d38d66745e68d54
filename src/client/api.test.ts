import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, NETWERK, setCsrfToken, withQuery } from './api.ts';
import { foutTekst } from './format.ts';

type Call = { url: string; init: RequestInit };

/** Answers the n-th request with the n-th body (the last one repeats). */
function mockFetch(status: number, ...bodies: unknown[]): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const body = bodies[Math.min(calls.length, bodies.length) - 1];
    return new Response(body === undefined ? null : JSON.stringify(body), { status });
  });
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('api', () => {
  it('drops empty query parameters', () => {
    expect(withQuery('/api/audit', { leerlingId: '', actie: 'x', pagina: 2, van: undefined })).toBe('/api/audit?actie=x&pagina=2');
    expect(withQuery('/api/leerlingen', {})).toBe('/api/leerlingen');
  });

  it('sends the CSRF token on POST but not on GET, and remembers a new one', async () => {
    const calls = mockFetch(200, { rollen: [] }, { stap: 'klaar', csrfToken: 'nieuw' });
    setCsrfToken('oud');
    await api.get('/api/start');
    await api.post('/api/auth/inloggen', { email: 'a@b.nl' });
    await api.post('/api/auth/totp', { code: '123456' });
    const headers = calls.map((c) => c.init.headers as Record<string, string>);
    expect(headers[0]!['x-csrf-token']).toBeUndefined();
    expect(headers[1]!['x-csrf-token']).toBe('oud');
    expect(headers[2]!['x-csrf-token']).toBe('nieuw');
    expect(calls[1]!.init.body).toBe(JSON.stringify({ email: 'a@b.nl' }));
    expect(calls.every((c) => c.init.credentials === 'same-origin')).toBe(true);
  });

  it('turns an error answer into an ApiError with code, Dutch message and fields', async () => {
    mockFetch(400, { code: 'ONGELDIGE_INVOER', message: 'Niet alle velden zijn goed ingevuld.', velden: [{ veld: 'email', melding: 'Vul een geldig e-mailadres in.' }] });
    const error = await api.post('/api/auth/inloggen', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'ONGELDIGE_INVOER', velden: [{ veld: 'email' }] });
  });

  it('shows our own text for a known code and the server text for an unknown one', async () => {
    expect(foutTekst(new ApiError(401, 'ONJUISTE_INLOG', 'server'))).toBe('Het e-mailadres of het wachtwoord klopt niet.');
    expect(foutTekst(new ApiError(418, 'THEEPOT', 'Ik ben een theepot.'))).toBe('Ik ben een theepot.');
    expect(foutTekst(new ApiError(500, 'HTTP_500', ''))).toBe('Er ging iets mis. Probeer het later opnieuw.');
  });

  it('reports a network failure as NETWERK', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await api.get('/api/start').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: NETWERK });
    expect(foutTekst(error)).toMatch(/niet bereikbaar/);
  });

  it('accepts an empty 204 answer', async () => {
    mockFetch(204, undefined);
    await expect(api.post('/api/auth/uitloggen')).resolves.toBeUndefined();
  });
});
