// HTTP for the LVS import: validate, authenticate, one use case, present. An import of a file with
// rejected rows is a 400 carrying the report of every rejected row; nothing was stored.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../core/app-context.js';
import { requestMeta, requireActor } from '../core/auth/auth.plugin.js';
import { getestIn } from '../core/access/leerling-route.js';
import { importLvsResultaten } from './lvs.service.js';
import { lvsAfgewezenResponse, lvsImportBody, lvsImportResponse, schoolParams } from './lvs.schema.js';

export const lvsRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.post('/api/scholen/:schoolId/lvs-import', {
    bodyLimit: 6 * 1024 * 1024,
    schema: {
      tags: ['signalering'], summary: 'LVS-resultaten van een school importeren (alles of niets), of eerst controleren',
      params: schoolParams, body: lvsImportBody,
      response: { 200: lvsImportResponse, 201: lvsImportResponse, 400: lvsAfgewezenResponse },
    },
    // Writes the results of a school's pupils (and opens talks), keyed by the school: its own test
    // asks every person of the test region, and checks an audit row per pupil.
    config: getestIn('test/integration/lvs-import.test.ts'),
  }, async (request, reply) => {
    const r = await importLvsResultaten(db, requireActor(request, 'ib', 'specialist'), request.params.schoolId, request.body, requestMeta(request));
    // A check ("controleren") answers with its report; an import that was refused is a 400.
    if (r.status === 'afgewezen' && !request.body.controleren) {
      const message = `Er is niets geïmporteerd: ${r.aantalAfwijzingen} ${r.aantalAfwijzingen === 1 ? 'regel is' : 'regels zijn'} afgekeurd.`;
      return reply.status(400).send({ code: 'ONGELDIGE_INVOER' as const, message, ...r });
    }
    return reply.status(r.status === 'geimporteerd' ? 201 : 200).send(r);
  });
};
