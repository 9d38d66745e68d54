import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { leesDatum, readLvsCsv, type LeerlingIndex, type LvsRij } from './lvs-csv.js';

const IDS = ['00000000-0000-4000-8000-000000000101', '00000000-0000-4000-8000-000000000102'];
const index: LeerlingIndex = {
  heeftId: (id) => IDS.includes(id),
  zoekOpNaam: (achternaam, geboortedatum, voornaam) => {
    const all = [
      { id: IDS[0]!, voornaam: 'anna', achternaam: 'de vries', geboren: '2016-03-14' },
      { id: IDS[1]!, voornaam: 'bram', achternaam: 'bakker', geboren: '2016-07-02' },
      { id: 'x', voornaam: 'bob', achternaam: 'bakker', geboren: '2016-07-02' },
    ];
    return all.filter((p) => p.achternaam === achternaam.toLowerCase() && p.geboren === geboortedatum
      && (!voornaam || p.voornaam === voornaam.toLowerCase())).map((p) => p.id);
  },
};
const opts = { vandaag: '2026-06-30' };
const KOP = 'leerling_id,toets,vak,datum,score,niveau,percentiel';

describe('reading an LVS file', () => {
  it('reads a good file', () => {
    const r = readLvsCsv(`${KOP}\n${IDS[0]},Cito M5,Rekenen,2026-01-15,212.5,II,72\n${IDS[1]},Cito M5,Rekenen,15-01-2026,199,,`, index, opts);
    expect(r.afwijzingen).toEqual([]);
    expect(r.rijen).toEqual([
      { regel: 2, leerlingId: IDS[0], toets: 'Cito M5', vak: 'Rekenen', datum: '2026-01-15', score: 212.5, niveau: 'II', percentiel: 72 },
      { regel: 3, leerlingId: IDS[1], toets: 'Cito M5', vak: 'Rekenen', datum: '2026-01-15', score: 199, niveau: null, percentiel: null },
    ]);
  });

  it('reads semicolons, a decimal comma and pupils by name and birth date', () => {
    const r = readLvsCsv('voornaam;achternaam;geboortedatum;toets;vak;datum;score\nAnna;De Vries;14-03-2016;Cito;Lezen;2026-01-15;45,5', index, opts);
    expect(r.afwijzingen).toEqual([]);
    expect(r.rijen[0]).toMatchObject({ leerlingId: IDS[0], score: 45.5 });
  });

  it('reports every bad row with its line and column', () => {
    const r = readLvsCsv([
      KOP,
      `${IDS[0]},Cito,Rekenen,2026-01-15,200,,50`,
      `00000000-0000-4000-8000-000000000999,Cito,Rekenen,2026-01-15,200,,50`,
      `${IDS[0]},Cito,Rekenen,31-02-2026,200,,50`,
      `${IDS[0]},Cito,Lezen,2026-01-15,veel,,50`,
      `${IDS[1]},Cito,Lezen,2026-01-15,10,,101`,
      `${IDS[0]},Cito,Rekenen,2026-01-15,201,,51`,
    ].join('\r\n'), index, opts);
    expect(r.afwijzingen.map((a) => [a.regel, a.kolom])).toEqual([
      [3, 'leerling_id'], [4, 'datum'], [5, 'score'], [6, 'percentiel'], [7, null],
    ]);
    expect(r.afwijzingen[4]!.reden).toContain('regel 2');
  });

  it('asks for the first name when two pupils share surname and birth date', () => {
    const r = readLvsCsv('achternaam,geboortedatum,toets,vak,datum,score\nBakker,2016-07-02,Cito,Lezen,2026-01-15,3', index, opts);
    expect(r.afwijzingen).toEqual([expect.objectContaining({ regel: 2, kolom: 'voornaam' })]);
  });

  it('reports missing and unknown columns on line 1', () => {
    const r = readLvsCsv('leerling_id,toets,datum,scoor\n', index, opts);
    expect(r.afwijzingen.map((a) => a.kolom)).toEqual(['scoor', 'vak', 'score']);
  });

  it('reports a broken quote with its line instead of throwing', () => {
    const r = readLvsCsv(`${KOP}\n${IDS[0]},"Cito,Rekenen,2026-01-15,200,,50`, index, opts);
    expect(r.afwijzingen).toEqual([expect.objectContaining({ regel: 2, kolom: null })]);
  });

  it('knows real dates only', () => {
    expect(leesDatum('2024-02-29')).toBe('2024-02-29');
    expect(leesDatum('29/02/2023')).toBeNull();
    expect(leesDatum('1-2-2025')).toBe('2025-02-01');
    expect(leesDatum('2025-1-2')).toBeNull();
  });
});

