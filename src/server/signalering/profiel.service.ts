// The signal profile of one pupil: every source side by side, the parents' picture against the
// school's, the decisions and the curative route. The profile shows; it never computes a verdict
// (source: 003 §18.6 — no rule decides on a single score).
import type { Db, DbOrTx } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { assertLeerlingAccess } from '../core/access/leerling-access.js';
import { isAllowed } from '../core/access/leerling.policy.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { AppError, nietGevonden } from '../core/errors/app-error.js';
import { huidigSchooljaar } from '../core/schooljaar.js';
import {
  findBesluiten, findCuratief, findFormulier, findFormulierVersie, findLaatsteLvs, findLeerlingContext, findScreenings,
  findSignalen, insertBesluit, insertCuratiefStap, lockCuratief, type SignaalRij,
} from './signalering.repo.js';
import { scoresPerKenmerk, type Antwoorden } from './formulier-antwoorden.js';
import { vergelijkBeelden, VERGELIJKING_REGEL } from './vergelijking.js';
import { CURATIEF_BRON, ontbrekendeStap, volgendeStap, volgordeMelding, type Stap } from './curatief-route.js';
import type { Formulier, FormulierSoort } from './standaard-formulieren.js';

async function context(db: DbOrTx, leerlingId: string) {
  const c = await findLeerlingContext(db, leerlingId);
  if (!c) throw nietGevonden();
  return c;
}

/** Forms by (soort, versie), so answers are shown with the questions they were given to. */
function formulierCache(db: DbOrTx, swvId: string | null) {
  const cache = new Map<string, Promise<Formulier>>();
  return (soort: FormulierSoort, versie: number) => {
    const k = `${soort}:${versie}`;
    if (!cache.has(k)) cache.set(k, findFormulierVersie(db, swvId, soort, versie));
    return cache.get(k)!;
  };
}

export const presentFormulier = (f: Formulier) => ({
  soort: f.soort, versie: f.versie, titel: f.titel, uitleg: f.uitleg, eigen: true as const,
  items: f.items.map(({ sleutel, vraag, soort, verplicht }) => ({ sleutel, vraag, soort, verplicht })),
});

export async function presentIngevuld(s: SignaalRij, formulier: (soort: FormulierSoort, versie: number) => Promise<Formulier>) {
  const f = s.formulierSoort ? await formulier(s.formulierSoort, s.formulierVersie ?? 0) : null;
  const a = (s.antwoorden ?? {}) as Antwoorden;
  return {
    id: s.id, datum: s.datum, door: s.door, toelichting: s.toelichting,
    formulier: f && { titel: f.titel, versie: f.versie, eigen: true as const },
    antwoorden: f
      ? f.items.filter((i) => a[i.sleutel] !== undefined).map((i) => ({ sleutel: i.sleutel, vraag: i.vraag, waarde: a[i.sleutel]! }))
      : [],
  };
}

/** The comparison of this school year's pictures: teachers' nominations and observations, the parents' latest. */
async function vergelijk(signalen: SignaalRij[], formulier: ReturnType<typeof formulierCache>) {
  const ditJaar = signalen.filter((s) => s.schooljaar === huidigSchooljaar());
  const scores = async (s: SignaalRij) =>
    scoresPerKenmerk(await formulier(s.formulierSoort!, s.formulierVersie ?? 0), (s.antwoorden ?? {}) as Antwoorden);
  const school = await Promise.all(ditJaar.filter((s) => (s.soort === 'nominatie' || s.soort === 'observatie') && s.formulierSoort).map(scores));
  const laatsteOuder = ditJaar.find((s) => s.soort === 'ouder_beeld' && s.formulierSoort);
  return vergelijkBeelden(school, laatsteOuder ? await scores(laatsteOuder) : null);
}

export async function viewSignaalprofiel(db: Db, actor: Actor, leerlingId: string, meta: RequestMeta) {
  const relaties = await assertLeerlingAccess(db, actor, 'signalering.bekijken', leerlingId);
  const c = await context(db, leerlingId);
  const formulier = formulierCache(db, c.swv_id);
  const [screenings, signalen, lvs, besluiten, curatief, formulieren] = await Promise.all([
    findScreenings(db, leerlingId), findSignalen(db, leerlingId), findLaatsteLvs(db, leerlingId),
    findBesluiten(db, leerlingId), findCuratief(db, leerlingId),
    Promise.all((['nominatie', 'observatie', 'leerlinggesprek'] as const).map((s) => findFormulier(db, c.swv_id, s))),
  ]);
  const van = (soort: SignaalRij['soort']) => Promise.all(signalen.filter((s) => s.soort === soort).map((s) => presentIngevuld(s, formulier)));
  const [nominaties, observaties, leerlingStem, ouderBeelden, vergelijking] = await Promise.all([
    van('nominatie'), van('observatie'), van('leerling_stem'), van('ouder_beeld'), vergelijk(signalen, formulier),
  ]);
  await writeAudit(db, actor, meta, { actie: 'signalering.profiel_bekijken', bron: 'signaal', leerlingId });
  return {
    leerling: { id: leerlingId, naam: c.naam, groep: c.groep_naam },
    screenings: screenings.map(presentScreening),
    nominaties, observaties, leerlingStem, ouderBeelden, lvs,
    iq: signalen.filter((s) => s.soort === 'iq' && s.waarde !== null)
      .map((s) => ({ id: s.id, datum: s.datum, waarde: Number(s.waarde), toelichting: s.toelichting, door: s.door })),
    zorgen: signalen.filter((s): s is SignaalRij & { soort: 'gedrag' | 'welbevinden' } => s.soort === 'gedrag' || s.soort === 'welbevinden')
      .map((s) => ({ id: s.id, soort: s.soort, zorgelijk: s.zorgelijk, datum: s.datum, toelichting: s.toelichting, door: s.door })),
    dubbelBijzonder: signalen.filter((s) => s.soort === 'dubbel_bijzonder')
      .map((s) => ({ id: s.id, datum: s.datum, toelichting: s.toelichting, door: s.door })),
    vergelijking: { ...vergelijking, regel: VERGELIJKING_REGEL },
    besluiten,
    curatief: { stappen: curatief, volgendeStap: volgendeStap(curatief.map((s) => s.stap)), bron: CURATIEF_BRON },
    formulieren: formulieren.map(presentFormulier),
    magBesluiten: isAllowed('signalering.besluiten', relaties),
  };
}

