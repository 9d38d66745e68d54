// HTTP for talks and the worklist: a parent asks for a talk and sees its state; staff see their
// worklist, open a talk and record that it was held.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../core/app-context.js';
import { requestMeta, requireActor } from '../core/auth/auth.plugin.js';
import { leerlingRoute } from '../core/access/leerling-route.js';
import { vandaag } from '../core/schooljaar.js';
import { listGespreksverzoeken, markGesprekGehouden, requestGesprek } from './gesprek.service.js';
import { viewTaak, viewWerklijst } from './werklijst.service.js';
import {
  gehoudenBody, gehoudenResponse, gespreksverzoekBody, gespreksverzoekenResponse, gespreksverzoekResponse,
  leerlingParams, taakParams, taakResponse, werklijstResponse,
} from './gesprek.schema.js';

const tags = ['signalering'];

export const gesprekRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.post('/api/leerlingen/:id/gespreksverzoek', {
    schema: { tags, summary: 'Een ouder vraagt om een gesprek', params: leerlingParams, body: gespreksverzoekBody, response: { 201: gespreksverzoekResponse } },
    config: leerlingRoute({ soort: 'leerling', actie: 'signalering.ouder', voorbeeld: () => ({ toelichting: 'Ik wil graag praten over hoe het gaat.' }) }),
  }, async (request, reply) => {
    const r = await requestGesprek(db, requireActor(request), request.params.id, request.body, requestMeta(request));
    return reply.status(201).send(r);
  });

  app.get('/api/leerlingen/:id/gespreksverzoeken', {
    schema: { tags, summary: 'De gesprekken waar ouders om vroegen, met hun stand', params: leerlingParams, response: { 200: gespreksverzoekenResponse } },
    config: leerlingRoute({ soort: 'leerling', actie: 'signalering.ouder' }),
  }, async (request) => {
    const rijen = await listGespreksverzoeken(db, requireActor(request), request.params.id, requestMeta(request));
    return { verzoeken: rijen.map((r) => ({ id: r.id, aangevraagd: r.aangemaakt.toISOString(), gehouden: r.gehouden })) };
  });

  app.get('/api/werklijst', {
    schema: { tags, summary: 'Mijn werklijst: gesprekken, screenings, zorgsignalen, besluiten', response: { 200: werklijstResponse } },
    // The worklist gathers lines of several capabilities (signalling, OPP, admission), each filtered by
    // its own action; across them, nobody may appear whom the person may not see at all.
    config: leerlingRoute({ soort: 'lijst', actie: 'leerling.bekijken', deel: true, bron: 'werklijst-gesprekken' }),
  }, async (request) => ({ onderdelen: await viewWerklijst(db, requireActor(request), requestMeta(request)) }));

  app.get('/api/taken/:id', {
    schema: { tags, summary: 'Een gesprek dat gehouden moet worden', params: taakParams, response: { 200: taakResponse } },
    config: leerlingRoute({ soort: 'bron', actie: 'signalering.bekijken', bron: 'taak-gesprek' }),
  }, async (request) => {
    const t = await viewTaak(db, requireActor(request), request.params.id, requestMeta(request));
    return {
      id: t.id, leerlingId: t.leerling_id, naam: t.naam, soort: t.soort as (typeof taakResponse.shape.soort.options)[number],
      reden: t.reden, aangemaakt: t.aangemaakt, gehouden: t.gehouden, verslag: t.verslag, afgerondDoor: t.afgerond_door_naam,
    };
  });

  app.post('/api/taken/:id/gehouden', {
    schema: { tags, summary: 'Vastleggen dat het gesprek is gehouden', params: taakParams, body: gehoudenBody, response: { 201: gehoudenResponse } },
    config: leerlingRoute({ soort: 'bron', actie: 'signalering.vastleggen', bron: 'taak-gesprek', voorbeeld: () => ({ gehouden: vandaag(), verslag: 'Kort gesproken.' }) }),
  }, async (request, reply) => {
    const r = await markGesprekGehouden(db, requireActor(request), request.params.id, request.body, requestMeta(request));
    return reply.status(201).send(r);
  });
};
