import { describe, expect, it } from 'vitest';
import { vergelijkBeelden } from './vergelijking.js';
import { kenmerken } from './standaard-formulieren.js';

const alle = (n: number) => Object.fromEntries(kenmerken.map((k) => [k.sleutel, n]));

describe('the parents\' picture against the school\'s', () => {
  it('does not flag pictures that agree', () => {
    const v = vergelijkBeelden([alle(4)], alle(4));
    expect(v.verschilt).toBe(false);
    expect(v.gemiddelde).toMatchObject({ school: 4, ouders: 4, verschil: 0, verschilt: false });
  });

  it('flags one characteristic 2 points apart, but not 1 point', () => {
    const v = vergelijkBeelden([alle(3)], { ...alle(3), intensiteit: 5, woordenschat: 4 });
    expect(v.kenmerken.find((k) => k.sleutel === 'intensiteit')).toMatchObject({ verschil: 2, verschilt: true });
    expect(v.kenmerken.find((k) => k.sleutel === 'woordenschat')).toMatchObject({ verschil: 1, verschilt: false });
    expect(v.gemiddelde.verschilt).toBe(false);
    expect(v.verschilt).toBe(true);
  });

  it('flags a mean 1 point apart even when no characteristic is 2 apart', () => {
    const v = vergelijkBeelden([alle(2)], alle(3));
    expect(v.kenmerken.every((k) => !k.verschilt)).toBe(true);
    expect(v.gemiddelde).toMatchObject({ verschil: 1, verschilt: true });
    expect(v.verschilt).toBe(true);
  });

  it('averages the school\'s sources and leaves out characteristics nobody scored', () => {
    const v = vergelijkBeelden([{ creatief_denken: 2 }, { creatief_denken: 4, intensiteit: 5 }], { creatief_denken: 3 });
    expect(v.kenmerken[0]).toMatchObject({ school: 3, ouders: 3, verschil: 0 });
    expect(v.kenmerken.find((k) => k.sleutel === 'intensiteit')).toMatchObject({ school: 5, ouders: null, verschil: null, verschilt: false });
    expect(v.gemiddelde).toMatchObject({ school: 3, ouders: 3 });
  });

  it('compares nothing without a parents\' picture', () => {
    const v = vergelijkBeelden([alle(5)], null);
    expect(v.verschilt).toBe(false);
    expect(v.gemiddelde).toMatchObject({ school: 5, ouders: null, verschil: null, verschilt: false });
  });
});
