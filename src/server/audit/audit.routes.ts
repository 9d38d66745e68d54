// The privacy officer's search of the audit log. The search itself is audited too.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../core/app-context.js';
import { requestMeta, requireActor } from '../core/auth/auth.plugin.js';
import { findAudit, writeAudit } from '../core/audit/audit.service.js';
import { account } from '../core/auth/auth.table.js';
import { paginaSchema } from '../leerling/leerling.schema.js';

const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Gebruik de vorm JJJJ-MM-DD.');
const PAGINA = 50;

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
  }, async (request) => {
    const actor = requireActor(request, 'privacy_officer');
    const q = request.query;
    let actorId: string | undefined;
    if (q.actorEmail) {
      const [acc] = await db.select({ id: account.id }).from(account).where(eq(account.email, q.actorEmail));
      if (!acc) return { items: [], meer: false };
      actorId = acc.id;
    }
    const tot = q.tot ? new Date(Date.parse(`${q.tot}T00:00:00Z`) + 86_400_000) : undefined;
    const rijen = await findAudit(db, {
      leerlingId: q.leerlingId, actorId, actie: q.actie,
      van: q.van ? new Date(`${q.van}T00:00:00Z`) : undefined, tot,
      limit: PAGINA + 1, offset: (q.pagina - 1) * PAGINA,
    });
    await writeAudit(db, actor, requestMeta(request), {
      actie: 'audit.zoeken', bron: 'audit', leerlingId: q.leerlingId ?? null,
      details: { ...q, aantal: Math.min(rijen.length, PAGINA) },
    });
    return {
      items: rijen.slice(0, PAGINA).map((r) => ({
        id: r.id, tijdstip: r.tijdstip.toISOString(), actorNaam: r.actorNaam, actie: r.actie,
        leerlingId: r.leerlingId, bron: r.bron, route: r.route, ip: r.ip, reden: r.reden,
      })),
      meer: rijen.length > PAGINA,
    };
  });
};
