// Marks a route as touching pupil data, so the access harnesses can find and test every such route,
// or as touching none, with the reason; a test refuses any /api route that is neither.
import type { LeerlingActie } from './leerling.policy.js';

export type LeerlingRouteInfo = {
  /**
   * 'leerling': one pupil, her id is `:id` in the path; 'lijst': a list filtered by the actor's access;
   * 'bron': one record of a pupil (an application, a meeting…), whose id is in the path. The
   * record's kind (`bron`) names the fixture that makes one for the bron harness.
   */
  soort: 'leerling' | 'lijst' | 'bron';
  actie: LeerlingActie;
  /** For soort 'bron': the kind of record, e.g. 'aanvraag'. */
  bron?: string;
  /**
   * For a route that changes something: a valid body for the given pupil, so the access harness
   * can call it for every person and pupil. The harness's database is thrown away afterwards.
   */
  voorbeeld?: (leerlingId: string) => unknown;
  /**
   * For soort 'lijst': the list names only some of the pupils the actor may see (a worklist: those
   * with something pending). The access harness then checks that every pupil it names is allowed and
   * audited, after `bron`'s fixture has made something pending for every pupil.
   */
  deel?: true;
};

declare module 'fastify' {
  interface FastifyContextConfig {
    leerlingRoute?: LeerlingRouteInfo;
    /** Why this route shows or changes no pupil's data (e.g. "regional aggregates, groups under 10 withheld"). */
    zonderLeerlinggegevens?: string;
    /**
     * Touches pupil data by a key no harness can enumerate (a school's import, the privacy officer's
     * search): the test file that checks, for every person, its access and its audit.
     */
    getest?: string;
  }
}

export const leerlingRoute = (info: LeerlingRouteInfo) => ({ leerlingRoute: info });
export const zonderLeerlinggegevens = (reden: string) => ({ zonderLeerlinggegevens: reden });
export const getestIn = (testbestand: string) => ({ getest: testbestand });
