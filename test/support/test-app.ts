// An application on a test database, with helpers to act as one of the test region's people.
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/core/env.js';
import { createSession, SESSIE_COOKIE } from '../../src/server/core/auth/session.js';
import type { Database } from '../../src/server/core/db/db.js';
import type { Mailer } from '../../src/server/core/mail/mailer.js';
import { actors, emailOf, pupils, TEST_WACHTWOORD, type ActorKey } from './region.js';
import { openTestDatabase } from './test-db.js';

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

export async function createTestApp(opts: { serveClient?: boolean; mailer?: Mailer } = {}) {
  const database: Database = await openTestDatabase();
  const config = { ...loadConfig({}), logLevel: 'silent' as const };
  const app = await buildApp({ db: database.db, config, mailer: opts.mailer, logger: false, serveClient: opts.serveClient ?? false });
  await app.ready();
  const sessions = new Map<ActorKey, { cookie: string; csrf: string }>();

  /** A logged-in session for one of the region's people (made directly: no argon2, no rate limit). */
  async function sessionOf(who: ActorKey) {
    let s = sessions.get(who);
    if (!s) {
      const { token, csrfToken } = await createSession(database.db, actors[who], true, 1);
      s = { cookie: `${SESSIE_COOKIE}=${token}`, csrf: csrfToken };
      sessions.set(who, s);
    }
    return s;
  }

  /** A request as `who` (or anonymous with null), with cookie and CSRF header. */
  async function as(who: ActorKey | null, req: InjectOptions) {
    if (!who) return app.inject(req);
    const s = await sessionOf(who);
    return app.inject({ ...req, headers: { ...req.headers, cookie: s.cookie, 'x-csrf-token': s.csrf } });
  }

  return {
    app: app as FastifyInstance & typeof app,
    db: database.db,
    database,
    as,
    sessionOf,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A listening server (port 0) with the built client, for browser tests. */
export async function startTestServer() {
  const t = await createTestApp({ serveClient: true });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as { port: number };
  const accounts = Object.fromEntries((Object.keys(actors) as ActorKey[]).map((k) => [k, emailOf(k)])) as Record<ActorKey, string>;
  return { url: `http://127.0.0.1:${port}`, close: t.close, accounts, password: TEST_WACHTWOORD, pupils, db: t.db };
}
