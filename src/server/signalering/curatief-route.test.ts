import { describe, expect, it } from 'vitest';
import { ontbrekendeStap, volgendeStap, volgordeMelding } from './curatief-route.js';

describe('the curative route, step by step (003 §17.2.2)', () => {
  it('starts with an observation', () => {
    expect(ontbrekendeStap([], 'observatie')).toBeNull();
    expect(ontbrekendeStap([], 'gesprek_leerling')).toBe('observatie');
    expect(volgendeStap([])).toBe('observatie');
  });

  it('names the first missing step when one is skipped', () => {
    expect(ontbrekendeStap(['observatie', 'gesprek_leerling'], 'hypothese')).toBe('gesprek_ouders');
    expect(ontbrekendeStap(['observatie', 'gesprek_leerling', 'gesprek_ouders', 'hypothese'], 'traject')).toBe('analyse_ib');
  });

  it('lets a step repeat and shows the next one', () => {
    const gezet = ['observatie', 'gesprek_leerling'] as const;
    expect(ontbrekendeStap(gezet, 'observatie')).toBeNull();
    expect(volgendeStap(gezet)).toBe('gesprek_ouders');
    expect(volgendeStap(['observatie', 'gesprek_leerling', 'gesprek_ouders', 'hypothese', 'analyse_ib', 'traject'])).toBeNull();
  });

  it('explains the rule and its source in Dutch', () => {
    expect(volgordeMelding('gesprek_ouders', 'hypothese')).toMatch(/"Hypothese" kan pas als "Gesprek met de ouders".*003 §17\.2\.2/);
  });
});
