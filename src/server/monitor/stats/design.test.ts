import { describe, expect, it } from 'vitest';
import { buildTreatmentDesign, orderLevels } from './design.js';

describe('orderLevels', () => {
  it('puts the reference first, then named levels, then the rest alphabetically (as R\'s factor)', () => {
    const values = ['midden', 'hoog', 'laag', 'hoog'];
    expect(orderLevels('opleiding', values, 'laag')).toEqual(['laag', 'hoog', 'midden']);
    expect(orderLevels('opleiding', values, 'laag', ['midden'])).toEqual(['laag', 'midden', 'hoog']);
  });

  it('names the levels found when the reference does not occur', () => {
    expect(() => orderLevels('geslacht', ['m', 'v'], 'x')).toThrow("Niveau 'x' komt niet voor in kolom 'geslacht'. Gevonden niveaus: 'm', 'v'.");
  });

  it('needs two levels to compare', () => {
    expect(() => orderLevels('geslacht', ['m', 'm'], 'm')).toThrow(/minstens twee niveaus/);
  });
});

describe('buildTreatmentDesign', () => {
  it('builds R\'s columns and term names', () => {
    const f = { name: 'opl', values: ['laag', 'hoog', 'midden'], levels: ['laag', 'midden', 'hoog'] };
    const d = buildTreatmentDesign(3, [f], [{ name: 'lvs', values: Float64Array.of(0.5, -1, 2) }]);
    expect(d.terms).toEqual(['(Intercept)', 'oplmidden', 'oplhoog', 'lvs']);
    expect(d.p).toBe(4);
    // Column-major: intercept, oplmidden, oplhoog, lvs.
    expect(Array.from(d.x)).toEqual([1, 1, 1, 0, 0, 1, 0, 1, 0, 0.5, -1, 2]);
  });
});
