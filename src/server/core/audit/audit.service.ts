// Writing and reading the audit log. A write's audit row goes into the same transaction as the
// write itself; a read's row is written before the data leaves the server.
import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/db.js';
import type { Actor, RequestMeta } from '../access/actor.js';
import { auditLog } from './audit.table.js';
import type { OppAuditActie } from '../../opp/opp-audit.js';

/** The audited actions, by name; each capability adds its own. */
export type AuditActie =
  | 'leerling.bekijken'
  | 'leerling.zoeken'
  | 'leerling.toegang_bekijken'
  | 'kinderen.bekijken'
  | 'audit.zoeken'
  | 'account.inloggen'
  | 'account.inloggen_mislukt'
  | 'account.uitloggen'
  | 'account.wachtwoord_gewijzigd'
  | 'account.totp_ingesteld'
  | 'account.totp_uitgeschakeld'
  // Signalling: LVS import, talks, worklist, blind spots
  | 'lvs.importeren'
  | 'lvs.controleren'
  | 'gesprek.aangevraagd'
  | 'gesprek.verzoeken_bekijken'
  | 'gesprek.gehouden'
  | 'werklijst.bekijken'
  | 'signalering.blinde_vlekken'
  | SignaleringAuditActie
  | OppAuditActie
  | MonitorAuditActie
  | AanbodAuditActie
  | CasusAuditActie;

/** The monitor (src/server/monitor): questionnaires, waves, codes, objections and each analysis run. */
type MonitorAuditActie =
  | 'monitor.vragenlijst_gewijzigd' | 'monitor.meting_gepland' | 'monitor.uitgenodigd' | 'monitor.codes_gemaakt'
  | 'monitor.code_ingelogd' | 'monitor.code_onjuist' | 'monitor.vragenlijst_geopend' | 'monitor.vragenlijst_afgerond'
  | 'monitor.bezwaar_bekijken' | 'monitor.bezwaar_gemaakt' | 'monitor.bezwaar_ingetrokken'
  | 'monitor.impact' | 'monitor.equity';

/** Signalling profile, calendar and forms (src/server/signalering): each read of a pupil's signals, each write. */
type SignaleringAuditActie =
  | 'signalering.momenten_bekijken' | 'signalering.moment_toegevoegd' | 'signalering.formulier_toegevoegd'
  | 'signalering.kalender_bekijken' | 'signalering.screening_vastgelegd' | 'signalering.screenings_bekijken'
  | 'signalering.rapport_bekijken' | 'signalering.signaal_vastgelegd' | 'signalering.ouderbeeld_vastgelegd'
  | 'signalering.ouderbeeld_bekijken' | 'signalering.profiel_bekijken' | 'signalering.stand_bekijken'
  | 'signalering.besluit_vastgelegd' | 'signalering.curatief_vastgelegd';

/** Catalogue, admission, waiting list, placement, stamschool agreement, coverage (src/server/aanbod, toelating). */
type AanbodAuditActie =
  | 'aanbod.aangemaakt' | 'aanbod.gewijzigd' | 'aanbod.periode_toegevoegd' | 'aanbod.dekking_bekeken'
  | 'toelating.aangevraagd' | 'toelating.bekeken' | 'toelating.ouder_gereageerd' | 'toelating.leerling_stem'
  | 'toelating.besloten' | 'toelating.werkvoorraad_bekeken' | 'toelating.wachtlijst_bekeken'
  | 'toelating.wachtlijst_gewijzigd' | 'toelating.geplaatst' | 'toelating.plaatsing_gewijzigd'
  | 'toelating.afspraak_vastgelegd' | 'toelating.afspraak_getekend' | 'toelating.contact_vastgelegd'
  | 'toelating.inschrijving_overgeschreven';
/** Cases and the vangnet (src/server/casus, src/server/vangnet). */
type CasusAuditActie =
  | 'casus.bekijken' | 'casus.geopend' | 'casus.betrokkene_toegevoegd' | 'casus.overleg_vastgelegd' | 'casus.overleg_gedeeld'
  | 'casus.actie_afgerond' | 'casus.interventie_vastgelegd' | 'casus.ervaring_vastgelegd' | 'casus.fase_vastgelegd'
  | 'casus.voorwaarden_bijgewerkt' | 'casus.werklijst_bekijken' | 'casus.fasevoorwaarden_ingesteld'
  | 'casus.casemanagers_bekeken' | 'casus.gesloten' | 'casus.betrokkene_beeindigd'
  | 'vangnet.uitval_vastgelegd' | 'vangnet.stap_vastgelegd' | 'vangnet.afspraken_bijgewerkt'
  | 'vangnet.scholen_bekeken';

export type AuditEntry = {
  actie: AuditActie;
  bron: string;
  leerlingId?: string | null;
  details?: Record<string, unknown>;
};

export async function writeAudit(
  db: DbOrTx, actor: Pick<Actor, 'accountId' | 'naam'> | null, meta: RequestMeta, entry: AuditEntry,
): Promise<void> {
  await writeAudits(db, actor, meta, [entry]);
}

/** Several rows at once, e.g. one per pupil a list showed. */
export async function writeAudits(
  db: DbOrTx, actor: Pick<Actor, 'accountId' | 'naam'> | null, meta: RequestMeta, entries: AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(auditLog).values(entries.map((entry) => ({
    actorId: actor?.accountId ?? null,
    actorNaam: actor?.naam ?? 'onbekend',
    actie: entry.actie,
    leerlingId: entry.leerlingId ?? null,
    bron: entry.bron,
    route: meta.route,
    ip: meta.ip,
    reden: meta.reden ?? null,
    details: entry.details ?? null,
  })));
}

export type AuditFilter = {
  leerlingId?: string;
  actorId?: string;
  actie?: string;
  van?: Date;
  tot?: Date;
  acties?: readonly string[];
  limit: number;
  offset: number;
};

export async function findAudit(db: DbOrTx, f: AuditFilter) {
  const where: SQL[] = [];
  if (f.leerlingId) where.push(eq(auditLog.leerlingId, f.leerlingId));
  if (f.actorId) where.push(eq(auditLog.actorId, f.actorId));
  if (f.actie) where.push(eq(auditLog.actie, f.actie));
  if (f.acties) where.push(sql`${auditLog.actie} in ${f.acties}`);
  if (f.van) where.push(gte(auditLog.tijdstip, f.van));
  if (f.tot) where.push(lt(auditLog.tijdstip, f.tot));
  return db.select().from(auditLog).where(and(...where))
    .orderBy(desc(auditLog.tijdstip), desc(auditLog.id)).limit(f.limit).offset(f.offset);
}
