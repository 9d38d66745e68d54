// The one place where domain errors become HTTP answers: { code, message, velden? }.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type VeldFout } from './app-error.js';
import { foutmeldingen } from '../i18n/nl.js';

const status: Record<ErrorCode, number> = {
  NIET_INGELOGD: 401,
  TWEEDE_STAP_NODIG: 401,
  ONJUISTE_INLOG: 401,
  ONJUISTE_CODE: 401,
  ACCOUNT_GEBLOKKEERD: 423,
  TE_VEEL_POGINGEN: 429,
  ONGELDIGE_INVOER: 400,
  CSRF: 403,
  NIET_GEVONDEN: 404,
  GEEN_TOEGANG: 403,
  CONFLICT: 409,
  INTERNE_FOUT: 500,
};

export function foutBody(code: ErrorCode, velden?: VeldFout[], message?: string) {
  const basis = message ?? foutmeldingen[code];
  const tekst = velden?.length
    ? `${basis} ${velden.map((v) => `${v.veld}: ${v.melding}`).join('; ')}`
    : basis;
  return velden?.length ? { code, message: tekst, velden } : { code, message: tekst };
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      const message = error.message === error.code ? undefined : error.message;
      return reply.status(status[error.code]).send(foutBody(error.code, error.velden, message));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const velden = error.validation.map((v) => ({
        veld: veldNaam(error.validationContext, v.instancePath),
        melding: v.message ?? 'ongeldig',
      }));
      return reply.status(400).send(foutBody('ONGELDIGE_INVOER', velden));
    }
    if (error.statusCode === 429) return reply.status(429).send(foutBody('TE_VEEL_POGINGEN'));
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return reply.status(400).send(foutBody('ONGELDIGE_INVOER', undefined, 'De gegevens konden niet worden gelezen (geen geldige JSON).'));
    }
    if (error.statusCode && error.statusCode < 500) {
      return reply.status(error.statusCode).send(foutBody('ONGELDIGE_INVOER', undefined, 'Dit verzoek kan niet worden verwerkt.'));
    }
    request.log.error({ err: error }, 'onverwachte fout');
    return reply.status(500).send(foutBody('INTERNE_FOUT'));
  });
  app.setNotFoundHandler((request, reply) => reply.status(404).send(foutBody('NIET_GEVONDEN')));
}

function veldNaam(context: string | undefined, instancePath: string): string {
  const pad = instancePath.replace(/^\//, '').replaceAll('/', '.');
  return pad || context || 'invoer';
}
