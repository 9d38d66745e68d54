import { describe, expect, it } from 'vitest';
import { teOnderdrukken, telling, tellingen } from './kleine-groepen.js';

describe('small-cell suppression', () => {
  it('withholds a count under 10, never 0', () => {
    expect(telling(3)).toEqual({ aantal: null, onderdrukt: true });
    expect(telling(0)).toEqual({ aantal: 0, onderdrukt: false });
    expect(telling(10)).toEqual({ aantal: 10, onderdrukt: false });
  });
  it('withholds the next smallest part when only one part of a total is small', () => {
    expect(teOnderdrukken([3, 40, 0, 12])).toEqual([true, false, false, true]);
    expect(tellingen([3, 12, 20]).map((x) => x.aantal)).toEqual([null, null, 20]);
  });
  it('withholds nothing more when two parts are small', () => {
    expect(teOnderdrukken([3, 4, 50])).toEqual([true, true, false]);
  });
});
