// Every capability's reminder source, in one list, like the routes in app.ts: the reminder run
// (`piramide start` every hour, or `piramide herinneringen` from cron) mails what they find.
import type { HerinneringBron } from './core/mail/herinneringen.js';
import { oppHerinneringen, oppInstemmingHerinneringen } from './opp/opp-herinneringen.js';
import { toelatingHerinneringen } from './toelating/toelating.herinneringen.js';
import { actieHerinneringen, vangnetHerinneringen } from './vangnet/herinneringen.js';

export const herinneringBronnen: HerinneringBron[] = [
  oppHerinneringen, toelatingHerinneringen, vangnetHerinneringen, actieHerinneringen,
  oppInstemmingHerinneringen,
];
