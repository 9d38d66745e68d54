// HTTP for cases: view a case as far as it is handed to you, open one, add people, record meetings,
// actions, interventions and experiences, and the full-time entry phases. Validate, one use case, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../core/app-context.js';
import { requestMeta, requireActor } from '../core/auth/auth.plugin.js';
import { leerlingRoute, zonderLeerlinggegevens } from '../core/access/leerling-route.js';
import {
  aangemaakt, afgerondBody, betrokkeneBody, casemanagersResponse, casusResponse, ervaringBody, faseBody, idParams,
  interventieBody, leerlingParams, openenBody, overlegBody, voorwaardenBody, werklijstResponse,
} from './casus.schema.js';
import { addBetrokkene, listCasemanagers, openCasus, viewCasus } from './casus.service.js';
import { completeActie, recordOverleg, shareOverleg } from './overleg.service.js';
import { recordErvaring, recordInterventie } from './interventie.service.js';
import { configureVoorwaarden, recordFase, updateVoorwaarden } from './fase.service.js';
import { viewCasusWerklijst } from './werklijst.service.js';
import { closeCasus, endBetrokkene } from './sluiten.service.js';
import { betrokkeneEindeBody, sluitenBody } from './casus.schema.js';
import { overlegPdf } from './overleg-pdf.js';
import { fasen, standaardVoorwaarden } from './fasen.js';
import { vandaagNl } from '../vangnet/termijnen.js';

const tags = ['casus'];
const created = { 201: aangemaakt };

