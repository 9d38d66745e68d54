// HTTP for the pupil file: validate, authenticate, one use case, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../core/app-context.js';
import { requestMeta, requireActor } from '../core/auth/auth.plugin.js';
import { leerlingRoute } from '../core/access/leerling-route.js';
import { listMijnKinderen, searchLeerlingen, viewLeerling, viewToegangslog } from './leerling.service.js';
import {
  kinderenResponse, leerlingParams, leerlingResponse, paginaSchema, presentLeerling, presentLijstLeerling,
  toegangResponse, zoekQuery, zoekResponse,
} from './leerling.schema.js';
import { z } from 'zod';

const tags = ['leerling'];

export const leerlingRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.get('/api/leerlingen', {
    schema: { tags, summary: 'Leerlingen zoeken (alleen wie u mag zien)', querystring: zoekQuery, response: { 200: zoekResponse } },
    config: leerlingRoute({ soort: 'lijst', actie: 'leerling.bekijken' }),
  }, async (request) => {
    const r = await searchLeerlingen(db, requireActor(request), request.query, requestMeta(request));
    return { leerlingen: r.rijen.map(presentLijstLeerling), meer: r.meer };
  });

  app.get('/api/leerlingen/:id', {
    schema: { tags, summary: 'De leerlingpagina', params: leerlingParams, response: { 200: leerlingResponse } },
    config: leerlingRoute({ soort: 'leerling', actie: 'leerling.bekijken' }),
  }, async (request) =>
    presentLeerling(await viewLeerling(db, requireActor(request), request.params.id, requestMeta(request))));

  app.get('/api/leerlingen/:id/toegang', {
    schema: {
      tags, summary: 'Wie heeft het dossier bekeken (voor ouders)', params: leerlingParams,
      querystring: z.object({ pagina: paginaSchema }), response: { 200: toegangResponse },
    },
    config: leerlingRoute({ soort: 'leerling', actie: 'leerling.toegang_bekijken' }),
  }, async (request) => {
    const r = await viewToegangslog(db, requireActor(request), request.params.id, request.query, requestMeta(request));
    return {
      items: r.rijen.map((x) => ({ tijdstip: x.tijdstip.toISOString(), actorNaam: x.actorNaam, actie: x.actie, bron: x.bron })),
      meer: r.meer,
    };
  });

  app.get('/api/mijn-kinderen', {
    schema: { tags, summary: 'De kinderen van de ingelogde ouder', response: { 200: kinderenResponse } },
    config: leerlingRoute({ soort: 'lijst', actie: 'leerling.toegang_bekijken' }),
  }, async (request) => {
    const rijen = await listMijnKinderen(db, requireActor(request, 'ouder'), requestMeta(request));
    return { kinderen: rijen.map((r) => ({ ...presentLijstLeerling(r), planWachtOpInstemming: r.planWachtOpInstemming, aanmeldingWachtOpToestemming: r.aanmeldingWachtOpToestemming })).map(({ geboortedatum: _, ...kind }) => kind) };
  });
};
