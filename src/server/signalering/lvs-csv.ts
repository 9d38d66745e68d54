// Reading an LVS export (leerlingvolgsysteem) as CSV, and checking every row before anything is
// stored: the import is all-or-nothing, so the person gets one report of every rejected row.
// The format is ours (documented on the import page):
//   leerling_id,toets,vak,datum,score,niveau,percentiel
// or, when the LVS does not know Piramide's ids, `achternaam,geboortedatum` (and optionally
// `voornaam`) instead of `leerling_id`. Fields are separated by ',' or ';' (detected from the header),
// dates are YYYY-MM-DD or DD-MM-YYYY (also with '/'), a score may use a decimal comma.
// Pure functions only: the pupils of the school come in as an index.
import { detectDelimiter, parseCsv } from '../monitor/stats/csv-parse.js';
import { StatsInputError } from '../monitor/stats/errors.js';

export const LVS_KOLOMMEN = ['leerling_id', 'voornaam', 'achternaam', 'geboortedatum', 'toets', 'vak', 'datum', 'score', 'niveau', 'percentiel'] as const;
export type LvsKolom = (typeof LVS_KOLOMMEN)[number];

export type LvsRij = {
  regel: number;
  leerlingId: string;
  toets: string;
  vak: string;
  datum: string;
  score: number;
  niveau: string | null;
  percentiel: number | null;
};

/** One rejected row: the line in the file, the column (null for the whole row) and a Dutch reason. */
export type Afwijzing = { regel: number; kolom: string | null; reden: string };

/** The pupils of the school the file is for; matching happens only among them. */
export interface LeerlingIndex {
  heeftId(id: string): boolean;
  /** Ids of the pupils with this surname and birth date (and first name, when given). */
  zoekOpNaam(achternaam: string, geboortedatum: string, voornaam?: string): string[];
}

