// Use case: import a school's LVS results (all rows or none), and let the trend rule open a talk
// where results spiral down (source: 003 §17.2.2). School check first; the rows, one audit row
// per pupil and the talks go into one transaction.
import type { Db } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { writeAudit, writeAudits } from '../core/audit/audit.service.js';
import { vandaag } from '../core/schooljaar.js';
import { openTalk } from './gesprek.js';
import { normaliseer, readLvsCsv, type Afwijzing, type LeerlingIndex, type LvsRij } from './lvs-csv.js';
import { findResultaten, findSchoolLeerlingen, insertImport, insertResultaten, toResultaat, type SchoolLeerling } from './lvs.repo.js';
import { assertSchoolRol } from './school-bereik.js';
import { findTrends, trendConfigVoor } from './trend-regel.js';

/** The report lists this many rejected rows at most; the count is always complete. */
export const MAX_AFWIJZINGEN = 500;

export type LvsImportInput = { csv: string; bestandsnaam?: string; controleren: boolean };
export type LvsImportUitkomst = {
  status: 'afgewezen' | 'gecontroleerd' | 'geimporteerd';
  regels: number;
  leerlingen: number;
  alAanwezig: number;
  gesprekken: number;
  aantalAfwijzingen: number;
  afwijzingen: Afwijzing[];
};

function indexVan(leerlingen: SchoolLeerling[]): LeerlingIndex {
  const ids = new Set(leerlingen.map((l) => l.id));
  const perNaam = new Map<string, SchoolLeerling[]>();
  for (const l of leerlingen) {
    // Both "de Vries" and "Vries" find a pupil with tussenvoegsel "de".
    for (const naam of [l.achternaam, [l.tussenvoegsel, l.achternaam].filter(Boolean).join(' ')]) {
      const k = `${normaliseer(naam)}|${l.geboortedatum}`;
      const lijst = perNaam.get(k) ?? [];
      if (!lijst.includes(l)) perNaam.set(k, [...lijst, l]);
    }
  }
  return {
    heeftId: (id) => ids.has(id),
    zoekOpNaam: (achternaam, geboortedatum, voornaam) =>
      (perNaam.get(`${normaliseer(achternaam)}|${geboortedatum}`) ?? [])
        .filter((l) => !voornaam || normaliseer(l.voornaam) === normaliseer(voornaam)).map((l) => l.id),
  };
}

const sleutel = (r: { leerlingId?: string; leerling_id?: string; toets: string; vak: string; datum: string }) =>
  [r.leerlingId ?? r.leerling_id, normaliseer(r.toets), normaliseer(r.vak), r.datum].join('\u0000');

export async function importLvsResultaten(
  db: Db, actor: Actor, schoolId: string, input: LvsImportInput, meta: RequestMeta,
): Promise<LvsImportUitkomst> {
  const school = await assertSchoolRol(db, actor, schoolId, ['ib', 'specialist']);
  const gelezen = readLvsCsv(input.csv, indexVan(await findSchoolLeerlingen(db, schoolId)), { vandaag: vandaag() });
  const afwijzingen = [...gelezen.afwijzingen];

  // A row already stored with the same score is a re-import and is skipped; another score is a conflict.
  const leerlingIds = [...new Set(gelezen.rijen.map((r) => r.leerlingId))];
  const bestaand = new Map((await findResultaten(db, leerlingIds)).map((r) => [sleutel(r), r]));
  const nieuw: LvsRij[] = [];
  const scoreGetoond = new Set<string>();
  let alAanwezig = 0;
  for (const r of gelezen.rijen) {
    const b = bestaand.get(sleutel(r));
    if (!b) nieuw.push(r);
    else if (b.score === r.score && b.percentiel === r.percentiel) alAanwezig++;
    else {
      afwijzingen.push({ regel: r.regel, kolom: 'score', reden: `Voor deze toets op deze datum staat al een ander resultaat in Piramide (score ${b.score}).` });
      scoreGetoond.add(r.leerlingId);
    }
  }
  afwijzingen.sort((a, b) => a.regel - b.regel);

  const uitkomst = (status: LvsImportUitkomst['status'], gesprekken = 0): LvsImportUitkomst => ({
    status, regels: gelezen.rijen.length, leerlingen: leerlingIds.length, alAanwezig, gesprekken,
    aantalAfwijzingen: afwijzingen.length, afwijzingen: afwijzingen.slice(0, MAX_AFWIJZINGEN),
  });

  if (afwijzingen.length || input.controleren) {
    await writeAudits(db, actor, meta, [
      { actie: 'lvs.controleren', bron: 'lvs', details: { schoolId, regels: gelezen.rijen.length, afwijzingen: afwijzingen.length, controleren: input.controleren } },
      // the report shows these pupils' stored scores: a read of their results
      ...[...scoreGetoond].map((leerlingId) => ({ actie: 'lvs.controleren' as const, bron: 'lvs', leerlingId, details: { schoolId } })),
    ]);
    return uitkomst(afwijzingen.length ? 'afgewezen' : 'gecontroleerd');
  }

  return db.transaction(async (tx) => {
    let gesprekken = 0;
    const perLeerling = new Map<string, number>();
    for (const r of nieuw) perLeerling.set(r.leerlingId, (perLeerling.get(r.leerlingId) ?? 0) + 1);
    const importId = nieuw.length
      ? await insertImport(tx, { schoolId, door: actor.accountId, bestandsnaam: input.bestandsnaam?.trim() || 'geplakt.csv', aantal: nieuw.length })
      : null;
    if (importId) await insertResultaten(tx, importId, nieuw);

    // The trend rule looks at every result of the pupils with new rows; a talk only when its latest point is new.
    const config = trendConfigVoor(school.swvCode);
    const alles = await findResultaten(tx, [...perLeerling.keys()]);
    const nieuweSleutels = new Set(nieuw.map(sleutel));
    const redenen = new Map<string, string[]>();
    const perPupil = new Map<string, typeof alles>();
    for (const r of alles) perPupil.set(r.leerling_id, [...(perPupil.get(r.leerling_id) ?? []), r]);
    for (const [leerlingId, rs] of perPupil) {
      for (const t of findTrends(rs.map(toResultaat), config)) {
        const laatsteNieuw = rs.some((r) => r.datum === t.totEnMet && normaliseer(r.vak) === normaliseer(t.vak)
          && nieuweSleutels.has(sleutel({ leerlingId, toets: r.toets, vak: r.vak, datum: r.datum })));
        if (laatsteNieuw) redenen.set(leerlingId, [...(redenen.get(leerlingId) ?? []), t.reden]);
      }
    }
    const metGesprek = new Set<string>();
    for (const [leerlingId, rs] of redenen) {
      const reden = `Neerwaartse spiraal in de LVS-resultaten (bron: 003 §17.2.2). ${rs.join(' ')}`;
      const t = await openTalk(tx, { leerlingId, soort: 'gesprek_neerwaartse_spiraal', reden });
      if (t.nieuw) gesprekken++;
      metGesprek.add(leerlingId);
    }
    if (perLeerling.size === 0) {
      await writeAudit(tx, actor, meta, { actie: 'lvs.importeren', bron: 'lvs', details: { schoolId, resultaten: 0, alAanwezig } });
    }
    await writeAudits(tx, actor, meta, [...perLeerling].map(([leerlingId, aantal]) => ({
      actie: 'lvs.importeren' as const, bron: 'lvs', leerlingId,
      details: { importId, schoolId, resultaten: aantal, gesprek: metGesprek.has(leerlingId) },
    })));
    return uitkomst('geimporteerd', gesprekken);
  });
}
