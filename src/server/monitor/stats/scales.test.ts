import { describe, expect, it } from 'vitest';
import { cronbachAlpha, hedgesG, minimumAnswered, parseScaleDefinitions, reverseScore, scaleScores } from './scales.js';

describe('scale scores', () => {
  it('needs ⌈2k/3⌉ answered items', () => {
    expect([2, 3, 4, 5, 6].map(minimumAnswered)).toEqual([2, 2, 3, 4, 4]);
    const scores = scaleScores(Float64Array.of(1, 2, 3, /**/ 4, NaN, 5, /**/ NaN, NaN, 2), 3);
    expect(Array.from(scores)).toEqual([2, 4.5, NaN]);
  });

  it('reverses a 1–5 answer', () => {
    expect([1, 2, 3, 4, 5].map(reverseScore)).toEqual([5, 4, 3, 2, 1]);
  });
});

describe('cronbachAlpha', () => {
  it('is 1 for identical items and uses complete rows only', () => {
    expect(cronbachAlpha(Float64Array.of(1, 1, 2, 2, 4, 4, 5, NaN), 2)).toBeCloseTo(1, 14);
  });

  it('matches a hand computation', () => {
    // Pupils (1,2,1), (2,2,3), (3,4,3), (4,5,5): item variances 5/3, 9/4, 8/3; totals 4, 7, 10, 14.
    const m = Float64Array.of(1, 2, 1, 2, 2, 3, 3, 4, 3, 4, 5, 5);
    const itemVar = 5 / 3 + 2.25 + 8 / 3;
    const totals = [4, 7, 10, 14];
    const mt = totals.reduce((a, b) => a + b) / 4;
    const totalVar = totals.reduce((s, t) => s + (t - mt) ** 2, 0) / 3;
    expect(cronbachAlpha(m, 3)).toBeCloseTo(1.5 * (1 - itemVar / totalVar), 14);
  });

  it('is NaN with fewer than two complete rows', () => {
    expect(cronbachAlpha(Float64Array.of(1, 2, NaN, 3), 2)).toBeNaN();
  });
});

describe('hedgesG', () => {
  it('applies the small-sample correction and its standard error', () => {
    const g = hedgesG(0.5, 1, 20, 1, 30);
    const J = 1 - 3 / (4 * 50 - 9);
    expect(g.g).toBeCloseTo(J * 0.5, 14);
    expect(g.se).toBeCloseTo(Math.sqrt(50 / 600 + (J * 0.5) ** 2 / 100), 14);
    expect(g.high - g.g).toBeCloseTo(1.959963984540054 * g.se, 13);
  });
});

describe('parseScaleDefinitions', () => {
  it('accepts the fixture format', () => {
    expect(parseScaleDefinitions([{ schaal: 's', items: ['a', 'b'], omgepoold: ['b'] }])).toEqual([
      { schaal: 's', items: ['a', 'b'], omgepoold: ['b'] },
    ]);
  });

  it.each([
    [{}, /niet-lege lijst/],
    [[{ items: ['a', 'b'] }], /schaal 1 heeft geen naam/],
    [[{ schaal: 's', items: ['a'] }], /minstens twee itemcodes/],
    [[{ schaal: 's', items: ['a', 'b'], omgepoold: ['c'] }], /omgepoold item 'c' staat niet bij de items/],
    [[{ schaal: 's', items: ['a', 'b'] }, { schaal: 't', items: ['b', 'c'] }], /item 'b' staat in schaal 't' en in schaal 's'/],
    [[{ schaal: 's', items: ['a', 'a'] }], /item 'a' staat er twee keer in/],
  ])('refuses %j', (data, message) => {
    expect(() => parseScaleDefinitions(data)).toThrow(message);
  });
});
