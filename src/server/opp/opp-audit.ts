/** The audited actions of the OPP and in-class adaptations: each read of a plan, each write. */
export type OppAuditActie =
  | 'opp.bekijken' | 'opp.versie_bekijken' | 'opp.versie_vastgelegd' | 'opp.instemming_vastgelegd'
  | 'opp.inbreng_vastgelegd' | 'opp.pdf' | 'opp.overdracht_toestemming' | 'opp.overgenomen' | 'opp.evaluatie_gepland' | 'opp.evaluatie_vastgelegd'
  | 'klasaanpassing.bekijken' | 'klasaanpassing.vastgelegd' | 'klasaanpassing.overdracht';
