// Who is acting, and through which request: handed to every use case as (actor, input, meta).
export const rollen = [
  'leraar', 'ib', 'specialist', 'casemanager', 'commissielid', 'swv_medewerker',
  'privacy_officer', 'functioneel_beheerder', 'ouder', 'leerling', 'coordinator',
  'zorgverlener', 'leerplichtambtenaar', 'procesbegeleider',
] as const;
export type Rol = (typeof rollen)[number];

export type Actor = {
  accountId: string;
  naam: string;
  email: string;
  soort: 'medewerker' | 'ouder' | 'leerling';
  rollen: Rol[];
  /** Set for a pupil's own account. */
  leerlingId: string | null;
};

export type RequestMeta = {
  route: string;
  ip: string;
  /** The reason the person gave, where a route asks for one. */
  reden?: string;
};

export const hasRol = (actor: Actor, ...r: Rol[]) => actor.rollen.some((x) => r.includes(x));
