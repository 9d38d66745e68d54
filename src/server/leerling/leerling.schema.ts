// Request and response schemas of the pupil routes, and the presenters that decide which fields
// go out.
import { z } from 'zod';
import { rollen } from '../core/access/actor.js';
import { schooljaarLabel } from '../core/schooljaar.js';
import type { BetrokkeneRij, GroepRij, InschrijvingRij, LeerlingRij } from './leerling.repo.js';

export const leerlingParams = z.object({ id: z.uuid('Dit is geen geldige leerling-id.') });
export const paginaSchema = z.coerce.number().int().min(1, 'De pagina is minstens 1.').max(10_000).default(1);

export const zoekQuery = z.object({
  zoek: z.string().trim().max(100, 'Zoek op hoogstens 100 tekens.').optional(),
  pagina: paginaSchema,
});

const groepOut = z.object({ naam: z.string(), leerjaar: z.number() });
const lijstLeerling = z.object({
  id: z.string(), naam: z.string(), geboortedatum: z.string(),
  school: z.object({ naam: z.string() }).nullable(), groep: groepOut.nullable(),
});

export const zoekResponse = z.object({ leerlingen: z.array(lijstLeerling), meer: z.boolean() });
export const kinderenResponse = z.object({
  kinderen: z.array(lijstLeerling.omit({ geboortedatum: true }).extend({ planWachtOpInstemming: z.boolean(), aanmeldingWachtOpToestemming: z.boolean() })),
});

export const leerlingResponse = z.object({
  leerling: z.object({
    id: z.string(), naam: z.string(), voornaam: z.string(), tussenvoegsel: z.string().nullable(),
    achternaam: z.string(), geboortedatum: z.string(), geslacht: z.enum(['m', 'v', 'x']),
  }),
  groep: groepOut.extend({ schooljaar: z.string() }).nullable(),
  inschrijvingen: z.array(z.object({
    school: z.object({ naam: z.string(), brin: z.string(), vestiging: z.string(), gemeente: z.string(), soort: z.enum(['po', 'vo', 'so']) }),
    van: z.string(), tot: z.string().nullable(), stamschool: z.boolean(),
  })),
  betrokkenen: z.array(z.object({ naam: z.string(), rol: z.enum(rollen), school: z.string().nullable() })),
});

export const toegangResponse = z.object({
  items: z.array(z.object({ tijdstip: z.string(), actorNaam: z.string(), actie: z.string(), bron: z.string() })),
  meer: z.boolean(),
});

export const volledigeNaam = (r: Pick<LeerlingRij, 'voornaam' | 'tussenvoegsel' | 'achternaam'>) =>
  [r.voornaam, r.tussenvoegsel, r.achternaam].filter(Boolean).join(' ');

export const presentLijstLeerling = (r: LeerlingRij) => ({
  id: r.id,
  naam: volledigeNaam(r),
  geboortedatum: r.geboortedatum,
  school: r.school_naam ? { naam: r.school_naam } : null,
  groep: r.groep_naam && r.leerjaar ? { naam: r.groep_naam, leerjaar: r.leerjaar } : null,
});

export function presentLeerling(v: {
  basis: LeerlingRij; inschrijvingen: InschrijvingRij[]; betrokkenen: BetrokkeneRij[]; groep: GroepRij | null;
}): z.infer<typeof leerlingResponse> {
  const b = v.basis;
  return {
    leerling: {
      id: b.id, naam: volledigeNaam(b), voornaam: b.voornaam, tussenvoegsel: b.tussenvoegsel,
      achternaam: b.achternaam, geboortedatum: b.geboortedatum, geslacht: b.geslacht,
    },
    groep: v.groep && { naam: v.groep.naam, leerjaar: v.groep.leerjaar, schooljaar: schooljaarLabel(v.groep.schooljaar) },
    inschrijvingen: v.inschrijvingen.map((i) => ({
      school: { naam: i.school_naam, brin: i.brin, vestiging: i.vestiging, gemeente: i.gemeente, soort: i.soort },
      van: i.van, tot: i.tot, stamschool: i.stamschool,
    })),
    betrokkenen: v.betrokkenen.map((x) => ({ naam: x.naam, rol: x.rol as (typeof rollen)[number], school: x.school })),
  };
}