export const casusRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.get('/api/leerlingen/:id/casus', {
    schema: { tags, summary: 'De casus van een leerling, voor zover die aan u is gegeven', params: leerlingParams, response: { 200: casusResponse } },
    config: leerlingRoute({ soort: 'leerling', actie: 'casus.bekijken' }),
  }, async (request) => viewCasus(db, requireActor(request), request.params.id, requestMeta(request)));

  // A 'bron' route although keyed by the pupil: opening a case changes who may see her, so the bron
  // harness gives it a fresh database and closes the previous call's case first (fixture 'casus-te-openen').
  app.post('/api/leerlingen/:id/casus', {
    schema: { tags, summary: 'Een casus openen met één casemanager', params: leerlingParams, body: openenBody, response: created },
    config: leerlingRoute({ soort: 'bron', actie: 'casus.openen', bron: 'casus-te-openen' }),
  }, async (request, reply) => reply.status(201).send(await openCasus(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.get('/api/leerlingen/:id/casus/casemanagers', {
    schema: { tags, summary: 'De casemanagers waaruit u kunt kiezen', params: leerlingParams, response: { 200: casemanagersResponse } },
    config: leerlingRoute({ soort: 'leerling', actie: 'casus.openen' }),
  }, async (request) => ({ casemanagers: await listCasemanagers(db, requireActor(request), request.params.id, requestMeta(request)) }));

  app.post('/api/leerlingen/:id/casus/betrokkenen', {
    schema: { tags, summary: 'Iemand bij de casus betrekken', params: leerlingParams, body: betrokkeneBody, response: created },
    config: leerlingRoute({ soort: 'leerling', actie: 'casus.beheren', voorbeeld: () => ({ rol: 'zorgverlener', naam: 'Fenna Fysio', organisatie: 'Praktijk Beweeg' }) }),
  }, async (request, reply) => reply.status(201).send(await addBetrokkene(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.post('/api/leerlingen/:id/casus/overleggen', {
    schema: { tags, summary: 'Een casusoverleg vastleggen, met besluiten en acties', params: leerlingParams, body: overlegBody, response: created },
    config: leerlingRoute({ soort: 'leerling', actie: 'casus.beheren', voorbeeld: () => ({
      datum: vandaagNl(), agenda: ['Hoe gaat het nu?'], deelnemers: [], verslag: 'Kort besproken.', besluiten: [], delen: true,
      acties: [{ omschrijving: 'Rooster afstemmen', eigenaar: 'casemanager', uiterlijk: vandaagNl() }],
    }) }),
  }, async (request, reply) => reply.status(201).send(await recordOverleg(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.post('/api/casus-overleggen/:id/delen', {
    schema: { tags, summary: 'Het verslag delen met de deelnemers', params: idParams, response: created },
    config: leerlingRoute({ soort: 'bron', actie: 'casus.beheren', bron: 'casus-overleg-concept' }),
  }, async (request, reply) => reply.status(201).send(await shareOverleg(db, requireActor(request), request.params.id, requestMeta(request))));

  app.get('/api/casus-overleggen/:id/pdf', {
    schema: { tags, summary: 'Het verslag van een casusoverleg als PDF (voor de deelnemers)', params: idParams },
    config: leerlingRoute({ soort: 'bron', actie: 'casus.bekijken', bron: 'casus-overleg-gedeeld' }),
  }, async (request, reply) => {
    const r = await overlegPdf(db, requireActor(request), request.params.id, requestMeta(request));
    return reply.header('content-type', 'application/pdf').header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="${r.naam}"`).send(r.pdf);
  });

  app.post('/api/casus-acties/:id/afgerond', {
    schema: { tags, summary: 'Een actie afronden (eigenaar of casemanager)', params: idParams, body: afgerondBody, response: created },
    config: leerlingRoute({ soort: 'bron', actie: 'casus.beheren', bron: 'casus-actie-open', voorbeeld: () => ({ datum: vandaagNl() }) }),
  }, async (request, reply) => reply.status(201).send(await completeActie(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.post('/api/leerlingen/:id/casus/interventies', {
    schema: { tags, summary: 'Een interventie vastleggen', params: leerlingParams, body: interventieBody, response: created },
    config: leerlingRoute({ soort: 'leerling', actie: 'casus.beheren', voorbeeld: () => ({
      soort: 'coachingsgesprekken', aanbieder: 'Coach De Berg', van: vandaagNl(), doel: 'Weer plezier in leren.',
    }) }),
  }, async (request, reply) => reply.status(201).send(await recordInterventie(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.post('/api/casus-interventies/:id/ervaringen', {
    schema: { tags, summary: 'Hoe u de interventie ervoer, langs de zeven factoren', params: idParams, body: ervaringBody, response: created },
    config: leerlingRoute({ soort: 'bron', actie: 'casus.ervaring', bron: 'casus-interventie', voorbeeld: () => ({
      factoren: { relatie: { score: 4, toelichting: 'Klikt goed.' }, belasting: { score: 2 } }, toelichting: 'Het gaat beter.',
    }) }),
  }, async (request, reply) => reply.status(201).send(await recordErvaring(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.post('/api/leerlingen/:id/casus/fase', {
    schema: { tags, summary: 'Instromen in een fase of naar de volgende fase (leefbaar, schoolbaar, toetsbaar)', params: leerlingParams, body: faseBody, response: created },
    config: leerlingRoute({ soort: 'leerling', actie: 'casus.beheren', voorbeeld: () => ({ fase: 'leefbaar', datum: vandaagNl(), jeugdhulp: 'Jeugdhulp is aan zet.' }) }),
  }, async (request, reply) => reply.status(201).send(await recordFase(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.post('/api/leerlingen/:id/casus/fase/voorwaarden', {
    schema: { tags, summary: 'Voorwaarden van de huidige fase afvinken', params: leerlingParams, body: voorwaardenBody, response: created },
    config: leerlingRoute({ soort: 'leerling', actie: 'casus.beheren', voorbeeld: () => ({ voldaan: standaardVoorwaarden.leefbaar.map(() => true) }) }),
  }, async (request, reply) => reply.status(201).send(await updateVoorwaarden(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.put('/api/casus/fasevoorwaarden/:fase', {
    schema: {
      tags, summary: 'De voorwaarden per fase van het samenwerkingsverband (leeg: de standaard uit de bron)',
      params: z.object({ fase: z.enum(fasen, 'Kies een fase.') }),
      body: z.object({ voorwaarden: z.array(z.string().trim().min(1, 'Een voorwaarde mag niet leeg zijn.').max(500)).max(30) }),
      response: { 200: z.object({ fase: z.enum(fasen), voorwaarden: z.array(z.string()) }) },
    },
    config: zonderLeerlinggegevens('the SWV’s own conditions per phase: configuration, names no pupil'),
  }, async (request) => configureVoorwaarden(db, requireActor(request, 'swv_medewerker', 'functioneel_beheerder'), request.params.fase, request.body.voorwaarden, requestMeta(request)));

  app.get('/api/casus/werklijst', {
    schema: { tags, summary: 'Vangnettermijnen en acties uit casusoverleggen die op u wachten', response: { 200: werklijstResponse } },
    config: leerlingRoute({ soort: 'lijst', actie: 'casus.bekijken', deel: true, bron: 'casus-werklijst' }),
  }, async (request) => viewCasusWerklijst(db, requireActor(request), requestMeta(request)));

  // Ending a case and ending someone's involvement. Both change who may see the pupil, so the bron
  // harness runs them on a fresh case per call (test/support/bronnen/casus-einde.ts).
  app.post('/api/leerlingen/:id/casus/sluiten', {
    schema: { tags, summary: 'De casus sluiten, met reden en datum', params: leerlingParams, body: sluitenBody, response: created },
    config: leerlingRoute({ soort: 'bron', bron: 'open-casus', actie: 'casus.beheren', voorbeeld: () => ({ reden: 'doel_bereikt', datum: vandaagNl(), toelichting: 'Weer hele dagen naar school.' }) }),
  }, async (request, reply) => reply.status(201).send(await closeCasus(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.post('/api/casus-betrokkenen/:id/einde', {
    schema: { tags, summary: 'De betrokkenheid van iemand bij de casus beëindigen', params: idParams, body: betrokkeneEindeBody, response: created },
    config: leerlingRoute({ soort: 'bron', bron: 'casus-betrokkene', actie: 'casus.beheren', voorbeeld: () => ({ tot: vandaagNl() }) }),
  }, async (request, reply) => reply.status(201).send(await endBetrokkene(db, requireActor(request), request.params.id, request.body, requestMeta(request))));
};