// Properties: a generated valid file reads back to exactly its rows, whatever the delimiter,
// quoting or date notation; a random corruption is reported, never thrown.
const tekst = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.trim().length > 0 && !/[\r\n\u0000]/.test(s) && !/\s{2}/.test(s));
const datum = fc.date({ min: new Date('2015-01-01'), max: new Date('2026-06-30'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const rij = fc.record({
  leerlingId: fc.constantFrom(...IDS), toets: tekst, vak: tekst, datum,
  score: fc.integer({ min: -500, max: 5000 }).map((n) => n / 10),
  niveau: fc.option(fc.constantFrom('I', 'II', 'III', 'A', 'E'), { nil: null }),
  percentiel: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
});
const rijen = fc.uniqueArray(rij, {
  minLength: 1, maxLength: 30,
  selector: (r) => [r.leerlingId, r.toets.toLowerCase(), r.vak.toLowerCase(), r.datum].join('|'),
});

function schrijf(rs: Omit<LvsRij, 'regel'>[], sep: string, quoteAll: boolean, nlDatum: boolean, crlf: boolean): string {
  const veld = (v: string) => (quoteAll || v.includes(sep) || v.includes('"') || v.includes(',') || v.includes(';') ? `"${v.replaceAll('"', '""')}"` : v);
  const datumTekst = (d: string) => (nlDatum ? `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)}` : d);
  const score = (n: number) => (sep === ';' ? String(n).replace('.', ',') : String(n));
  const lines = [['leerling_id', 'toets', 'vak', 'datum', 'score', 'niveau', 'percentiel'].join(sep)];
  for (const r of rs) {
    lines.push([r.leerlingId, r.toets, r.vak, datumTekst(r.datum), score(r.score), r.niveau ?? '', r.percentiel === null ? '' : String(r.percentiel)].map(veld).join(sep));
  }
  return lines.join(crlf ? '\r\n' : '\n');
}

describe('reading an LVS file: properties', () => {
  it('reads any valid generated file back to the same rows', () => {
    fc.assert(fc.property(rijen, fc.constantFrom(',', ';'), fc.boolean(), fc.boolean(), fc.boolean(), (rs, sep, q, nlD, crlf) => {
      const r = readLvsCsv(schrijf(rs, sep, q, nlD, crlf), index, opts);
      expect(r.afwijzingen).toEqual([]);
      expect(r.rijen.map(({ regel: _, ...x }) => x)).toEqual(rs);
    }), { numRuns: 200 });
  });

  it('reports a random corruption instead of throwing, and then imports nothing wrong', () => {
    fc.assert(fc.property(rijen, fc.nat(), fc.constantFrom('"', 'x', ',', '\n', '', '-1', '999'), (rs, plek, teken) => {
      const tekstIn = schrijf(rs, ',', false, false, false);
      const i = plek % tekstIn.length;
      const kapot = tekstIn.slice(0, i) + teken + tekstIn.slice(i + 1);
      const r = readLvsCsv(kapot, index, opts);
      for (const a of r.afwijzingen) {
        expect(a.regel).toBeGreaterThanOrEqual(1);
        expect(a.reden.length).toBeGreaterThan(0);
      }
      for (const x of r.rijen) {
        expect(IDS).toContain(x.leerlingId);
        expect(x.datum).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Number.isFinite(x.score)).toBe(true);
        if (x.percentiel !== null) expect(x.percentiel).toBeGreaterThanOrEqual(0);
      }
    }), { numRuns: 300 });
  });
});
