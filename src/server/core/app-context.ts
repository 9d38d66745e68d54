import type { Db } from './db/db.js';
import type { Config } from './env.js';

/** What every route plugin is given. */
export type AppContext = { db: Db; config: Config };
