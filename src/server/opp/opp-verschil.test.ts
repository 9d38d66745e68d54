import { describe, expect, it } from 'vitest';
import { oppInhoud } from './opp.schema.js';
import { sleutelsToekennen, verschil } from './opp-verschil.js';

const basis = oppInhoud.parse({
  perspectief: 'Havo/vwo, met plusklas.',
  doelen: [{ sleutel: 'd1', omschrijving: 'Plant een weektaak zelf', soort: 'leerdoel' }],
  handelingsdeel: [{ wat: 'Plusklas', wie: 'Specialist', wanneer: 'Dinsdag', waar: 'Lokaal 3' }],
});

describe('the difference between two OPP versions', () => {
  it('names every part that was added, changed or removed', () => {
    const nieuw = oppInhoud.parse({
      ...basis, perspectief: 'Vwo, met plusklas.', thuis: 'Oefen thuis met een stopwatch.',
      doelen: [{ sleutel: 'd1', omschrijving: 'Plant een weektaak zelf', soort: 'leerdoel', criterium: 'Drie weken op rij' },
        { sleutel: 'd2', omschrijving: 'Vraagt om hulp', soort: 'houdingsdoel' }],
      handelingsdeel: [{ wat: 'Coaching', wie: 'IB', wanneer: 'Om de week', waar: 'Kamer IB' }],
    });
    const w = verschil(basis, nieuw);
    expect(w).toEqual(expect.arrayContaining([
      expect.objectContaining({ onderdeel: 'perspectief', soort: 'gewijzigd', oud: 'Havo/vwo, met plusklas.', nieuw: 'Vwo, met plusklas.' }),
      expect.objectContaining({ onderdeel: 'thuis', soort: 'toegevoegd' }),
      expect.objectContaining({ onderdeel: 'doelen', soort: 'gewijzigd', label: 'Plant een weektaak zelf' }),
      expect.objectContaining({ onderdeel: 'doelen', soort: 'toegevoegd', nieuw: 'Vraagt om hulp (houdingsdoel)' }),
      expect.objectContaining({ onderdeel: 'handelingsdeel', soort: 'verwijderd', label: 'Plusklas' }),
      expect.objectContaining({ onderdeel: 'handelingsdeel', soort: 'toegevoegd', nieuw: 'Coaching — wie: IB; wanneer: Om de week; waar: Kamer IB' }),
    ]));
    expect(w).toHaveLength(6);
  });

  it('sees no change when agreements are only reordered', () => {
    const twee = { ...basis, handelingsdeel: [...basis.handelingsdeel, { wat: 'Compacten rekenen', wie: 'Leraar', wanneer: 'Dagelijks', waar: 'Klas', keuzeuur: false }] };
    expect(verschil(twee, { ...twee, handelingsdeel: [...twee.handelingsdeel].reverse() })).toEqual([]);
  });

  it('lists the whole plan as added for the first version', () => {
    expect(verschil(null, basis).map((w) => w.onderdeel)).toEqual(['perspectief', 'doelen', 'handelingsdeel']);
  });
});

describe('goal keys', () => {
  it('keeps existing keys and never reuses a removed one', () => {
    const r = sleutelsToekennen([{ omschrijving: 'Nieuw', soort: 'leerdoel' }, { sleutel: 'd1', omschrijving: 'Oud', soort: 'leerdoel' }], ['d1', 'd2']);
    expect(r.doelen.map((d) => d.sleutel)).toEqual(['d3', 'd1']);
  });

  it('refuses a goal listed twice', () => {
    expect(sleutelsToekennen([{ sleutel: 'd1', omschrijving: 'a', soort: 'leerdoel' }, { sleutel: 'd1', omschrijving: 'b', soort: 'leerdoel' }], []).fout).toMatch(/twee keer/);
  });
});
