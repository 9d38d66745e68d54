// HTTP for the blind-spot report (aggregates only) and the schools/regions one may choose.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../core/app-context.js';
import { requestMeta, requireActor } from '../core/auth/auth.plugin.js';
import { zonderLeerlinggegevens } from '../core/access/leerling-route.js';
import { listMijnBereik, viewBlindeVlekken } from './blinde-vlekken.service.js';

const tags = ['signalering'];
const telling = z.object({ aantal: z.number().nullable(), onderdrukt: z.boolean() });

export const blindeVlekkenResponse = z.object({
  bereik: z.object({ soort: z.enum(['school', 'regio']), id: z.string(), naam: z.string() }),
  schooljaar: z.string(),
  minimumGroep: z.number(),
  leerlingen: telling, gesignaleerd: telling, onderpresteerders: telling, dubbelBijzonder: telling,
  dimensies: z.array(z.object({
    dimensie: z.enum(['geslacht', 'thuistaal', 'opleiding_ouders', 'lvs_band']),
    groepen: z.array(z.object({ waarde: z.string(), leerlingen: z.number().nullable(), gesignaleerd: z.number().nullable(), onderdrukt: z.boolean() })),
  })),
});

export const blindeVlekkenRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.get('/api/signalering/blinde-vlekken', {
    schema: {
      tags, summary: 'Blinde vlekken: aandeel gesignaleerde leerlingen per groep (alleen totalen, groepen vanaf 10)',
      querystring: z.object({ schoolId: z.uuid('Dit is geen geldige school-id.').optional(), swvId: z.uuid('Dit is geen geldige regio-id.').optional() }),
      response: { 200: blindeVlekkenResponse },
    },
    config: zonderLeerlinggegevens('counts per group of a school or region, groups under 10 withheld: names no pupil'),
  }, async (request) =>
    viewBlindeVlekken(db, requireActor(request, 'ib', 'specialist', 'swv_medewerker'), request.query, requestMeta(request)));

  app.get('/api/signalering/mijn-scholen', {
    schema: {
      tags, summary: 'De scholen en regio’s waarvoor u signalering op schoolniveau doet',
      response: { 200: z.object({ scholen: z.array(z.object({ id: z.string(), naam: z.string() })), regios: z.array(z.object({ id: z.string(), naam: z.string() })) }) },
    },
    config: zonderLeerlinggegevens('the schools and regions the actor works for: names no pupil'),
  }, async (request) => listMijnBereik(db, requireActor(request)));
};
