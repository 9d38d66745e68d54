// Marks a route as touching pupil data, so the access harness can find and test every such route.
import type { LeerlingActie } from './leerling.policy.js';

export type LeerlingRouteInfo = {
  /** 'leerling': one pupil, id in the path; 'lijst': a list filtered by the actor's access. */
  soort: 'leerling' | 'lijst';
  actie: LeerlingActie;
  /**
   * For a route that changes something: a valid body for the given pupil, so the access harness
   * can call it for every person and pupil. The harness's database is thrown away afterwards.
   */
  voorbeeld?: (leerlingId: string) => unknown;
};

declare module 'fastify' {
  interface FastifyContextConfig {
    leerlingRoute?: LeerlingRouteInfo;
  }
}

export const leerlingRoute = (info: LeerlingRouteInfo) => ({ leerlingRoute: info });
