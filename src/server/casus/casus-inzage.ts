// What a case hands each person involved (source: 004 §3 "shares information"; AVG: no more than
// needed). The policy decides *whether* someone sees the case; this decides *which parts*. Minutes
// go to the people who took part in the meeting, once the case manager shares them.
import type { Relatie } from '../core/access/leerling.policy.js';

// 'ervaringen': how everyone experienced an intervention; without it a reader sees only her own.
export const onderdelen = ['betrokkenen', 'alle_overleggen', 'eigen_overleggen', 'acties', 'interventies', 'fasen', 'vangnet', 'concepten', 'ervaringen'] as const;
export type Onderdeel = (typeof onderdelen)[number];

const partner: Onderdeel[] = ['betrokkenen', 'eigen_overleggen', 'acties', 'interventies', 'fasen', 'vangnet', 'ervaringen'];

export const casusInzage: Record<Relatie, readonly Onderdeel[]> = {
  eigen_casus: onderdelen,
  eigen_school: partner, // the stamschool keeps the zorgplicht (003 §18.4)
  eigen_kind: partner, // parents are equal partners (004 §3)
  // The pupil reads her own experience of an intervention; the adults' scores and remarks (on the
  // coach, on each other) are theirs to talk over with her, not to hand her as a list.
  zelf: ['betrokkenen', 'eigen_overleggen', 'acties', 'interventies', 'fasen'],
  casus_zorg: ['betrokkenen', 'eigen_overleggen', 'interventies', 'fasen', 'ervaringen'],
  casus_leerplicht: ['betrokkenen', 'vangnet'],
  casus_proces: ['betrokkenen', 'alle_overleggen', 'acties', 'interventies', 'fasen', 'vangnet', 'ervaringen'],
  eigen_klas: [],
  aangesteld: [],
  swv_commissie: [], // the commissie weighs an application's file, not the case (003 §18.2)
  eigen_voorziening: [],
};

export function inzageVoor(relaties: readonly Relatie[]): Set<Onderdeel> {
  return new Set(relaties.flatMap((r) => casusInzage[r]));
}
