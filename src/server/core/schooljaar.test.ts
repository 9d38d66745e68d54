import { describe, expect, it } from 'vitest';
import { dagBeginInNederland, datumInNederland, leeftijdOp, schooljaarLabel, schooljaarPeriode, schooljaarVan } from './schooljaar.js';

describe('schooljaar', () => {
  it.each([
    ['2026-08-01', 2026], ['2026-11-30', 2026], ['2027-07-31', 2026], ['2026-07-31', 2025],
  ])('puts %s in the school year starting %i', (d, y) => expect(schooljaarVan(d)).toBe(y));

  it('labels and bounds a school year', () => {
    expect(schooljaarLabel(2026)).toBe('2026-2027');
    expect(schooljaarPeriode(2026)).toEqual({ van: '2026-08-01', tot: '2027-07-31' });
  });

  it('takes the date as it is in the Netherlands, winter and summer time', () => {
    expect(datumInNederland(new Date('2026-11-30T22:59:00Z'))).toBe('2026-11-30');
    expect(datumInNederland(new Date('2026-11-30T23:00:00Z'))).toBe('2026-12-01');
    expect(datumInNederland(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(datumInNederland(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });

  it('starts a Dutch day at local midnight, winter and summer time', () => {
    expect(dagBeginInNederland('2026-12-01').toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(dagBeginInNederland('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(dagBeginInNederland('2027-03-28').toISOString()).toBe('2027-03-27T23:00:00.000Z'); // clocks go forward at 02:00
  });

  it('counts age in whole years, birthday included', () => {
    expect(leeftijdOp('2015-12-01', '2026-11-30')).toBe(10);
    expect(leeftijdOp('2015-11-30', '2026-11-30')).toBe(11);
  });
});
