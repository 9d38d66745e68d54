// HTTP for signalling: the screening calendar, our own forms, signals, the profile, decisions and
// the curative route. Validate, authenticate, one use case, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../core/app-context.js';
import { requestMeta, requireActor } from '../core/auth/auth.plugin.js';
import { leerlingRoute, zonderLeerlinggegevens } from '../core/access/leerling-route.js';
import { vandaag } from '../core/schooljaar.js';
import {
  aangemaakt, besluitBody, curatiefBody, formulierBody, formulierenResponse, kalenderQuery, kalenderResponse, leerlingParams,
  momentBody, momentenResponse, ouderbeeldBody, ouderbeeldResponse, profielResponse, rapportParams, screeningBody,
  screeningsResponse, signaalBody, standResponse,
} from './signalering.schema.js';
import { addFormulierVersie, addMoment, listFormulieren, listMomenten } from './beheer.service.js';
import { viewKalender } from './kalender.service.js';
import {
  downloadRapport, listScreenings, recordOuderbeeld, recordScreening, recordSignaal, viewOuderbeeld,
} from './signaal.service.js';
import {
  addCuratiefStap, presentFormulier, presentIngevuld, presentScreening, recordBesluit, viewSignaalprofiel, viewStand,
} from './profiel.service.js';
import { findFormulierVersie } from './signalering.repo.js';

const tags = ['signalering'];
const created = { 201: aangemaakt };
const volledigeVragenlijst = (pupil: string) => ({
  antwoorden: {
    creatief_denken: 4, intensiteit: 5, rechtvaardigheidsgevoel: 4, snel_van_begrip: 4,
    woordenschat: 3, kritisch_denken: 4, behoefte_aan_uitdaging: 5, zelfstandig_leren: 3,
  },
  toelichting: `voorbeeld voor ${pupil.slice(-3)}`,
});

