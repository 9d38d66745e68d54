// HTTP for the privacy officer's audit search.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../core/app-context.js';
import { requestMeta, requireActor } from '../core/auth/auth.plugin.js';
import { getestIn } from '../core/access/leerling-route.js';
import { searchAuditLog } from './audit.service.js';
import { paginaSchema } from '../leerling/leerling.schema.js';

const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Gebruik de vorm JJJJ-MM-DD.');

export const auditRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.get('/api/audit', {
    schema: {
      tags: ['audit'], summary: 'Het auditlog doorzoeken (privacyfunctionaris)',
      querystring: z.object({
        leerlingId: z.uuid('Dit is geen geldige leerling-id.').optional(),
        actorEmail: z.string().trim().toLowerCase().max(254).optional(),
        actie: z.string().max(60).optional(),
        van: datum.optional(), tot: datum.optional(),
        pagina: paginaSchema,
      }),
      response: {
        200: z.object({
          items: z.array(z.object({
            id: z.number(), tijdstip: z.string(), actorNaam: z.string(), actie: z.string(),
            leerlingId: z.string().nullable(), bron: z.string(), route: z.string(), ip: z.string(), reden: z.string().nullable(),
          })),
          meer: z.boolean(),
        }),
      },
    },
    // It says which pupil (by id) went through whose hands: pupil data, for the privacy officer
    // alone. Its question is "who", not a pupil, so neither harness fits.
    config: getestIn('test/integration/audit.test.ts'),
  }, async (request) => {
    const r = await searchAuditLog(db, requireActor(request, 'privacy_officer'), request.query, requestMeta(request));
    return {
      items: r.rijen.map((x) => ({
        id: x.id, tijdstip: x.tijdstip.toISOString(), actorNaam: x.actorNaam, actie: x.actie,
        leerlingId: x.leerlingId, bron: x.bron, route: x.route, ip: x.ip, reden: x.reden,
      })),
      meer: r.meer,
    };
  });
};