export const presentScreening = (s: Awaited<ReturnType<typeof findScreenings>>[number]) => ({
  id: s.id, instrument: s.instrument, datum: s.datum, uitkomst: s.uitkomst, advies: s.advies, moment: s.momentNaam, door: s.door,
  rapport: s.rapportNaam && s.rapportType ? { naam: s.rapportNaam, type: s.rapportType } : null,
});

/** The one line on the pupil page: how far signalling has come. */
export async function viewStand(db: Db, actor: Actor, leerlingId: string, meta: RequestMeta) {
  await assertLeerlingAccess(db, actor, 'signalering.bekijken', leerlingId);
  const c = await context(db, leerlingId);
  const [screenings, signalen, besluiten, curatief] = await Promise.all([
    findScreenings(db, leerlingId), findSignalen(db, leerlingId), findBesluiten(db, leerlingId), findCuratief(db, leerlingId),
  ]);
  const v = await vergelijk(signalen, formulierCache(db, c.swv_id));
  const telt = (soort: SignaalRij['soort']) => signalen.filter((s) => s.soort === soort).length;
  await writeAudit(db, actor, meta, { actie: 'signalering.stand_bekijken', bron: 'signaal', leerlingId });
  return {
    nominaties: telt('nominatie'), observaties: telt('observatie'), screenings: screenings.length,
    zorgen: signalen.filter((s) => s.zorgelijk).length,
    ouderbeeld: v.gemiddelde.ouders === null ? 'geen' as const
      : v.gemiddelde.verschil === null ? 'niet_te_vergelijken' as const : v.verschilt ? 'verschilt' as const : 'gelijk' as const,
    besluit: besluiten[0]?.uitkomst ?? null,
    curatief: { gezet: new Set(curatief.map((s) => s.stap)).size, volgendeStap: volgendeStap(curatief.map((s) => s.stap)) },
  };
}

export type BesluitInput = {
  uitkomst: 'geen_actie' | 'aanpassen_in_klas' | 'plusklas_met_opp' | 'aanvraag_bovenschools';
  waarom: string; metWie: string[]; datum: string;
};

/** The decision after weighing the profile, with who took it, with whom and why (003 §18.6). */
export async function recordBesluit(db: Db, actor: Actor, leerlingId: string, input: BesluitInput, meta: RequestMeta) {
  return db.transaction(async (tx) => {
    await assertLeerlingAccess(tx, actor, 'signalering.besluiten', leerlingId);
    const { id } = await insertBesluit(tx, {
      leerlingId, uitkomst: input.uitkomst, waarom: input.waarom, metWie: [...new Set(input.metWie)], datum: input.datum, door: actor.accountId,
    });
    await writeAudit(tx, actor, meta, { actie: 'signalering.besluit_vastgelegd', bron: 'signalering_besluit', leerlingId, details: { besluitId: id, uitkomst: input.uitkomst } });
    return { id };
  });
}

export async function addCuratiefStap(
  db: Db, actor: Actor, leerlingId: string, input: { stap: Stap; notitie: string; doel?: string; datum: string }, meta: RequestMeta,
) {
  return db.transaction(async (tx) => {
    await assertLeerlingAccess(tx, actor, 'signalering.vastleggen', leerlingId);
    await lockCuratief(tx, leerlingId);
    const gezet = (await findCuratief(tx, leerlingId)).map((s) => s.stap);
    const ontbreekt = ontbrekendeStap(gezet, input.stap);
    if (ontbreekt) {
      throw new AppError('CONFLICT', 'Deze stap kan nog niet.', [{ veld: 'stap', melding: volgordeMelding(ontbreekt, input.stap) }]);
    }
    if (input.stap === 'traject' && !input.doel?.trim()) {
      throw new AppError('ONGELDIGE_INVOER', undefined, [{ veld: 'doel', melding: `Een traject buiten de klas heeft een doel. Schrijf het doel op (bron: ${CURATIEF_BRON}).` }]);
    }
    const { id } = await insertCuratiefStap(tx, {
      leerlingId, stap: input.stap, notitie: input.notitie, doel: input.doel?.trim() || null, datum: input.datum, door: actor.accountId,
    });
    await writeAudit(tx, actor, meta, { actie: 'signalering.curatief_vastgelegd', bron: 'curatief_stap', leerlingId, details: { stapId: id, stap: input.stap } });
    return { id };
  });
}