export const signaleringRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  // ---- configuration by the SWV's functioneel beheerder (not pupil data)
  const configuratie = zonderLeerlinggegevens('the SWV’s screening moments and forms: configuration, names no pupil');
  app.get('/api/signalering/momenten', {
    schema: { tags, summary: 'De signaleringskalender van het samenwerkingsverband', response: { 200: momentenResponse } },
    config: configuratie,
  }, async (request) => ({ momenten: await listMomenten(db, requireActor(request, 'functioneel_beheerder'), requestMeta(request)) }));

  app.post('/api/signalering/momenten', {
    schema: { tags, summary: 'Een signaleringsmoment toevoegen', body: momentBody, response: { 201: momentenResponse.shape.momenten.element } },
    config: configuratie,
  }, async (request, reply) => {
    const m = await addMoment(db, requireActor(request, 'functioneel_beheerder'), request.body, requestMeta(request));
    return reply.status(201).send(m);
  });

  app.get('/api/signalering/formulieren', {
    schema: { tags, summary: 'De eigen formulieren van Piramide zoals het samenwerkingsverband ze gebruikt', response: { 200: formulierenResponse } },
    config: configuratie,
  }, async (request) => ({ formulieren: (await listFormulieren(db, requireActor(request, 'functioneel_beheerder'))).map(presentFormulier) }));

  app.post('/api/signalering/formulieren', {
    schema: { tags, summary: 'Een nieuwe versie van een eigen formulier', body: formulierBody, response: created },
    config: configuratie,
  }, async (request, reply) =>
    reply.status(201).send(await addFormulierVersie(db, requireActor(request, 'functioneel_beheerder'), request.body, requestMeta(request))));

  // ---- the calendar for IB and teachers: filtered to the classes the actor may see
  app.get('/api/signalering/kalender', {
    schema: { tags, summary: 'Wie moet gescreend worden en wie is klaar, dit schooljaar', querystring: kalenderQuery, response: { 200: kalenderResponse } },
    // Lists the pupils still to be screened: only some of those the actor may record signals for.
    config: leerlingRoute({ soort: 'lijst', actie: 'signalering.vastleggen', deel: true }),
  }, async (request) =>
    viewKalender(db, requireActor(request, 'leraar', 'ib', 'specialist'), request.query, requestMeta(request)));

  // ---- one pupil
  app.post('/api/leerlingen/:id/screenings', {
    schema: { tags, summary: 'De uitkomst van een signaleringsinstrument vastleggen', params: leerlingParams, body: screeningBody, response: created },
    // base64 of a 5 MB report plus the rest of the body
    bodyLimit: 7_500_000,
    config: leerlingRoute({ soort: 'leerling', actie: 'signalering.vastleggen', voorbeeld: () => ({ instrument: 'DHH', datum: vandaag(), uitkomst: 'signaal', advies: 'Verder kijken.' }) }),
  }, async (request, reply) =>
    reply.status(201).send(await recordScreening(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.get('/api/leerlingen/:id/screenings', {
    schema: { tags, summary: 'Uitkomsten van signaleringsinstrumenten', params: leerlingParams, response: { 200: screeningsResponse } },
    config: leerlingRoute({ soort: 'leerling', actie: 'signalering.bekijken' }),
  }, async (request) => ({
    screenings: (await listScreenings(db, requireActor(request), request.params.id, requestMeta(request))).map(presentScreening),
  }));

  app.get('/api/leerlingen/:id/screenings/:screeningId/rapport', {
    schema: { tags, summary: 'Het rapport van het instrument', params: rapportParams },
    config: leerlingRoute({ soort: 'bron', actie: 'signalering.bekijken', bron: 'screening-rapport' }),
  }, async (request, reply) => {
    const r = await downloadRapport(db, requireActor(request), request.params.id, request.params.screeningId, requestMeta(request));
    const naam = r.naam.replace(/[^\w.\- ]/g, '_');
    return reply.header('content-type', r.type).header('content-disposition', `attachment; filename="${naam}"`)
      .header('cache-control', 'no-store').send(r.inhoud);
  });

  app.post('/api/leerlingen/:id/signalen', {
    schema: { tags, summary: 'Een signaal vastleggen (nominatie, observatie, gesprek, zorg, IQ)', params: leerlingParams, body: signaalBody, response: created },
    config: leerlingRoute({ soort: 'leerling', actie: 'signalering.vastleggen', voorbeeld: () => ({ soort: 'welbevinden', toelichting: 'Trekt zich terug in de pauze.' }) }),
  }, async (request, reply) =>
    reply.status(201).send(await recordSignaal(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.get('/api/leerlingen/:id/ouderbeeld', {
    schema: { tags, summary: 'De vragenlijst voor ouders: hoe ziet u uw kind?', params: leerlingParams, response: { 200: ouderbeeldResponse } },
    config: leerlingRoute({ soort: 'leerling', actie: 'signalering.ouder' }),
  }, async (request) => {
    const v = await viewOuderbeeld(db, requireActor(request), request.params.id, requestMeta(request));
    const formulier = (soort: Parameters<typeof findFormulierVersie>[2], versie: number) => findFormulierVersie(db, v.swvId, soort, versie);
    return {
      kind: { voornaam: v.voornaam }, formulier: presentFormulier(v.formulier),
      eerder: await Promise.all(v.eerder.map((s) => presentIngevuld(s, formulier))),
    };
  });

  app.post('/api/leerlingen/:id/ouderbeeld', {
    schema: { tags, summary: 'Het beeld van de ouders toevoegen', params: leerlingParams, body: ouderbeeldBody, response: created },
    config: leerlingRoute({ soort: 'leerling', actie: 'signalering.ouder', voorbeeld: volledigeVragenlijst }),
  }, async (request, reply) =>
    reply.status(201).send(await recordOuderbeeld(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.get('/api/leerlingen/:id/signaalprofiel', {
    schema: { tags, summary: 'Het signaalprofiel: alle bronnen naast elkaar', params: leerlingParams, response: { 200: profielResponse } },
    config: leerlingRoute({ soort: 'leerling', actie: 'signalering.bekijken' }),
  }, async (request) => viewSignaalprofiel(db, requireActor(request), request.params.id, requestMeta(request)));

  app.get('/api/leerlingen/:id/signalering', {
    schema: { tags, summary: 'De stand van de signalering in één regel', params: leerlingParams, response: { 200: standResponse } },
    config: leerlingRoute({ soort: 'leerling', actie: 'signalering.bekijken' }),
  }, async (request) => viewStand(db, requireActor(request), request.params.id, requestMeta(request)));

  app.post('/api/leerlingen/:id/besluiten', {
    schema: { tags, summary: 'Het besluit na het wegen van het profiel', params: leerlingParams, body: besluitBody, response: created },
    config: leerlingRoute({
      soort: 'leerling', actie: 'signalering.besluiten',
      voorbeeld: () => ({ uitkomst: 'aanpassen_in_klas', waarom: 'Sterke signalen uit klas en thuis.', metWie: ['ouders', 'leraar'], datum: vandaag() }),
    }),
  }, async (request, reply) =>
    reply.status(201).send(await recordBesluit(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.post('/api/leerlingen/:id/curatief', {
    schema: { tags, summary: 'Een stap van de curatieve route vastleggen', params: leerlingParams, body: curatiefBody, response: created },
    config: leerlingRoute({ soort: 'leerling', actie: 'signalering.vastleggen', voorbeeld: () => ({ stap: 'observatie', notitie: 'Resultaten dalen; kijken in de les.', datum: vandaag() }) }),
  }, async (request, reply) =>
    reply.status(201).send(await addCuratiefStap(db, requireActor(request), request.params.id, request.body, requestMeta(request))));
};