export type LvsLeesResultaat = { rijen: LvsRij[]; afwijzingen: Afwijzing[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_TEKST = 100;
/** Before this, an LVS result is a typing error rather than history. */
const EERSTE_JAAR = 2000;

export const normaliseer = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** YYYY-MM-DD or DD-MM-YYYY (or with '/'), a date that exists; the ISO form, or null. */
export function leesDatum(raw: string): string | null {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  let j: number, mnd: number, d: number;
  if (m) [j, mnd, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(s);
    if (!m) return null;
    [d, mnd, j] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const dt = new Date(Date.UTC(j, mnd - 1, d));
  if (dt.getUTCFullYear() !== j || dt.getUTCMonth() !== mnd - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
}

/** A number with '.' or ',' as decimal sign and no thousands separators; null otherwise. */
export function leesGetal(raw: string): number | null {
  const s = raw.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/**
 * Reads and checks the whole file. Never throws on bad input: a malformed file becomes one
 * rejection with its line, so the person sees what to fix.
 */
export function readLvsCsv(text: string, leerlingen: LeerlingIndex, opts: { vandaag: string }): LvsLeesResultaat {
  const afwijzingen: Afwijzing[] = [];
  let tabel;
  try {
    tabel = parseCsv(text, { delimiter: detectDelimiter(text) });
  } catch (e) {
    if (!(e instanceof StatsInputError)) throw e;
    const m = /^Regel (\d+): (.*)$/s.exec(e.message);
    return { rijen: [], afwijzingen: [{ regel: m ? Number(m[1]) : 1, kolom: null, reden: m ? m[2]! : e.message }] };
  }

  const kop = tabel.header.map(normaliseer);
  const kolom = new Map<string, number>();
  kop.forEach((naam, i) => {
    if ((LVS_KOLOMMEN as readonly string[]).includes(naam)) kolom.set(naam, i);
    else afwijzingen.push({ regel: 1, kolom: tabel.header[i] ?? naam, reden: `Onbekende kolom. Gebruik alleen: ${LVS_KOLOMMEN.join(', ')}.` });
  });
  const metId = kolom.has('leerling_id');
  const metNaam = kolom.has('achternaam') && kolom.has('geboortedatum');
  if (!metId && !metNaam) {
    afwijzingen.push({ regel: 1, kolom: 'leerling_id', reden: 'Kolom ontbreekt: gebruik leerling_id, of achternaam en geboortedatum.' });
  }
  for (const k of ['toets', 'vak', 'datum', 'score'] as const) {
    if (!kolom.has(k)) afwijzingen.push({ regel: 1, kolom: k, reden: 'Verplichte kolom ontbreekt.' });
  }
  if (afwijzingen.length) return { rijen: [], afwijzingen };
  if (tabel.rowCount === 0) return { rijen: [], afwijzingen: [{ regel: 2, kolom: null, reden: 'Het bestand heeft geen regels met resultaten.' }] };

  const cel = (k: LvsKolom) => {
    const i = kolom.get(k);
    return i === undefined ? null : tabel.column(i);
  };
  const ids = cel('leerling_id'), voornamen = cel('voornaam'), achternamen = cel('achternaam'), geboren = cel('geboortedatum');
  const toetsen = cel('toets')!, vakken = cel('vak')!, datums = cel('datum')!, scores = cel('score')!;
  const niveaus = cel('niveau'), percentielen = cel('percentiel');

  const rijen: LvsRij[] = [];
  const gezien = new Map<string, number>();
  for (let r = 0; r < tabel.rowCount; r++) {
    const regel = tabel.lines[r]!;
    const fout = (kolomNaam: string | null, reden: string) => { afwijzingen.push({ regel, kolom: kolomNaam, reden }); };
    const voor = afwijzingen.length;

    let leerlingId: string | null = null;
    const id = ids?.[r]?.trim();
    if (id) {
      if (!UUID.test(id)) fout('leerling_id', 'Dit is geen geldige leerling-id.');
      else if (!leerlingen.heeftId(id.toLowerCase())) fout('leerling_id', 'Deze leerling is niet bekend als leerling van deze school.');
      else leerlingId = id.toLowerCase();
    } else if (metNaam) {
      const achternaam = achternamen![r]!.trim();
      const gd = leesDatum(geboren![r]!);
      if (!achternaam) fout('achternaam', 'Vul de achternaam in.');
      else if (!gd) fout('geboortedatum', 'Geen geldige datum: schrijf JJJJ-MM-DD of DD-MM-JJJJ.');
      else {
        const gevonden = leerlingen.zoekOpNaam(achternaam, gd, voornamen?.[r]?.trim() || undefined);
        if (gevonden.length === 0) fout('achternaam', 'Geen leerling van deze school met deze achternaam en geboortedatum.');
        else if (gevonden.length > 1) fout('voornaam', 'Meer dan één leerling past hierbij: vul de voornaam of de leerling_id in.');
        else leerlingId = gevonden[0]!;
      }
    } else fout('leerling_id', 'Vul de leerling-id in.');

    const toets = toetsen[r]!.trim();
    const vak = vakken[r]!.trim();
    if (!toets) fout('toets', 'Vul de naam van de toets in.');
    else if (toets.length > MAX_TEKST) fout('toets', `Hoogstens ${MAX_TEKST} tekens.`);
    if (!vak) fout('vak', 'Vul het vak in.');
    else if (vak.length > MAX_TEKST) fout('vak', `Hoogstens ${MAX_TEKST} tekens.`);

    const datum = leesDatum(datums[r]!);
    if (!datum) fout('datum', 'Geen geldige datum: schrijf JJJJ-MM-DD of DD-MM-JJJJ.');
    else if (datum > opts.vandaag) fout('datum', 'Deze datum ligt in de toekomst.');
    else if (Number(datum.slice(0, 4)) < EERSTE_JAAR) fout('datum', `Deze datum ligt voor ${EERSTE_JAAR}.`);

    const score = leesGetal(scores[r]!);
    if (score === null) fout('score', 'De score is geen getal (gebruik cijfers, eventueel met een komma of punt).');

    const niveau = niveaus?.[r]?.trim() || null;
    if (niveau && niveau.length > 20) fout('niveau', 'Hoogstens 20 tekens.');

    let percentiel: number | null = null;
    const p = percentielen?.[r]?.trim();
    if (p) {
      const n = leesGetal(p);
      if (n === null || !Number.isInteger(n)) fout('percentiel', 'Het percentiel is geen heel getal.');
      else if (n < 0 || n > 100) fout('percentiel', 'Het percentiel ligt niet tussen 0 en 100.');
      else percentiel = n;
    }

    if (afwijzingen.length > voor || !leerlingId || !datum || score === null) continue;
    const sleutel = [leerlingId, normaliseer(toets), normaliseer(vak), datum].join('\u0000');
    const eerder = gezien.get(sleutel);
    if (eerder !== undefined) {
      fout(null, `Dubbele regel: dezelfde leerling, toets, vak en datum staan al op regel ${eerder}.`);
      continue;
    }
    gezien.set(sleutel, regel);
    rijen.push({ regel, leerlingId, toets, vak, datum, score, niveau, percentiel });
  }
  return { rijen, afwijzingen };
}
