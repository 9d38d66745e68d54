// HTTP for the monitor: SWV staff's questionnaire, waves and analyses (aggregates only, CSV too); the
// school's code list; the pupil answering (own account or code token); a parent's objection.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../core/app-context.js';
import { leerlingRoute, zonderLeerlinggegevens } from '../core/access/leerling-route.js';
import { requestMeta, requireActor } from '../core/auth/auth.plugin.js';
import { AppError } from '../core/errors/app-error.js';
import { analyseerEquity, analyseerImpact } from './analyse.service.js';
import { beantwoord, bekijkBezwaar, logInMetCode, maakBezwaar, maakCodes, metingenVoorSchool, mijnVragenlijsten, openVragenlijst, rondAf, trekBezwaarIn, type Invuller } from './invullen.service.js';
import {
  antwoordBody, bezwaarResponse, codeBody, codesQuery, codesResponse, equityResponse, idParams, impactQuery, impactResponse,
  invullenResponse, itemBody, itemParams, leerlingParams, metingBody, schaalBody, swvQuery, vragenlijstResponse,
} from './monitor.schema.js';
import { impactCsv, equityCsv } from './monitor-csv.js';
import { bekijkVragenlijst, maakMeting, nodigUit, voegItemToe, zetSchaalActief } from './vragenlijst.service.js';

const tags = ['monitor'];
/** The header a code log-in's token travels in; never a cookie, so no other site can send it. */
export const TOKEN_HEADER = 'x-vragenlijst-token';

/** The pupil's own account, or the token of a code log-in (which opens one questionnaire only). */
function invuller(request: FastifyRequest): Invuller {
  const token = request.headers[TOKEN_HEADER];
  if (typeof token === 'string' && token) return { soort: 'code', token };
  return { soort: 'account', actor: requireActor(request, 'leerling') };
}

