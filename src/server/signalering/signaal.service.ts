// Recording signals about one pupil: the outcome of a licensed screening instrument, our own forms
// (nomination, observation, the pupil's words), concerns, an IQ result, a twice-exceptional flag,
// and the parents' picture. Each checks access first and audits in the same transaction.
import type { Db } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { assertLeerlingAccess } from '../core/access/leerling-access.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { AppError, nietGevonden, type VeldFout } from '../core/errors/app-error.js';
import { huidigSchooljaar, schooljaarVan, vandaag } from '../core/schooljaar.js';
import {
  findFormulier, findLeerlingContext, findMoment, findOpenMoment, findRapport, findScreenings, findSignalen,
  insertScreening, insertSignaal,
} from './signalering.repo.js';
import { checkAntwoorden, type Antwoorden } from './formulier-antwoorden.js';
import { leesRapport, type RapportType } from './rapport.js';
import type { FormulierSoort } from './standaard-formulieren.js';
import type { signaalSoorten } from './signalering.schema.js';

const ongeldig = (velden: VeldFout[]) => new AppError('ONGELDIGE_INVOER', undefined, velden);

async function context(db: Parameters<typeof findLeerlingContext>[0], leerlingId: string) {
  const c = await findLeerlingContext(db, leerlingId);
  if (!c) throw nietGevonden();
  return c;
}

export type ScreeningInput = {
  instrument: 'DHH' | 'SiDi-PO' | 'ZOOV+' | 'VO Quick-Screening';
  datum: string; uitkomst: 'geen_signaal' | 'signaal' | 'sterk_signaal'; advies?: string; momentId?: string;
  rapport?: { naam: string; type: RapportType; inhoud: string };
};

/**
 * Only the outcome, the advice and the product's own report are kept; the instrument's questions
 * and norms are licensed and never copied into Piramide (issue 4, "Instruments").
 */
export async function recordScreening(db: Db, actor: Actor, leerlingId: string, input: ScreeningInput, meta: RequestMeta) {
  return db.transaction(async (tx) => {
    await assertLeerlingAccess(tx, actor, 'signalering.vastleggen', leerlingId);
    const c = await context(tx, leerlingId);
    const rapport = input.rapport ? leesRapport(input.rapport) : null;
    if (rapport?.fout) throw ongeldig([rapport.fout]);
    const schooljaar = schooljaarVan(input.datum);
    let momentId = input.momentId ?? null;
    if (momentId) {
      const m = await findMoment(tx, momentId);
      if (!m || m.swvId !== c.swv_id) throw ongeldig([{ veld: 'momentId', melding: 'Dit signaleringsmoment hoort niet bij de school van deze leerling.' }]);
      const al = await findScreenings(tx, leerlingId);
      if (al.some((s) => s.momentId === m.id && s.schooljaar === schooljaar)) {
        throw new AppError('CONFLICT', `Voor "${m.naam}" is dit schooljaar al een uitkomst vastgelegd.`);
      }
    } else if (c.swv_id && c.leerjaar && schooljaar === huidigSchooljaar()) {
      // Enter once: a screening of this year's class with the moment's instrument counts for that moment.
      momentId = await findOpenMoment(tx, leerlingId, c.swv_id, c.leerjaar, input.instrument);
    }
    const { id } = await insertScreening(tx, {
      leerlingId, momentId, schooljaar, instrument: input.instrument, datum: input.datum, uitkomst: input.uitkomst,
      advies: input.advies || null, door: actor.accountId,
      rapportNaam: input.rapport?.naam ?? null, rapportType: input.rapport?.type ?? null, rapport: rapport?.bytes ?? null,
    });
    await writeAudit(tx, actor, meta, {
      actie: 'signalering.screening_vastgelegd', bron: 'screening', leerlingId,
      details: { screeningId: id, instrument: input.instrument, uitkomst: input.uitkomst, rapport: !!input.rapport },
    });
    return { id };
  });
}

export async function listScreenings(db: Db, actor: Actor, leerlingId: string, meta: RequestMeta) {
  await assertLeerlingAccess(db, actor, 'signalering.bekijken', leerlingId);
  const rijen = await findScreenings(db, leerlingId);
  await writeAudit(db, actor, meta, { actie: 'signalering.screenings_bekijken', bron: 'screening', leerlingId });
  return rijen;
}

export async function downloadRapport(db: Db, actor: Actor, leerlingId: string, screeningId: string, meta: RequestMeta) {
  await assertLeerlingAccess(db, actor, 'signalering.bekijken', leerlingId);
  const rapport = await findRapport(db, leerlingId, screeningId);
  if (!rapport) throw nietGevonden();
  await writeAudit(db, actor, meta, { actie: 'signalering.rapport_bekijken', bron: 'screening', leerlingId, details: { screeningId } });
  return rapport;
}

type SignaalSoort = (typeof signaalSoorten)[number];
const formulierVan: Partial<Record<SignaalSoort, FormulierSoort>> = {
  nominatie: 'nominatie', observatie: 'observatie', leerling_stem: 'leerlinggesprek',
};

export type SignaalInput = {
  soort: SignaalSoort; datum?: string; antwoorden?: Antwoorden; toelichting?: string; zorgelijk?: boolean; waarde?: number;
};

