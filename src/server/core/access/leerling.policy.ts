// Who may do what with a pupil: role *and* relationship, as data a test can enumerate.
// Missing and forbidden both end in 404 (STYLE habit 3).
import type { Rol } from './actor.js';

/** A relationship between a person and a pupil, and the role it takes to hold it. */
export const relaties = {
  eigen_klas: 'leraar', // teaches one of the pupil's classes this school year
  eigen_school: 'ib', // IB / zorgcoördinator of the pupil's stamschool
  aangesteld: 'specialist', // specialist appointed at the school, its board or its SWV
  eigen_casus: 'casemanager', // case manager of the pupil's open case (source: 004 §3)
  eigen_kind: 'ouder', // parent or carer of the pupil
  zelf: 'leerling', // the pupil's own account
  // source: 003 §18.2 — the SWV commissie weighs an application handed in at its SWV
  swv_commissie: 'commissielid',
  // source: 003 §18.2 — the provision's coordinator runs the plaatsingstraject of its pupils
  eigen_voorziening: 'coordinator',
  // Involved in the pupil's open case by the case manager (source: 004 §3, 003 §20.2.3, §20.3)
  casus_zorg: 'zorgverlener',
  casus_leerplicht: 'leerplichtambtenaar',
  casus_proces: 'procesbegeleider',
} as const satisfies Record<string, Rol>;

export type Relatie = keyof typeof relaties;
export const alleRelaties = Object.keys(relaties) as Relatie[];

/**
 * What each action on a pupil asks. SWV staff and the commissie get pupil data only through what
 * an application or a case hands them (later capabilities add those relationships); the privacy
 * officer works with the audit log, not with pupil files.
 */
export const leerlingPolicy = {
  'leerling.bekijken': alleRelaties,
  // Parents see who opened their child's file (AVG art. 15 right of access).
  'leerling.toegang_bekijken': ['eigen_kind'],
  // Signalling (source: 003 §17.2): the professionals around the pupil see and add to the profile;
  // the IB or specialist decides; parents add their picture and can always ask for a talk.
  'signalering.bekijken': ['eigen_klas', 'eigen_school', 'aangesteld', 'eigen_casus'],
  'signalering.vastleggen': ['eigen_klas', 'eigen_school', 'aangesteld'],
  'signalering.besluiten': ['eigen_school', 'aangesteld'],
  'signalering.ouder': ['eigen_kind'],
  // The OPP (source: 003 §17.1, §17.4): everyone around the pupil reads it, parents and the pupil
  // included; the IB or specialist writes and evaluates it; parents consent (WPO art. 40a); parents
  // and the pupil add their own words.
  'opp.bekijken': ['eigen_klas', 'eigen_school', 'aangesteld', 'eigen_casus', 'eigen_kind', 'zelf'],
  'opp.opstellen': ['eigen_school', 'aangesteld'],
  'opp.instemmen': ['eigen_kind'],
  'opp.inbreng': ['eigen_kind', 'zelf'],
  // In-class adaptations (source: 003 §16.2.1, §16.5): every teacher of the pupil sees and records them.
  'klasaanpassing.bekijken': ['eigen_klas', 'eigen_school', 'aangesteld', 'eigen_casus'],
  'klasaanpassing.vastleggen': ['eigen_klas', 'eigen_school', 'aangesteld'],
  // Parents may object beforehand to their child taking the monitor's questionnaire (source: 004 §2).
  'monitor.bezwaar': ['eigen_kind'],
  // The pupil answers her own questionnaire; the IB of her school prints her log-in code (source: 004 §2).
  'monitor.invullen': ['zelf'],
  'monitor.codes': ['eigen_school'],
  // The portfolio (source: 003 ch. 19): the pupil fills in their own part, teachers theirs.
  'portfolio.leerling': ['zelf'],
  'portfolio.leraar': ['eigen_klas', 'eigen_school', 'aangesteld'],
  // Admission (source: 003 §18.2–18.4; 000 hoorrecht): the IB or specialist applies; parents consent
  // and add their view; the pupil adds her voice; the commissie decides; the coordinator places.
  // Teachers learn of a placement from the IB, not from the application file.
  'toelating.bekijken': ['eigen_school', 'aangesteld', 'eigen_casus', 'eigen_kind', 'zelf', 'swv_commissie', 'eigen_voorziening'],
  'toelating.aanvragen': ['eigen_school', 'aangesteld'],
  'toelating.ouder': ['eigen_kind'],
  'toelating.leerling': ['zelf'],
  'toelating.besluiten': ['swv_commissie'],
  'toelating.plaatsen': ['eigen_voorziening'],
  // The written agreement is signed by the stamschool, the provision and the parents (source: 003 §18.4).
  'toelating.ondertekenen': ['eigen_school', 'eigen_voorziening', 'eigen_kind'],
  // The two schools draw the agreement up and keep its contact log; the parents sign and read it.
  'toelating.afspraak': ['eigen_school', 'eigen_voorziening'],
  // Cases (source: 004 §3): everyone involved sees the case, but only what it hands their role
  // (src/server/casus/casus-inzage.ts); the case manager alone keeps it. The IB or specialist of the
  // pupil's school opens one and names the case manager.
  'casus.bekijken': ['eigen_casus', 'eigen_school', 'eigen_kind', 'zelf', 'casus_zorg', 'casus_leerplicht', 'casus_proces'],
  'casus.beheren': ['eigen_casus'],
  'casus.openen': ['eigen_school', 'aangesteld'],
  // How an intervention was experienced, from the parent's, the pupil's and the professional's side.
  'casus.ervaring': ['eigen_casus', 'eigen_kind', 'zelf', 'casus_zorg'],
  // The vangnet route (source: 003 §20.3) is run by the case manager.
  'vangnet.vastleggen': ['eigen_casus'],
} as const satisfies Record<string, readonly Relatie[]>;

export type LeerlingActie = keyof typeof leerlingPolicy;

export function isAllowed(actie: LeerlingActie, gehouden: readonly Relatie[]): boolean {
  const nodig: readonly Relatie[] = leerlingPolicy[actie];
  return gehouden.some((r) => nodig.includes(r));
}

/** Relationships whose role the actor holds: a relationship without its role counts for nothing. */
export const relatiesVoorRollen = (rollen: readonly Rol[]): Relatie[] =>
  alleRelaties.filter((r) => rollen.includes(relaties[r]));
