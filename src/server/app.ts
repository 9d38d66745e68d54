// Builds the Fastify application: security plugins, the session, every capability's routes, the
// OpenAPI document and the client. Starting and stopping the server is the caller's business.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from './core/db/db.js';
import type { Config } from './core/env.js';
import { createMailer, type Mailer } from './core/mail/mailer.js';
import { registerErrorHandler } from './core/errors/http-errors.js';
import { authPlugin } from './core/auth/auth.plugin.js';
import { authRoutes } from './core/auth/auth.routes.js';
import { leerlingRoutes } from './leerling/leerling.routes.js';
import { startRoutes } from './start/start.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { lvsRoutes } from './signalering/lvs.routes.js';
import { gesprekRoutes } from './signalering/gesprek.routes.js';
import { blindeVlekkenRoutes } from './signalering/blinde-vlekken.routes.js';
import { signaleringRoutes } from './signalering/signalering.routes.js';
import { oppRoutes } from './opp/opp.routes.js';
import { monitorRoutes } from './monitor/monitor.routes.js';
import { aanbodRoutes } from './aanbod/aanbod.routes.js';
import { toelatingRoutes } from './toelating/toelating.routes.js';
import { casusRoutes } from './casus/casus.routes.js';
import { vangnetRoutes } from './vangnet/vangnet.routes.js';
import { zonderLeerlinggegevens, type LeerlingRouteInfo } from './core/access/leerling-route.js';

// Zod speaks Dutch in every validation message (source of the promise: "a clear Dutch error").
z.config(z.locales.nl());

export const clientDir = fileURLToPath(new URL('../../dist/client', import.meta.url));

export type RegisteredLeerlingRoute = { method: string; url: string; info: LeerlingRouteInfo };
/** Every /api route and how it is marked, so a test can refuse a route that says nothing about pupil data. */
export type RegisteredApiRoute = { method: string; url: string; gemarkeerd: boolean; getest?: string };

export type BuildOptions = { db: Db; config: Config; mailer?: Mailer; logger?: boolean | object; serveClient?: boolean };

export async function buildApp(opts: BuildOptions): Promise<FastifyInstance & { leerlingRoutes: RegisteredLeerlingRoute[]; apiRoutes: RegisteredApiRoute[] }> {
  const app = Fastify({
    logger: opts.logger ?? { level: opts.config.logLevel },
    trustProxy: false,
    // One line per request only when debugging; reads of pupil data are in the audit log anyway.
    logController: new LogController({ disableRequestLogging: !['debug', 'trace'].includes(opts.config.logLevel) }),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const leerlingRouteList: RegisteredLeerlingRoute[] = [];
  const apiRouteList: RegisteredApiRoute[] = [];
  app.addHook('onRoute', (route) => {
    // Fastify adds a HEAD twin for every GET; it shares the handler, so list the GET only.
    if (route.method === 'HEAD' || !route.url.startsWith('/api/')) return;
    const info = route.config?.leerlingRoute;
    if (info) leerlingRouteList.push({ method: String(route.method), url: route.url, info });
    const getest = route.config?.getest;
    apiRouteList.push({ method: String(route.method), url: route.url, gemarkeerd: Boolean(info || route.config?.zonderLeerlinggegevens || getest), getest });
  });

  registerErrorHandler(app);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"], frameAncestors: ["'none'"], formAction: ["'self'"], objectSrc: ["'none'"],
      },
    },
  });
  await app.register(rateLimit, { global: false });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: { title: 'Piramide API', version: '0.1.0', description: 'Ondersteuningsketen voor (hoog)begaafde leerlingen' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(authPlugin, { db: opts.db });

  const mailer = opts.mailer ?? createMailer(opts.config, (regel) => app.log.info(regel));
  const ctx = { db: opts.db, config: opts.config, mailer };
  app.get('/api/health', {
    schema: { tags: ['systeem'], summary: 'Kan de applicatie verzoeken verwerken?', response: { 200: z.object({ status: z.literal('ok') }) } },
    config: zonderLeerlinggegevens('answers "ok" when the database answers'),
  }, async () => {
    await opts.db.execute(sql`select 1`);
    return { status: 'ok' as const };
  });
  app.get('/api/openapi.json', { schema: { hide: true }, config: zonderLeerlinggegevens('the API description') }, async () => app.swagger());
  await app.register(authRoutes, ctx);
  await app.register(startRoutes, ctx);
  await app.register(leerlingRoutes, ctx);
  await app.register(auditRoutes, ctx);
  await app.register(lvsRoutes, ctx);
  await app.register(gesprekRoutes, ctx);
  await app.register(blindeVlekkenRoutes, ctx);
  await app.register(signaleringRoutes, ctx);
  await app.register(oppRoutes, ctx);
  await app.register(monitorRoutes, ctx);
  await app.register(aanbodRoutes, ctx);
  await app.register(toelatingRoutes, ctx);
  await app.register(casusRoutes, ctx);
  await app.register(vangnetRoutes, ctx);

  if (opts.serveClient !== false && existsSync(clientDir)) await serveClient(app);
  return Object.assign(app, { leerlingRoutes: leerlingRouteList, apiRoutes: apiRouteList });
}

/** The built client, with index.html for every path the client's router owns. */
async function serveClient(app: FastifyInstance) {
  await app.register(fastifyStatic, { root: clientDir, wildcard: false, index: false });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    const file = request.url.split('?')[0]!.slice(1);
    if (file && existsSync(`${clientDir}/${file}`) && !file.includes('..')) return reply.sendFile(file);
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
