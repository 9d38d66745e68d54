import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../core/app-context.js';
import { requireActor } from '../core/auth/auth.plugin.js';
import { rollen } from '../core/access/actor.js';
import { zonderLeerlinggegevens } from '../core/access/leerling-route.js';
import { homeFor } from './start.service.js';

export const startRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.get('/api/start', {
    schema: {
      tags: ['start'], summary: 'De startpagina: rollen en kengetallen',
      response: {
        200: z.object({
          rollen: z.array(z.enum(rollen)),
          kengetallen: z.array(z.object({ sleutel: z.string(), aantal: z.number() })),
          totpAanbevolen: z.boolean(),
        }),
      },
    },
    // The worklists themselves are /api/werklijst and /api/casus/werklijst.
    config: zonderLeerlinggegevens('the home page’s counts per role (pupils in my classes, my open cases…): names no pupil'),
  }, async (request) => homeFor(db, requireActor(request), request.sessie!.totpActief));
};
