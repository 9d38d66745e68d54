// Every capability's reminder source, in one list, like the routes in app.ts: the reminder run
// (`piramide start` every hour, or `piramide herinneringen` from cron) mails what they find.
import type { HerinneringBron } from './core/mail/herinneringen.js';
import { oppHerinneringen } from './opp/opp-herinneringen.js';

export const herinneringBronnen: HerinneringBron[] = [];
herinneringBronnen.push(oppHerinneringen);
import { actieHerinneringen, vangnetHerinneringen } from './vangnet/herinneringen.js';
herinneringBronnen.push(vangnetHerinneringen, actieHerinneringen);
