// HTTP for admission: the application and its answers, the commissie's decisions, the
// coordinator's waiting list and placements, the stamschool agreement and its contact log.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../core/app-context.js';
import { requestMeta, requireActor } from '../core/auth/auth.plugin.js';
import { leerlingRoute } from '../core/access/leerling-route.js';
import { vandaag } from '../core/schooljaar.js';
import { addStemLeerling, createAanvraag, respondOuder, viewAanvraagStart, viewToelating } from './aanvraag.service.js';
import { decideAanvraag, listWerkvoorraad } from './commissie.service.js';
import { changePlaatsingStatus, placeLeerling, transferInschrijving, updateWachtlijst, viewVoorzieningWerk } from './plaatsing.service.js';
import { addContact, saveAfspraak, signAfspraak, viewAfspraak } from './afspraak.service.js';
import * as s from './toelating.schema.js';
import * as p from './toelating.presenters.js';

const tags = ['toelating'];

// Bodies for the bron harness (test/support/bronnen/toelating.ts makes the records they act on).
const voorbeeldBesluit = () => ({
  besluit: 'nu_niet', redenen: 'Eerst de aanpassingen in de klas een half jaar laten werken.', advies: 'Compacten en verrijken in de klas.',
  gedragswetenschapper: 'drs. O. Pedagoog',
  gewogenBronnen: [{ bron: 'oordeel_leraar', weging: 'De leraar ziet verveling.' }, { bron: 'gesprek_leerling', weging: 'Wil moeilijker werk.' }],
});
/** The harness's fixture names the provision; this one only has the right shape (for the log-in check). */
const voorbeeldAanvraag = (leerlingId: string) => ({
  leerlingId, voorzieningId: '00000000-0000-4000-8000-000000000000', hulpvraag: 'Zoekt ontwikkelingsgelijken.', stemLeerling: 'Ik wil moeilijker werk.',
});

