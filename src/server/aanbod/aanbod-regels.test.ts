import { describe, expect, it } from 'vitest';
import { checkAanbodRegels, REGEL_GRATIS_ONDERWIJS } from './aanbod-regels.js';

const basis = { vorm: 'plusklas', ouderbijdrage: 'geen' as const, leeftijdVan: 8, leeftijdTot: 12 };

describe('the catalogue rules', () => {
  it('refuses a compulsory parental contribution and names the rule and its source', () => {
    const fouten = checkAanbodRegels({ ...basis, ouderbijdrage: 'verplicht' });
    expect(fouten).toEqual([{ veld: 'ouderbijdrage', melding: REGEL_GRATIS_ONDERWIJS }]);
    expect(fouten[0]!.melding).toMatch(/Onderwijs is gratis.*2022.*2021/);
  });

  it('accepts a voluntary contribution only with a note saying what it is', () => {
    expect(checkAanbodRegels({ ...basis, ouderbijdrage: 'vrijwillig' })[0]!.veld).toBe('vrijwilligeBijdrage');
    expect(checkAanbodRegels({ ...basis, ouderbijdrage: 'vrijwillig', vrijwilligeBijdrage: 'Excursie naar het museum, € 5' })).toEqual([]);
  });

  it('asks a full-time provision for its regular school', () => {
    expect(checkAanbodRegels({ ...basis, vorm: 'voltijd' }).map((f) => f.veld)).toEqual(['gekoppeldeSchoolId']);
    expect(checkAanbodRegels({ ...basis, vorm: 'voltijd', gekoppeldeSchoolId: 'x' })).toEqual([]);
  });

  it('allows a private provider only under a funded school', () => {
    expect(checkAanbodRegels({ ...basis, particuliereAanbieder: 'Slimme Koppen BV' }).map((f) => f.veld)).toEqual(['bekostigdeSchoolId']);
    expect(checkAanbodRegels({ ...basis, particuliereAanbieder: 'Slimme Koppen BV', bekostigdeSchoolId: 'x' })).toEqual([]);
  });
});
