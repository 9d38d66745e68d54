// Log-in, second factor, log-out, the session, and the account's own security settings.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { AppError } from '../errors/app-error.js';
import {
  changePassword, confirmTotp, disableTotp, login, logout, startTotp, verifySecondFactor,
} from './auth.service.js';
import { clearSessionCookie, requestMeta, requireActor, setSessionCookie } from './auth.plugin.js';
import { nieuwWachtwoordSchema } from './password.js';
import { rollen } from '../access/actor.js';
import { zonderLeerlinggegevens } from '../access/leerling-route.js';

const email = z.string().trim().email('Vul een geldig e-mailadres in.').max(254);
const code = z.string().trim().min(6, 'Vul de code in.').max(20);
const tags = ['account'];
const eigenAccount = zonderLeerlinggegevens("log-in and the caller's own account only");

const sessieSchema = z.object({
  account: z.object({
    id: z.string(), naam: z.string(), email: z.string(),
    soort: z.enum(['medewerker', 'ouder', 'leerling']),
    rollen: z.array(z.enum(rollen)),
    totpActief: z.boolean(),
    /** The pupil's own id, for a pupil's account: her pages ask for her own data by it. */
    leerlingId: z.string().nullable(),
  }),
  csrfToken: z.string(),
  volledig: z.boolean(),
});

export const authRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, config }) => {
  app.post('/api/auth/inloggen', {
    schema: {
      tags, summary: 'Inloggen met e-mail en wachtwoord',
      body: z.object({ email, wachtwoord: z.string().min(1, 'Vul uw wachtwoord in.').max(200) }),
      response: { 200: z.object({ stap: z.enum(['klaar', 'totp']), csrfToken: z.string() }) },
    },
    config: { rateLimit: { max: 10, timeWindow: '1 minute' }, ...eigenAccount },
  }, async (request, reply) => {
    const r = await login(db, config.sessieUren, request.body, requestMeta(request));
    setSessionCookie(reply, r.token, config.sessieUren, config.secureCookies);
    return { stap: r.stap, csrfToken: r.csrfToken };
  });

  app.post('/api/auth/totp', {
    schema: {
      tags, summary: 'Tweede stap: code uit de authenticator-app of een herstelcode',
      body: z.object({ code }),
      response: { 200: z.object({ stap: z.literal('klaar') }) },
    },
    config: { rateLimit: { max: 10, timeWindow: '1 minute' }, ...eigenAccount },
  }, async (request) => {
    const s = request.sessie;
    if (!s || !request.sessieToken) throw new AppError('NIET_INGELOGD');
    await verifySecondFactor(db, request.sessieToken, s.actor, request.body.code, requestMeta(request));
    return { stap: 'klaar' as const };
  });

  app.get('/api/auth/sessie', {
    schema: { tags, summary: 'De huidige sessie', response: { 200: sessieSchema } },
    config: eigenAccount,
  }, async (request) => {
    const s = request.sessie;
    if (!s) throw new AppError('NIET_INGELOGD');
    const { accountId, naam, email: mail, soort, rollen: r, leerlingId } = s.actor;
    return {
      account: { id: accountId, naam, email: mail, soort, rollen: r, totpActief: s.totpActief, leerlingId },
      csrfToken: s.csrfToken,
      volledig: s.volledig,
    };
  });

  app.post('/api/auth/uitloggen', { schema: { tags, summary: 'Uitloggen' }, config: eigenAccount }, async (request, reply) => {
    const s = request.sessie;
    if (s && request.sessieToken) await logout(db, request.sessieToken, s.actor, requestMeta(request));
    clearSessionCookie(reply);
    return reply.status(204).send();
  });

  app.post('/api/account/wachtwoord', {
    schema: {
      tags, summary: 'Wachtwoord wijzigen',
      body: z.object({ huidigWachtwoord: z.string().min(1, 'Vul uw huidige wachtwoord in.'), nieuwWachtwoord: nieuwWachtwoordSchema }),
    },
    config: eigenAccount,
  }, async (request, reply) => {
    const actor = requireActor(request);
    await changePassword(db, request.sessieToken!, actor, request.body, requestMeta(request));
    return reply.status(204).send();
  });

  app.post('/api/account/totp/starten', {
    schema: { tags, summary: 'Tweestapsverificatie instellen: nieuw geheim', response: { 200: z.object({ geheim: z.string(), otpauthUri: z.string() }) } },
    config: eigenAccount,
  }, async (request) => startTotp(db, requireActor(request)));

  app.post('/api/account/totp/bevestigen', {
    schema: {
      tags, summary: 'Tweestapsverificatie bevestigen met een code',
      body: z.object({ code }), response: { 200: z.object({ herstelcodes: z.array(z.string()) }) },
    },
    config: eigenAccount,
  }, async (request) => confirmTotp(db, requireActor(request), request.body.code, requestMeta(request)));

  app.post('/api/account/totp/uitschakelen', {
    schema: { tags, summary: 'Tweestapsverificatie uitschakelen', body: z.object({ code }) },
    config: eigenAccount,
  }, async (request, reply) => {
    await disableTotp(db, requireActor(request), request.body.code, requestMeta(request));
    return reply.status(204).send();
  });
};
