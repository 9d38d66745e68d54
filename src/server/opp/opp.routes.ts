// HTTP for the OPP and the in-class adaptations. Validate, authenticate, one use case, present.
// The access harness calls the marked routes in the order they are registered here: a plan is
// written (POST …/opp/versies) before consent, contributions and evaluations are tried on it.
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { evaluatiePdf, oppPdf } from './opp-pdf.js';
import type { AppContext } from '../core/app-context.js';
import { requestMeta, requireActor } from '../core/auth/auth.plugin.js';
import { leerlingRoute } from '../core/access/leerling-route.js';
import { vandaag } from '../core/schooljaar.js';
import { nietGevonden } from '../core/errors/app-error.js';
import {
  aangemaakt, evaluatieBody, evaluatieParams, leegBody, evaluatiePlanBody, inbrengBody, instemmingBody, klasaanpassingBody, klasaanpassingenResponse,
  leerlingParams, oppResponse, portfolioLeerlingBody, portfolioLeraarBody, portfolioResponse, versieAangemaakt, overdrachtBody, versieBody, versieQuery, versieResponse,
} from './opp.schema.js';
import { recordInbreng, recordInstemming, recordVersie, viewOpp, viewVersie } from './opp.service.js';
import { planEvaluatie, recordEvaluatie } from './evaluatie.service.js';
import { recordOverdrachtToestemming, takeOverOpp } from './overdracht.service.js';
import { listPortfolio, recordLeerlingDeel, recordLeraarDeel } from './portfolio.service.js';
import { listKlasaanpassingen, recordKlasaanpassing, recordOverdracht } from './klasaanpassing.service.js';

const tags = ['opp'];

const stuurPdf = (reply: FastifyReply, r: { pdf: Buffer; naam: string }) =>
  reply.header('content-type', 'application/pdf').header('cache-control', 'no-store')
    .header('content-disposition', `attachment; filename="${r.naam.replace(/[^\w.\- ]/g, '_')}"`).send(r.pdf);
const created = { 201: aangemaakt };

/** A small but complete plan, for the access harness. */
const voorbeeldPlan = () => ({
  toelichting: 'Eerste versie na het gesprek met ouders en leerling.',
  inhoud: {
    perspectief: 'Vwo; met plusklas en compacten in de klas.',
    doelen: [{ sleutel: 'd1', omschrijving: 'Plant de weektaak zelf.', soort: 'leerdoel', criterium: 'Drie weken op rij.' }],
    handelingsdeel: [{ wat: 'Plusklas', wie: 'Specialist', wanneer: 'Dinsdagmiddag', waar: 'Plusklaslokaal' }],
  },
});

