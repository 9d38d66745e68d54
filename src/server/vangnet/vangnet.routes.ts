// HTTP for the vangnet: each step of the protocol as its own small form, the regional agreements.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../core/app-context.js';
import { requestMeta, requireActor } from '../core/auth/auth.plugin.js';
import { leerlingRoute, zonderLeerlinggegevens } from '../core/access/leerling-route.js';
import { aangemaakt, leerlingParams } from '../casus/casus.schema.js';
import {
  afsprakenBody, afsprakenResponse, contactBody, herintredingBody, intakeBody, leerplichtBody, opvangBody, planBody, scholenResponse, uitvalBody,
} from './vangnet.schema.js';
import {
  listScholenInRegio, recordContact, recordHerintreding, recordIntake, recordLeerplicht, recordOpvang, recordPlan,
  registerUitval, saveAfspraken, viewAfspraken,
} from './vangnet.service.js';
import { vandaagNl } from './termijnen.js';

const tags = ['vangnet'];
const created = { 201: aangemaakt };
const regionaleTekst = zonderLeerlinggegevens("the SWV's text of its regional vangnet agreements");
const als = (voorbeeld: () => unknown) => leerlingRoute({ soort: 'leerling', actie: 'vangnet.vastleggen', voorbeeld });

export const vangnetRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.post('/api/leerlingen/:id/vangnet', {
    schema: { tags, summary: 'Vastleggen op welke datum de leerling echt uitviel', params: leerlingParams, body: uitvalBody, response: created },
    config: als(() => ({ uitval: vandaagNl() })),
  }, async (request, reply) => reply.status(201).send(await registerUitval(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.post('/api/leerlingen/:id/vangnet/contact', {
    schema: { tags, summary: 'Het contact met de stamschool vastleggen', params: leerlingParams, body: contactBody, response: created },
    config: als(() => ({ datum: vandaagNl(), contactPersoon: 'Ilse Begeleider', verslag: 'Afgesproken wie wat doet.' })),
  }, async (request, reply) => reply.status(201).send(await recordContact(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.post('/api/leerlingen/:id/vangnet/intake', {
    schema: { tags, summary: 'De intake vastleggen (binnen 2 weken na de uitval)', params: leerlingParams, body: intakeBody, response: created },
    config: als(() => ({ datum: vandaagNl(), verslag: 'Intake met leerling en ouders.' })),
  }, async (request, reply) => reply.status(201).send(await recordIntake(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.post('/api/leerlingen/:id/vangnet/opvang', {
    schema: { tags, summary: 'De tijdelijke opvang laten beginnen (hoogstens 12 weken)', params: leerlingParams, body: opvangBody, response: created },
    config: als(() => ({ start: vandaagNl(), soort: 'huiskamer', aanbieder: 'Huiskamer De Linde' })),
  }, async (request, reply) => reply.status(201).send(await recordOpvang(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.post('/api/leerlingen/:id/vangnet/plan', {
    schema: { tags, summary: 'Het plan voor de 12 weken vastleggen', params: leerlingParams, body: planBody, response: created },
    config: als(() => ({ richting: 'context_versterken', toelichting: 'De stamschool past het rooster aan.' })),
  }, async (request, reply) => reply.status(201).send(await recordPlan(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.post('/api/leerlingen/:id/vangnet/leerplicht', {
    schema: { tags, summary: 'Vastleggen dat de leerplichtambtenaar is geïnformeerd', params: leerlingParams, body: leerplichtBody, response: created },
    config: als(() => ({ datum: vandaagNl(), naam: 'L. Plicht' })),
  }, async (request, reply) => reply.status(201).send(await recordLeerplicht(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.post('/api/leerlingen/:id/vangnet/herintreding', {
    schema: { tags, summary: 'De herintreding vastleggen: terug op de stamschool of op een school in de buurt', params: leerlingParams, body: herintredingBody, response: created },
    config: als(() => ({ datum: vandaagNl(), schoolId: null, toelichting: 'Terug op de eigen school.' })),
  }, async (request, reply) => reply.status(201).send(await recordHerintreding(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.get('/api/leerlingen/:id/vangnet/scholen', {
    schema: { tags, summary: 'Scholen in de regio, die in de eigen gemeente eerst', params: leerlingParams, response: { 200: scholenResponse } },
    config: leerlingRoute({ soort: 'leerling', actie: 'vangnet.vastleggen' }),
  }, async (request) => ({ scholen: await listScholenInRegio(db, requireActor(request), request.params.id, requestMeta(request)) }));

  app.get('/api/vangnet/afspraken', {
    schema: { tags, summary: 'De regionale afspraken over het vangnet', response: { 200: afsprakenResponse } },
    config: regionaleTekst,
  }, async (request) => viewAfspraken(db, requireActor(request)));

  app.put('/api/vangnet/afspraken', {
    schema: { tags, summary: 'De regionale afspraken over het vangnet aanpassen', body: afsprakenBody, response: { 200: afsprakenResponse } },
    config: regionaleTekst,
  }, async (request) => saveAfspraken(db, requireActor(request, 'swv_medewerker', 'functioneel_beheerder'), request.body.tekst, requestMeta(request)));
};
