/**
 * The one way the client talks to the server: JSON over fetch, with the session cookie,
 * and the CSRF token (from the session or log-in response) on every state-changing request.
 */

export interface VeldFout {
  veld: string;
  melding: string;
}

/** Every failed request becomes one of these: the server's code and Dutch message, or a client-side code. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly velden: VeldFout[];

  constructor(status: number, code: string, message: string, velden: VeldFout[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.velden = velden;
  }
}

/** Raised when the server cannot be reached at all (status 0). */
export const NETWERK = 'NETWERK';

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The token of a pupil's code log-in (it opens one questionnaire only), sent in its own header. */
let vragenlijstToken: string | null = null;

export function setVragenlijstToken(token: string | null): void {
  vragenlijstToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Query = Record<string, string | number | undefined | null>;

export function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (vragenlijstToken && path.startsWith('/api/vragenlijst/')) headers['x-vragenlijst-token'] = vragenlijstToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, NETWERK, '');
  }

  const text = await response.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }

  if (!response.ok) {
    const err = (data ?? {}) as { code?: unknown; message?: unknown; velden?: unknown };
    throw new ApiError(
      response.status,
      typeof err.code === 'string' ? err.code : `HTTP_${response.status}`,
      typeof err.message === 'string' ? err.message : '',
      Array.isArray(err.velden) ? (err.velden as VeldFout[]) : [],
    );
  }

  if (data && typeof data === 'object' && 'csrfToken' in data && typeof data.csrfToken === 'string') {
    csrfToken = data.csrfToken;
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, query: Query = {}) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown = {}) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown = {}) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
