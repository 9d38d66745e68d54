// HTTP for the catalogue: SWV staff keep it; anyone may read the public offer (no log-in).
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../core/app-context.js';
import { requestMeta, requireActor } from '../core/auth/auth.plugin.js';
import { zonderLeerlinggegevens } from '../core/access/leerling-route.js';
import { piramideLaag, toelatingsbron, voorzieningDuur, voorzieningVorm } from './aanbod.table.js';
import { addPeriode, createVoorziening, updateVoorziening, viewAanbodBeheer } from './aanbod.service.js';
import { viewPubliekAanbod } from './publiek.service.js';
import { viewDekking } from './dekking.service.js';
import { beheerResponse, idResponse, periodeBody, voorzieningBody, voorzieningParams } from './aanbod.schema.js';

const tags = ['aanbod'];
const catalogus = zonderLeerlinggegevens('the catalogue of provisions, with counts of places taken and pupils waiting');

const telling = z.object({ aantal: z.number().nullable(), onderdrukt: z.boolean() });
const publiekResponse = z.object({
  lokketten: z.array(z.object({
    swvId: z.string(), swv: z.string(), telefoon: z.string(), email: z.string(), adres: z.string(), bereikbaar: z.string(),
    steunpuntNaam: z.string(), steunpuntTelefoon: z.string(), steunpuntWeb: z.string(),
  })),
  gemeenten: z.array(z.string()),
  voorzieningen: z.array(z.object({
    id: z.string(), naam: z.string(), laag: z.enum(piramideLaag.enumValues), vorm: z.enum(voorzieningVorm.enumValues),
    doelgroep: z.string(), doelen: z.string(), duur: z.enum(voorzieningDuur.enumValues), dagenTijden: z.string(),
    locatie: z.string(), gemeente: z.string(), leeftijdVan: z.number(), leeftijdTot: z.number(),
    toelatingsbronnen: z.array(z.enum(toelatingsbron.enumValues)), contactNaam: z.string(), contactEmail: z.string().nullable(),
    contactTelefoon: z.string().nullable(), vrijwilligeBijdrage: z.string().nullable(), gekoppeldeSchool: z.string().nullable(),
    plaatsenVrij: z.number().nullable(), wachtend: telling,
  })),
});

const dekkingResponse = z.object({
  signaalWeken: z.number(),
  minimumGroep: z.number(),
  perLaag: z.array(z.object({
    laag: z.enum(piramideLaag.enumValues), gemeente: z.string(), voorzieningen: z.number(), plaatsen: z.number(), bezet: telling,
    wachtend: telling, langsteWachtWeken: z.number().nullable(),
  })),
  gemeentenZonderInDeSchool: z.array(z.string()),
  langWachtend: z.array(z.object({ voorziening: z.string(), gemeente: z.string(), aantal: telling, langsteWeken: z.number() })),
  aanvragenPerSchool: z.array(z.object({ school: z.string(), gemeente: z.string(), totaal: telling, open: telling, aanbevolen: telling, nuNiet: telling })),
  signalen: z.object({
    wachtend: telling, mediaanWachtWeken: z.number().nullable(), thuiszitters: telling, shoppen: telling, gestopt: telling, naarSo: telling,
  }),
});

export const aanbodRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.get('/api/publiek/aanbod', {
    schema: {
      tags, summary: 'Het regionale aanbod en het loket, zonder inloggen (ouder- en jeugdsteunpunt)',
      querystring: z.object({
        gemeente: z.string().trim().max(80).optional().transform((s) => s || undefined),
        laag: z.enum(piramideLaag.enumValues, 'Kies een laag van de piramide.').optional().or(z.literal('').transform(() => undefined)),
      }),
      response: { 200: publiekResponse },
    },
    config: { rateLimit: { max: 120, timeWindow: '1 minute' }, ...zonderLeerlinggegevens('the public offer, with counts of free places and pupils waiting') },
  }, async (request) => viewPubliekAanbod(db, request.query));

  app.get('/api/aanbod/beheer', {
    schema: { tags, summary: 'Het aanbod van mijn samenwerkingsverband, met plaatsen, bezetting en wachtlijst', response: { 200: beheerResponse } },
    config: catalogus,
  }, async (request) => viewAanbodBeheer(db, requireActor(request, 'swv_medewerker')));

  app.post('/api/aanbod', {
    schema: { tags, summary: 'Een voorziening toevoegen', body: voorzieningBody, response: { 201: idResponse } },
    config: catalogus,
  }, async (request, reply) => reply.status(201).send(
    await createVoorziening(db, requireActor(request, 'swv_medewerker'), request.body, requestMeta(request))));

  app.put('/api/aanbod/:id', {
    schema: { tags, summary: 'Een voorziening wijzigen', params: voorzieningParams, body: voorzieningBody, response: { 200: idResponse } },
    config: catalogus,
  }, async (request) => updateVoorziening(db, requireActor(request, 'swv_medewerker'), request.params.id, request.body, requestMeta(request)));

  app.post('/api/aanbod/:id/perioden', {
    schema: { tags, summary: 'Plaatsen voor een periode vastleggen', params: voorzieningParams, body: periodeBody, response: { 201: idResponse } },
    config: catalogus,
  }, async (request, reply) => reply.status(201).send(
    await addPeriode(db, requireActor(request, 'swv_medewerker'), request.params.id, request.body, requestMeta(request))));

  app.get('/api/aanbod/dekking', {
    schema: { tags, summary: 'Dekking van het netwerk: plaatsen, wachttijden, aanvragen, witte vlekken en waarschuwingssignalen', response: { 200: dekkingResponse } },
    // source: 004 §4 — the SWV steers the network on figures, not on pupils' files
    config: zonderLeerlinggegevens('counts per layer, municipality, provision and school for SWV staff; no pupil named, every count of pupils under 10 withheld (and the next smallest where a total would reveal it)'),
  }, async (request) => viewDekking(db, requireActor(request, 'swv_medewerker'), requestMeta(request)));
};
