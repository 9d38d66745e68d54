import { describe, expect, it } from 'vitest';
import { findTrends, STANDAARD_TREND, trendConfigVoor, type Resultaat } from './trend-regel.js';

const r = (datum: string, percentiel: number | null, score = 100, vak = 'Rekenen', toets = 'Cito'): Resultaat =>
  ({ vak, toets, datum, score, percentiel });

describe('trend rule (our own, source: 003 §17.2.2)', () => {
  it('sees three falling percentiles in a row', () => {
    const t = findTrends([r('2025-01-15', 80), r('2025-06-15', 70), r('2026-01-15', 65)]);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ vak: 'Rekenen', regel: 'dalend', totEnMet: '2026-01-15' });
    expect(t[0]!.reden).toContain('80 op 15-01-2025');
  });

  it('sees a drop of 20 percentile points between two consecutive tests', () => {
    const t = findTrends([r('2025-06-15', 85), r('2026-01-15', 65)]);
    expect(t).toEqual([expect.objectContaining({ regel: 'daling_percentiel', totEnMet: '2026-01-15' })]);
    expect(t[0]!.reden).toContain('20 punten');
  });

  it('stays quiet for a drop under the threshold, a rise, or an equal result', () => {
    expect(findTrends([r('2025-06-15', 85), r('2026-01-15', 66)])).toEqual([]);
    expect(findTrends([r('2025-01-15', 80), r('2025-06-15', 70), r('2026-01-15', 75)])).toEqual([]);
    expect(findTrends([r('2025-01-15', 80), r('2025-06-15', 70), r('2026-01-15', 70)])).toEqual([]);
  });

  it('looks at each subject on its own, sorted by date', () => {
    const t = findTrends([
      r('2026-01-15', 65), r('2025-01-15', 80, 1, 'Lezen'), r('2025-01-15', 80), r('2025-06-15', 70),
      r('2025-06-15', 90, 1, 'Lezen'),
    ]);
    expect(t.map((x) => x.vak)).toEqual(['Rekenen']);
  });

  it('compares raw scores only within one test', () => {
    expect(findTrends([r('2025-01-15', null, 200), r('2025-06-15', null, 190), r('2026-01-15', null, 180)]))
      .toEqual([expect.objectContaining({ regel: 'dalend' })]);
    expect(findTrends([r('2025-01-15', null, 200, 'Rekenen', 'A'), r('2025-06-15', null, 190, 'Rekenen', 'B'), r('2026-01-15', null, 180)]))
      .toEqual([]);
  });

  it('takes an SWV its own thresholds, defaults for the rest', () => {
    expect(trendConfigVoor('onbekend')).toEqual(STANDAARD_TREND);
    expect(findTrends([r('2025-06-15', 85), r('2026-01-15', 75)], { aantalDalend: 3, dalingPercentiel: 10 }))
      .toHaveLength(1);
  });
});