export const toelatingRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.get('/api/leerlingen/:id/toelating', {
    schema: { tags, summary: 'Aanvragen, wachtlijst en plaatsingen van een leerling', params: s.leerlingParams, response: { 200: p.toelatingResponse } },
    config: leerlingRoute({ soort: 'leerling', actie: 'toelating.bekijken' }),
  }, async (request) => viewToelating(db, requireActor(request), request.params.id, requestMeta(request)) as Promise<z.infer<typeof p.toelatingResponse>>);

  app.get('/api/leerlingen/:id/aanvraag', {
    schema: { tags, summary: 'Wat de IB nodig heeft om aan te vragen: het dossier en het aanbod', params: s.leerlingParams, response: { 200: p.aanvraagStartResponse } },
    config: leerlingRoute({ soort: 'leerling', actie: 'toelating.aanvragen' }),
  }, async (request) => viewAanvraagStart(db, requireActor(request), request.params.id, requestMeta(request)));

  app.post('/api/aanvragen', {
    schema: { tags, summary: 'Een aanvraag indienen bij de commissie van het samenwerkingsverband', body: s.aanvraagBody.extend({ leerlingId: z.uuid('Dit is geen geldige leerling-id.') }), response: { 201: p.aanvraagAangemaaktResponse } },
    // The pupil is in the body, not the path: the bron harness calls it per pupil (fixture 'aanvraag-nieuw').
    config: leerlingRoute({ soort: 'bron', bron: 'aanvraag-nieuw', actie: 'toelating.aanvragen', voorbeeld: voorbeeldAanvraag }),
  }, async (request, reply) => {
    const { leerlingId, ...rest } = request.body;
    return reply.status(201).send(await createAanvraag(db, requireActor(request), leerlingId, rest, requestMeta(request)));
  });

  app.post('/api/aanvragen/:id/ouder', {
    schema: { tags, summary: 'Ouders stemmen in (of niet) en geven hun kijk', params: s.aanvraagParams, body: s.ouderBody, response: { 201: p.ouderResponse } },
    config: leerlingRoute({ soort: 'bron', bron: 'aanvraag-bij-ouders', actie: 'toelating.ouder', voorbeeld: () => ({ instemming: true, visie: 'Thuis verveelt ze zich.' }) }),
  }, async (request, reply) => reply.status(201).send(await respondOuder(db, requireActor(request), request.params.id, request.body, requestMeta(request))));

  app.post('/api/aanvragen/:id/stem', {
    schema: { tags, summary: 'De leerling zegt zelf wat hij of zij ervan vindt', params: s.aanvraagParams, body: s.leerlingStemBody, response: { 201: s.idResponse } },
    config: leerlingRoute({ soort: 'bron', bron: 'aanvraag-bij-commissie', actie: 'toelating.leerling', voorbeeld: () => ({ tekst: 'Ik wil graag naar de plusklas.' }) }),
  }, async (request, reply) => reply.status(201).send(await addStemLeerling(db, requireActor(request), request.params.id, request.body.tekst, requestMeta(request))));

  app.get('/api/toelating/commissie', {
    schema: { tags, summary: 'De aanvragen die de commissie weegt', response: { 200: p.werkvoorraadResponse } },
    config: leerlingRoute({ soort: 'lijst', actie: 'toelating.besluiten' }),
  }, async (request) => ({ aanvragen: await listWerkvoorraad(db, requireActor(request, 'commissielid'), requestMeta(request)) }));

  app.post('/api/aanvragen/:id/besluit', {
    schema: { tags, summary: 'Het besluit van de commissie, met redenen', params: s.aanvraagParams, body: s.besluitBody, response: { 201: p.besluitResponse } },
    config: leerlingRoute({ soort: 'bron', bron: 'aanvraag-bij-commissie', actie: 'toelating.besluiten', voorbeeld: voorbeeldBesluit }),
  }, async (request, reply) => reply.status(201).send(await decideAanvraag(db, requireActor(request, 'commissielid'), request.params.id, request.body, requestMeta(request))));

  app.get('/api/toelating/voorziening', {
    schema: { tags, summary: 'Wachtlijst en plaatsingen van mijn voorzieningen', response: { 200: p.voorzieningWerkResponse } },
    config: leerlingRoute({ soort: 'lijst', actie: 'toelating.plaatsen' }),
  }, async (request) => viewVoorzieningWerk(db, requireActor(request, 'coordinator'), requestMeta(request)) as Promise<z.infer<typeof p.voorzieningWerkResponse>>);

  app.put('/api/wachtlijst/:id', {
    schema: { tags, summary: 'Voorrang of verwachte start op de wachtlijst aanpassen', params: s.wachtlijstParams, body: s.wachtlijstBody, response: { 200: s.idResponse } },
    config: leerlingRoute({ soort: 'bron', bron: 'wachtlijst-wachtend', actie: 'toelating.plaatsen', voorbeeld: () => ({ prioriteit: 'dreigende_uitval', verwachteStart: null }) }),
  }, async (request) => updateWachtlijst(db, requireActor(request, 'coordinator'), request.params.id, request.body, requestMeta(request)));

  app.post('/api/wachtlijst/:id/plaatsing', {
    schema: { tags, summary: 'Een leerling van de wachtlijst plaatsen, met een wenperiode', params: s.wachtlijstParams, body: s.plaatsenBody, response: { 201: s.idResponse } },
    config: leerlingRoute({ soort: 'bron', bron: 'wachtlijst-wachtend', actie: 'toelating.plaatsen', voorbeeld: () => ({ van: vandaag(), wenperiodeWeken: 4 }) }),
  }, async (request, reply) => reply.status(201).send(await placeLeerling(db, requireActor(request, 'coordinator'), request.params.id, request.body, requestMeta(request))));

  app.post('/api/plaatsingen/:id/status', {
    schema: { tags, summary: 'De volgende stap van een plaatsing', params: s.plaatsingParams, body: s.plaatsingStatusBody, response: { 201: s.idResponse } },
    config: leerlingRoute({ soort: 'bron', bron: 'plaatsing-wenperiode', actie: 'toelating.plaatsen', voorbeeld: () => ({ status: 'geplaatst', datum: vandaag() }) }),
  }, async (request, reply) => reply.status(201).send(await changePlaatsingStatus(db, requireActor(request, 'coordinator'), request.params.id, request.body, requestMeta(request))));

  app.post('/api/plaatsingen/:id/overschrijven', {
    schema: { tags, summary: 'De inschrijving overschrijven naar de school van de voorziening', params: s.plaatsingParams, body: s.overschrijvenBody, response: { 201: s.idResponse } },
    config: leerlingRoute({ soort: 'bron', bron: 'plaatsing-getekend', actie: 'toelating.plaatsen', voorbeeld: () => ({ datum: vandaag() }) }),
  }, async (request, reply) => reply.status(201).send(await transferInschrijving(db, requireActor(request, 'coordinator'), request.params.id, request.body.datum, requestMeta(request))));

  app.put('/api/plaatsingen/:id/afspraak', {
    schema: { tags, summary: 'De afspraak tussen stamschool en voorziening vastleggen', params: s.plaatsingParams, body: s.afspraakBody, response: { 200: p.afspraakOpgeslagenResponse } },
    config: leerlingRoute({
      soort: 'bron', bron: 'plaatsing-gepland', actie: 'toelating.afspraak',
      voorbeeld: () => ({ aandeelOnderwijstijd: 20, symbiose: 'Woensdagochtend in de plusklas.', contactritme: 'Elke maand bellen.', verslaglegging: 'voorziening', oudergesprekken: 'samen' }),
    }),
  }, async (request) => saveAfspraak(db, requireActor(request), request.params.id, request.body, requestMeta(request)));

  app.get('/api/afspraken/:id', {
    schema: { tags, summary: 'De afspraak met handtekeningen en contactlog', params: s.afspraakParams, response: { 200: p.afspraakResponse } },
    config: leerlingRoute({ soort: 'bron', bron: 'afspraak-ongetekend', actie: 'toelating.bekijken' }),
  }, async (request) => viewAfspraak(db, requireActor(request), request.params.id, requestMeta(request)));

  app.post('/api/afspraken/:id/ondertekenen', {
    schema: { tags, summary: 'De afspraak ondertekenen (stamschool, voorziening of ouders)', params: s.afspraakParams, response: { 201: s.idResponse } },
    config: leerlingRoute({ soort: 'bron', bron: 'afspraak-ongetekend', actie: 'toelating.ondertekenen' }),
  }, async (request, reply) => reply.status(201).send(await signAfspraak(db, requireActor(request), request.params.id, requestMeta(request))));

  app.post('/api/afspraken/:id/contacten', {
    schema: { tags, summary: 'Een contactmoment tussen de scholen vastleggen', params: s.afspraakParams, body: s.contactBody, response: { 201: s.idResponse } },
    config: leerlingRoute({ soort: 'bron', bron: 'afspraak-ongetekend', actie: 'toelating.afspraak', voorbeeld: () => ({ datum: vandaag(), vorm: 'telefoon', notitie: 'Gaat goed in de plusklas.' }) }),
  }, async (request, reply) => reply.status(201).send(await addContact(db, requireActor(request), request.params.id, request.body, requestMeta(request))));
};
