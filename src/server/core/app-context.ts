import type { Db } from './db/db.js';
import type { Config } from './env.js';
import type { Mailer } from './mail/mailer.js';

/** What every route plugin is given. */
export type AppContext = { db: Db; config: Config; mailer: Mailer };