export const oppRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.get('/api/leerlingen/:id/opp', {
    schema: { tags, summary: 'Het ontwikkelingsperspectiefplan: huidige versie, instemming, versies, evaluaties', params: leerlingParams, response: { 200: oppResponse } },
    config: leerlingRoute({ soort: 'leerling', actie: 'opp.bekijken' }),
  }, async (request) => viewOpp(db, requireActor(request), request.params.id, requestMeta(request)));

  // The pupil's own plan: the id comes from the pupil's account; access is checked as for any reader.
  // For the harness a list of at most one pupil: it must name no one but the pupil herself.
  app.get('/api/mijn-plan', {
    schema: { tags, summary: 'Mijn plan (voor een leerling)', response: { 200: oppResponse } },
    config: leerlingRoute({ soort: 'lijst', actie: 'opp.bekijken', deel: true, bron: 'opp-plan' }),
  }, async (request) => {
    const actor = requireActor(request, 'leerling');
    if (!actor.leerlingId) throw nietGevonden();
    return viewOpp(db, actor, actor.leerlingId, requestMeta(request));
  });

  app.post('/api/leerlingen/:id/opp/versies', {
    schema: { tags, summary: 'Een nieuwe versie van het OPP vastleggen (de eerste start het plan)', params: leerlingParams, body: versieBody, response: { 201: versieAangemaakt } },
    config: leerlingRoute({ soort: 'leerling', actie: 'opp.opstellen', voorbeeld: voorbeeldPlan }),
  }, async (request, reply) =>
    reply.status(201).send(await recordVersie(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.get('/api/leerlingen/:id/opp/versie', {
    schema: { tags, summary: 'Eén versie van het OPP en wat er veranderde ten opzichte van de vorige', params: leerlingParams, querystring: versieQuery, response: { 200: versieResponse } },
    config: leerlingRoute({ soort: 'leerling', actie: 'opp.bekijken' }),
  }, async (request) => viewVersie(db, requireActor(request), request.params.id, request.query.nr, requestMeta(request)));

  app.get('/api/leerlingen/:id/opp/pdf', {
    schema: { tags, summary: 'Het OPP als PDF, om te ondertekenen en te archiveren', params: leerlingParams, querystring: versieQuery },
    config: leerlingRoute({ soort: 'leerling', actie: 'opp.bekijken' }),
  }, async (request, reply) => {
    const r = await oppPdf(db, requireActor(request), request.params.id, request.query.nr, requestMeta(request));
    return stuurPdf(reply, r);
  });

  app.get('/api/leerlingen/:id/opp/evaluaties/:evaluatieId/pdf', {
    schema: { tags, summary: 'Het verslag van een evaluatie als PDF', params: evaluatieParams },
    config: leerlingRoute({ soort: 'bron', actie: 'opp.bekijken', bron: 'opp-evaluatie-gehouden' }),
  }, async (request, reply) => {
    const r = await evaluatiePdf(db, requireActor(request), request.params.id, request.params.evaluatieId, requestMeta(request));
    return stuurPdf(reply, r);
  });

  app.post('/api/leerlingen/:id/opp/instemming', {
    schema: { tags, summary: 'Een ouder stemt in met het handelingsdeel, of niet (WPO art. 40a)', params: leerlingParams, body: instemmingBody, response: created },
    config: leerlingRoute({ soort: 'leerling', actie: 'opp.instemmen', voorbeeld: () => ({ besluit: 'ingestemd' }) }),
  }, async (request, reply) =>
    reply.status(201).send(await recordInstemming(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.post('/api/leerlingen/:id/opp/overdracht-toestemming', {
    schema: { tags, summary: 'Ouders geven toestemming om het plan mee te geven naar de nieuwe school', params: leerlingParams, body: leegBody, response: created },
    config: leerlingRoute({ soort: 'leerling', actie: 'opp.instemmen', voorbeeld: () => ({}) }),
  }, async (request, reply) =>
    reply.status(201).send(await recordOverdrachtToestemming(db, requireActor(request), request.params.id, requestMeta(request))));

  // A 'bron' route although keyed by the pupil: it needs a plan of her previous school, made afresh
  // for each call by the fixture 'opp-vorige-school'.
  app.post('/api/leerlingen/:id/opp/overnemen', {
    schema: { tags, summary: 'Bij de intake het OPP van de vorige school overnemen (po → vo)', params: leerlingParams, body: leegBody, response: created },
    config: leerlingRoute({ soort: 'bron', actie: 'opp.opstellen', bron: 'opp-vorige-school', voorbeeld: () => ({}) }),
  }, async (request, reply) =>
    reply.status(201).send(await takeOverOpp(db, requireActor(request), request.params.id, requestMeta(request))));

  app.post('/api/leerlingen/:id/opp/inbreng', {
    schema: { tags, summary: 'De visie van de ouders of de eigen woorden van de leerling toevoegen', params: leerlingParams, body: inbrengBody, response: created },
    config: leerlingRoute({ soort: 'leerling', actie: 'opp.inbreng', voorbeeld: () => ({ tekst: 'Thuis oefenen we met de stopwatch.' }) }),
  }, async (request, reply) =>
    reply.status(201).send(await recordInbreng(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.post('/api/leerlingen/:id/opp/evaluaties', {
    schema: { tags, summary: 'Een evaluatiemoment plannen', params: leerlingParams, body: evaluatiePlanBody, response: created },
    config: leerlingRoute({ soort: 'leerling', actie: 'opp.opstellen', voorbeeld: () => ({ gepland: vandaag(), metOuders: true }) }),
  }, async (request, reply) =>
    reply.status(201).send(await planEvaluatie(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.post('/api/leerlingen/:id/opp/evaluaties/verslag', {
    schema: { tags, summary: 'Een gehouden evaluatie vastleggen: deelnemers, notities, doelen, uitkomst', params: leerlingParams, body: evaluatieBody, response: created },
    config: leerlingRoute({
      soort: 'leerling', actie: 'opp.opstellen',
      voorbeeld: () => ({ gehouden: vandaag(), deelnemers: ['ib', 'ouders'], notities: 'Gaat goed.', doelen: [{ sleutel: 'd1', resultaat: 'deels' }], uitkomst: 'verlengd' }),
    }),
  }, async (request, reply) =>
    reply.status(201).send(await recordEvaluatie(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.get('/api/leerlingen/:id/portfolio', {
    schema: { tags, summary: 'Het portfolio: twee keer per jaar vaardigheden, terugblik en nieuwe doelen', params: leerlingParams, response: { 200: portfolioResponse } },
    config: leerlingRoute({ soort: 'leerling', actie: 'opp.bekijken' }),
  }, async (request) => listPortfolio(db, requireActor(request), request.params.id, requestMeta(request)));

  app.post('/api/leerlingen/:id/portfolio/leerling', {
    schema: { tags, summary: 'De leerling scoort de eigen vaardigheden en kijkt terug', params: leerlingParams, body: portfolioLeerlingBody, response: created },
    config: leerlingRoute({ soort: 'leerling', actie: 'portfolio.leerling', voorbeeld: () => ({ vaardigheden: { plannen: 3 }, terugblik: 'Plannen gaat beter.' }) }),
  }, async (request, reply) =>
    reply.status(201).send(await recordLeerlingDeel(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.post('/api/leerlingen/:id/portfolio/leraar', {
    schema: { tags, summary: 'De leraar evalueert de doelen en legt de nieuwe doelen vast, gesteld met de ouders', params: leerlingParams, body: portfolioLeraarBody, response: created },
    config: leerlingRoute({ soort: 'leerling', actie: 'portfolio.leraar', voorbeeld: () => ({ evaluatie: 'Doelen grotendeels bereikt.', nieuweDoelen: 'Zelf hulp vragen.', metOuders: true }) }),
  }, async (request, reply) =>
    reply.status(201).send(await recordLeraarDeel(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.get('/api/leerlingen/:id/klasaanpassingen', {
    schema: { tags, summary: 'Aanpassingen in de klas: compacten, verrijken, versnellen', params: leerlingParams, response: { 200: klasaanpassingenResponse } },
    config: leerlingRoute({ soort: 'leerling', actie: 'klasaanpassing.bekijken' }),
  }, async (request) => listKlasaanpassingen(db, requireActor(request), request.params.id, requestMeta(request)));

  app.post('/api/leerlingen/:id/klasaanpassingen', {
    schema: { tags, summary: 'Een aanpassing in de klas vastleggen', params: leerlingParams, body: klasaanpassingBody, response: created },
    config: leerlingRoute({
      soort: 'leerling', actie: 'klasaanpassing.vastleggen',
      voorbeeld: () => ({ soort: 'compacten', vak: 'rekenen', planning: 'weektaak', doelen: 'Blok 4 in twee weken.', alsWerkAf: 'Verrijkingsmap rekenen.', regie: 'Leraar', van: vandaag() }),
    }),
  }, async (request, reply) =>
    reply.status(201).send(await recordKlasaanpassing(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.post('/api/leerlingen/:id/klasaanpassingen/overdracht', {
    schema: { tags, summary: 'De overdracht aan de leraar van volgend jaar', params: leerlingParams, body: overdrachtBody, response: created },
    config: leerlingRoute({ soort: 'leerling', actie: 'klasaanpassing.vastleggen', voorbeeld: () => ({ overdracht: 'Compacten werkt goed; ga zo door.' }) }),
  }, async (request, reply) =>
    reply.status(201).send(await recordOverdracht(db, requireActor(request), request.params.id, request.body, requestMeta(request))));
};
