import { describe, expect, it } from 'vitest';
import { estimateStart, orderWachtlijst, wekenTussen } from './wachtlijst-regels.js';

describe('the waiting-list order', () => {
  it('puts pupils at home first, then those at risk, then by the day of recommendation', () => {
    const lijst = orderWachtlijst([
      { id: 'a', prioriteit: 'regulier', sinds: '2026-09-01' },
      { id: 'b', prioriteit: 'regulier', sinds: '2026-08-20' },
      { id: 'c', prioriteit: 'thuiszitter', sinds: '2026-10-01' },
      { id: 'd', prioriteit: 'dreigende_uitval', sinds: '2026-11-01' },
    ]);
    expect(lijst.map((w) => [w.id, w.positie])).toEqual([['c', 1], ['d', 2], ['b', 3], ['a', 4]]);
  });
});

describe('the expected start', () => {
  const perioden = [
    { van: '2026-08-01', tot: '2027-01-31', plaatsen: 8, bezet: 7 },
    { van: '2027-02-01', tot: '2027-07-31', plaatsen: 8, bezet: 3 },
  ];
  it('is today when a place is free now', () => expect(estimateStart(1, perioden, '2026-11-30')).toBe('2026-11-30'));
  it('is the next period with room for the position', () => expect(estimateStart(2, perioden, '2026-11-30')).toBe('2027-02-01'));
  it('is unknown when no period has room', () => expect(estimateStart(9, perioden, '2026-11-30')).toBeNull());
  it('counts whole weeks', () => expect(wekenTussen('2026-11-01', '2026-11-30')).toBe(4));
});
