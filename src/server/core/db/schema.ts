// The whole database schema, one module per capability, re-exported here so that drizzle-kit and
// the query builder see one schema. Invariants live in the database too (checks, unique indexes).
export * from '../../regio/regio.table.js';
export * from '../auth/auth.table.js';
export * from '../audit/audit.table.js';
export * from '../../signalering/signalering.table.js';
export * from '../mail/herinnering.table.js';
export * from '../../opp/opp.table.js';
export * from '../../aanbod/aanbod.table.js';
export * from '../../toelating/toelating.table.js';
export * from '../../monitor/monitor.table.js';
export * from '../../casus/casus.table.js';
export * from '../../vangnet/vangnet.table.js';