/** The checks per kind of signal; returns the cleaned answers. */
function checkSignaal(input: SignaalInput, formulier: Awaited<ReturnType<typeof findFormulier>> | null): { fouten: VeldFout[]; antwoorden: Antwoorden | null } {
  const fouten: VeldFout[] = [];
  const leeg = (s?: string) => !s || s.trim() === '';
  let antwoorden: Antwoorden | null = null;
  if (formulier) {
    if (!input.antwoorden) fouten.push({ veld: 'antwoorden', melding: `Vul het formulier "${formulier.titel}" in.` });
    else {
      const r = checkAntwoorden(formulier, input.antwoorden);
      fouten.push(...r.fouten);
      antwoorden = r.schoon;
      if (input.soort === 'leerling_stem' && r.fouten.length === 0 && Object.keys(r.schoon).length === 0) {
        fouten.push({ veld: 'antwoorden', melding: 'Schrijf minstens één antwoord van de leerling op, in de eigen woorden van de leerling.' });
      }
    }
  } else if (input.antwoorden) {
    fouten.push({ veld: 'antwoorden', melding: 'Bij dit soort signaal hoort geen formulier.' });
  }
  if (input.soort === 'nominatie' && leeg(input.toelichting)) {
    fouten.push({ veld: 'toelichting', melding: 'Licht de nominatie toe: wat ziet u in de klas?' });
  }
  if ((input.soort === 'gedrag' || input.soort === 'welbevinden' || input.soort === 'dubbel_bijzonder') && leeg(input.toelichting)) {
    fouten.push({ veld: 'toelichting', melding: 'Beschrijf wat u ziet of weet.' });
  }
  if (input.soort === 'iq' && input.waarde === undefined) fouten.push({ veld: 'waarde', melding: 'Vul de IQ-score in.' });
  if (input.soort !== 'iq' && input.waarde !== undefined) fouten.push({ veld: 'waarde', melding: 'Alleen een IQ-resultaat heeft een waarde.' });
  return { fouten, antwoorden };
}

export async function recordSignaal(db: Db, actor: Actor, leerlingId: string, input: SignaalInput, meta: RequestMeta) {
  return db.transaction(async (tx) => {
    await assertLeerlingAccess(tx, actor, 'signalering.vastleggen', leerlingId);
    const c = await context(tx, leerlingId);
    const fSoort = formulierVan[input.soort];
    const formulier = fSoort ? await findFormulier(tx, c.swv_id, fSoort) : null;
    const { fouten, antwoorden } = checkSignaal(input, formulier);
    if (fouten.length) throw ongeldig(fouten);
    const datum = input.datum ?? vandaag();
    const zorg = input.soort === 'gedrag' || input.soort === 'welbevinden';
    const { id } = await insertSignaal(tx, {
      leerlingId, soort: input.soort, schooljaar: schooljaarVan(datum), datum, door: actor.accountId,
      formulierSoort: fSoort ?? null, formulierVersie: formulier?.versie ?? null, antwoorden,
      toelichting: input.toelichting || null,
      // A concern about behaviour or wellbeing starts a talk with pupil and parents (003 §17.2.2).
      zorgelijk: zorg ? (input.zorgelijk ?? true) : false,
      waarde: input.waarde ?? null,
    });
    await writeAudit(tx, actor, meta, { actie: 'signalering.signaal_vastgelegd', bron: 'signaal', leerlingId, details: { signaalId: id, soort: input.soort } });
    return { id };
  });
}

/** The parents' questionnaire and what this parent filled in before. */
export async function viewOuderbeeld(db: Db, actor: Actor, leerlingId: string, meta: RequestMeta) {
  await assertLeerlingAccess(db, actor, 'signalering.ouder', leerlingId);
  const c = await context(db, leerlingId);
  const formulier = await findFormulier(db, c.swv_id, 'ouder_vragenlijst');
  const eerder = await findSignalen(db, leerlingId, { soort: 'ouder_beeld', door: actor.accountId });
  await writeAudit(db, actor, meta, { actie: 'signalering.ouderbeeld_bekijken', bron: 'signaal', leerlingId });
  return { voornaam: c.voornaam, swvId: c.swv_id, formulier, eerder };
}

export async function recordOuderbeeld(
  db: Db, actor: Actor, leerlingId: string, input: { antwoorden: Antwoorden; toelichting?: string }, meta: RequestMeta,
) {
  return db.transaction(async (tx) => {
    await assertLeerlingAccess(tx, actor, 'signalering.ouder', leerlingId);
    const c = await context(tx, leerlingId);
    const formulier = await findFormulier(tx, c.swv_id, 'ouder_vragenlijst');
    const r = checkAntwoorden(formulier, input.antwoorden);
    if (r.fouten.length) throw ongeldig(r.fouten);
    const datum = vandaag();
    const { id } = await insertSignaal(tx, {
      leerlingId, soort: 'ouder_beeld', schooljaar: schooljaarVan(datum), datum, door: actor.accountId,
      formulierSoort: 'ouder_vragenlijst', formulierVersie: formulier.versie, antwoorden: r.schoon,
      toelichting: input.toelichting || null,
    });
    await writeAudit(tx, actor, meta, { actie: 'signalering.ouderbeeld_vastgelegd', bron: 'signaal', leerlingId, details: { signaalId: id } });
    return { id };
  });
}
