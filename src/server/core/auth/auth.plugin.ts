// Puts the session's actor on each request, and guards: `requireActor` for every route that needs
// a log-in, a CSRF token on every state-changing request.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../db/db.js';
import type { Actor, RequestMeta, Rol } from '../access/actor.js';
import { AppError } from '../errors/app-error.js';
import { findSession, SESSIE_COOKIE, type SessieInfo } from './session.js';
import { timingSafeEqual } from 'node:crypto';

declare module 'fastify' {
  interface FastifyRequest {
    sessie: SessieInfo | null;
    sessieToken: string | null;
  }
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const authPlugin = fp(async (app: FastifyInstance, opts: { db: Db }) => {
  app.decorateRequest('sessie', null);
  app.decorateRequest('sessieToken', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSIE_COOKIE];
    if (token) {
      request.sessieToken = token;
      request.sessie = await findSession(opts.db, token);
    }
    if (MUTATING.has(request.method)) checkCsrf(request);
  });
});

/**
 * A state-changing request must carry the session's CSRF token in a header, which another site
 * cannot read or set. Before log-in there is no session; SameSite=Strict cookies and the JSON-only
 * body (no form can post it cross-site without a CORS preflight) protect the log-in itself.
 */
function checkCsrf(request: FastifyRequest): void {
  if (!request.sessie) return;
  const header = request.headers['x-csrf-token'];
  const expected = Buffer.from(request.sessie.csrfToken);
  const given = Buffer.from(typeof header === 'string' ? header : '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new AppError('CSRF');
}

/** The logged-in actor with both steps done; throws NIET_INGELOGD otherwise. */
export function requireActor(request: FastifyRequest, ...nodig: Rol[]): Actor {
  const s = request.sessie;
  if (!s) throw new AppError('NIET_INGELOGD');
  if (!s.volledig) throw new AppError('TWEEDE_STAP_NODIG');
  if (nodig.length && !s.actor.rollen.some((r) => nodig.includes(r))) throw new AppError('NIET_GEVONDEN');
  return s.actor;
}

export function requestMeta(request: FastifyRequest, reden?: string): RequestMeta {
  return { route: `${request.method} ${request.routeOptions.url ?? request.url}`, ip: request.ip, reden };
}

export function setSessionCookie(reply: FastifyReply, token: string, uren: number, secure: boolean) {
  reply.setCookie(SESSIE_COOKIE, token, {
    path: '/', httpOnly: true, sameSite: 'strict', secure, maxAge: uren * 3600,
  });
}

export const clearSessionCookie = (reply: FastifyReply) => reply.clearCookie(SESSIE_COOKIE, { path: '/' });