export const monitorRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  const ok = z.object({ ok: z.literal(true) });
  const vragenlijstBeheer = zonderLeerlinggegevens('the region’s questionnaire and its waves: configuration, names no pupil');
  const analyse = zonderLeerlinggegevens('regional totals per scale or background group, small groups withheld: names no pupil');

  app.get('/api/monitor/vragenlijst', {
    schema: { tags, summary: 'De vragenlijst van de regio (bij eerste gebruik gemaakt uit de IMAGE-standaard)', querystring: swvQuery, response: { 200: vragenlijstResponse } },
    config: vragenlijstBeheer,
  }, async (request) => bekijkVragenlijst(db, requireActor(request, 'swv_medewerker'), request.query));

  app.put('/api/monitor/schalen/:id', {
    schema: { tags, summary: 'Een schaal aan- of uitzetten', params: idParams, body: schaalBody, response: { 200: ok } },
    config: vragenlijstBeheer,
  }, async (request) => {
    await zetSchaalActief(db, requireActor(request, 'swv_medewerker'), request.params.id, request.body.actief, requestMeta(request));
    return { ok: true as const };
  });

  app.post('/api/monitor/schalen/:id/items', {
    schema: { tags, summary: 'Een eigen vraag aan een schaal toevoegen', params: idParams, body: itemBody, response: { 201: z.object({ id: z.string() }) } },
    config: vragenlijstBeheer,
  }, async (request, reply) => reply.status(201).send(await voegItemToe(db, requireActor(request, 'swv_medewerker'), request.params.id, request.body, requestMeta(request))));

  app.post('/api/monitor/vragenlijsten/:id/metingen', {
    schema: { tags, summary: 'Een meting plannen', params: idParams, body: metingBody, response: { 201: z.object({ id: z.string() }) } },
    config: vragenlijstBeheer,
  }, async (request, reply) => reply.status(201).send(await maakMeting(db, requireActor(request, 'swv_medewerker'), request.params.id, request.body, requestMeta(request))));

  app.post('/api/monitor/metingen/:id/uitnodigen', {
    schema: { tags, summary: 'De leerlingen van een meting uitnodigen (behalve bij bezwaar van ouders)', params: idParams, response: { 200: z.object({ nieuw: z.number() }) } },
    // Invites the wave's whole population in bulk (SWV staff have no relationship with pupils) and
    // answers a count; the names go to each pupil's own school only (…/codes).
    config: zonderLeerlinggegevens('invites a wave’s population in bulk and answers a count only: names no pupil'),
  }, async (request) => nodigUit(db, requireActor(request, 'swv_medewerker'), request.params.id, requestMeta(request)));

  app.get('/api/monitor/vragenlijsten/:id/impact', {
    schema: { tags, summary: 'Effect van deelname per schaal, tegenover de vergelijkingsgroep (alleen totalen)', params: idParams, querystring: impactQuery, response: { 200: impactResponse } },
    config: analyse,
  }, async (request) => analyseerImpact(db, requireActor(request, 'swv_medewerker'), request.params.id, request.query, requestMeta(request)));

  app.get('/api/monitor/vragenlijsten/:id/impact.csv', {
    schema: { tags, summary: 'Het effect per schaal als CSV (kleine groepen weggelaten)', params: idParams, querystring: impactQuery },
    config: analyse,
  }, async (request, reply) => {
    const r = await analyseerImpact(db, requireActor(request, 'swv_medewerker'), request.params.id, request.query, requestMeta(request));
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="monitor-effect.csv"').send(impactCsv(r));
  });

  app.get('/api/monitor/vragenlijsten/:id/equity', {
    schema: { tags, summary: 'Wie doet mee: deelname naar achtergrond en het logistische model (alleen totalen)', params: idParams, response: { 200: equityResponse } },
    config: analyse,
  }, async (request) => analyseerEquity(db, requireActor(request, 'swv_medewerker'), request.params.id, requestMeta(request)));

  app.get('/api/monitor/vragenlijsten/:id/equity.csv', {
    schema: { tags, summary: 'Het model van deelname als CSV', params: idParams },
    config: analyse,
  }, async (request, reply) => {
    const r = await analyseerEquity(db, requireActor(request, 'swv_medewerker'), request.params.id, requestMeta(request));
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="monitor-deelname.csv"').send(equityCsv(r));
  });

  // The school prints the codes (names with codes: the IB of the school only).
  app.get('/api/monitor/school-metingen', {
    schema: {
      tags, summary: 'De metingen met uitnodigingen op uw school', querystring: codesQuery,
      response: { 200: z.object({ school: z.object({ id: z.string(), naam: z.string() }), metingen: z.array(z.object({ id: z.string(), naam: z.string(), van: z.string(), tot: z.string(), uitgenodigd: z.number(), afgerond: z.number() })) }) },
    },
    config: zonderLeerlinggegevens('the waves with invitations at the IB’s school, with counts: names no pupil'),
  }, async (request) => metingenVoorSchool(db, requireActor(request, 'ib'), request.query.schoolId));

  app.post('/api/monitor/metingen/:id/codes', {
    schema: { tags, summary: 'Nieuwe inlogcodes voor de leerlingen van uw school (oude codes vervallen)', params: idParams, querystring: codesQuery, response: { 200: codesResponse } },
    // The names of the school's invited pupils who have not finished: some of the pupils its IB may see.
    config: leerlingRoute({ soort: 'lijst', actie: 'monitor.codes', deel: true, bron: 'monitor-codes' }),
    // Log-in before the query is validated: an anonymous caller learns nothing, not even the parameters.
    preValidation: async (request) => { requireActor(request, 'ib'); },
  }, async (request) => maakCodes(db, requireActor(request, 'ib'), request.params.id, request.query.schoolId, requestMeta(request)));

  // The pupil.
  app.post('/api/vragenlijst/code', {
    schema: { tags, summary: 'Inloggen met een code voor één vragenlijst', body: codeBody, response: { 200: z.object({ token: z.string(), uitnodigingId: z.string() }) } },
    config: {
      rateLimit: { max: 10, timeWindow: '1 minute' },
      // Each attempt is audited, a successful one with the pupil's id (invullen.service.ts).
      ...zonderLeerlinggegevens('log-in with a printed code: answers a token for one questionnaire, names no pupil'),
    },
  }, async (request) => {
    if (request.sessie) throw new AppError('CONFLICT', 'Je bent al ingelogd. Log eerst uit om met een code in te loggen.');
    return logInMetCode(db, request.body.code, requestMeta(request));
  });

  app.get('/api/vragenlijst/mijn', {
    schema: { tags, summary: 'Mijn open vragenlijsten', response: { 200: z.object({ vragenlijsten: z.array(z.object({ id: z.string(), naam: z.string(), tot: z.string(), afgerond: z.boolean() })) }) } },
    config: zonderLeerlinggegevens('a pupil’s own open questionnaires (wave names and dates), for her own account only: names no pupil'),
  }, async (request) => mijnVragenlijsten(db, requireActor(request, 'leerling')));

  app.get('/api/vragenlijst/:id', {
    schema: { tags, summary: 'De vragen, met de antwoorden die al gegeven zijn', params: idParams, response: { 200: invullenResponse } },
    // Own account or code token; the harness tries the own account (the token path: monitor.test.ts).
    config: leerlingRoute({ soort: 'bron', actie: 'monitor.invullen', bron: 'monitor-uitnodiging' }),
  }, async (request) => openVragenlijst(db, invuller(request), request.params.id, requestMeta(request)));

  app.put('/api/vragenlijst/:id/antwoorden/:itemId', {
    schema: { tags, summary: 'Eén antwoord opslaan (null: overslaan)', params: itemParams, body: antwoordBody, response: { 200: z.object({ opgeslagen: z.literal(true) }) } },
    // Pseudonymised by design (source: 004 §2): an answer is stored under the respondent key and not
    // audited, so the log does not tie the pupil to each item. Access is that of GET /api/vragenlijst/:id
    // (assertInvuller), whose opening and handing in are audited with the pupil's id.
    config: zonderLeerlinggegevens('one answer of the pupil’s own questionnaire, pseudonymised (respondent key) and deliberately not audited per item'),
  }, async (request) => beantwoord(db, invuller(request), request.params.id, request.params.itemId, request.body.score));

  app.post('/api/vragenlijst/:id/klaar', {
    schema: { tags, summary: 'De vragenlijst inleveren', params: idParams, response: { 200: ok } },
    config: leerlingRoute({ soort: 'bron', actie: 'monitor.invullen', bron: 'monitor-uitnodiging' }),
  }, async (request) => {
    await rondAf(db, invuller(request), request.params.id, requestMeta(request));
    return { ok: true as const };
  });

  // The parent.
  app.get('/api/leerlingen/:id/monitor-bezwaar', {
    schema: { tags, summary: 'Heeft de ouder bezwaar tegen de vragenlijst van de regio?', params: leerlingParams, response: { 200: bezwaarResponse } },
    config: leerlingRoute({ soort: 'leerling', actie: 'monitor.bezwaar' }),
  }, async (request) => bekijkBezwaar(db, requireActor(request), request.params.id, requestMeta(request)));

  app.post('/api/leerlingen/:id/monitor-bezwaar', {
    schema: { tags, summary: 'Bezwaar maken: uw kind krijgt de vragenlijst niet', params: leerlingParams, body: z.object({}).optional(), response: { 201: bezwaarResponse } },
    config: leerlingRoute({ soort: 'leerling', actie: 'monitor.bezwaar', voorbeeld: () => ({}) }),
  }, async (request, reply) => reply.status(201).send(await maakBezwaar(db, requireActor(request), request.params.id, requestMeta(request))));

  app.delete('/api/leerlingen/:id/monitor-bezwaar', {
    schema: { tags, summary: 'Het bezwaar intrekken', params: leerlingParams, response: { 200: bezwaarResponse } },
    config: leerlingRoute({ soort: 'leerling', actie: 'monitor.bezwaar' }),
  }, async (request) => trekBezwaarIn(db, requireActor(request), request.params.id, requestMeta(request)));
};
