import { describe, expect, it } from 'vitest';
import { datumInNederland, termijnen, termijnStand, uiterlijk } from './termijnen.js';

describe('vangnet deadlines (003 §20.3)', () => {
  it('says for each deadline that school holidays count, with its source', () => {
    for (const t of Object.values(termijnen)) {
      expect(t.vakantiesTellen).toBe(true);
      expect(t.bron).toBe('003 §20.3');
    }
  });

  it('intake: the day before, on and after the last day', () => {
    // dropped out Monday 2 Nov 2026: intake on Monday 16 Nov at the latest
    expect(uiterlijk('intake', '2026-11-02')).toBe('2026-11-16');
    expect(termijnStand('intake', '2026-11-02', null, '2026-11-15')).toMatchObject({ stand: 'loopt', dagenOver: 1 });
    expect(termijnStand('intake', '2026-11-02', null, '2026-11-16')).toMatchObject({ stand: 'loopt', dagenOver: 0 });
    expect(termijnStand('intake', '2026-11-02', null, '2026-11-17')).toMatchObject({ stand: 'verlopen', dagenOver: -1 });
    expect(termijnStand('intake', '2026-11-02', '2026-11-16', '2026-11-30').stand).toBe('op_tijd');
    expect(termijnStand('intake', '2026-11-02', '2026-11-17', '2026-11-30').stand).toBe('te_laat_gehaald');
  });

  it('temporary care lasts 12 weeks including its first day', () => {
    // started Monday 4 Jan 2027: Sunday 28 Mar 2027 is the 84th day
    expect(uiterlijk('tijdelijke_opvang', '2027-01-04')).toBe('2027-03-28');
    expect(termijnStand('tijdelijke_opvang', '2027-01-04', null, '2027-03-27').stand).toBe('loopt');
    expect(termijnStand('tijdelijke_opvang', '2027-01-04', null, '2027-03-28').stand).toBe('loopt');
    expect(termijnStand('tijdelijke_opvang', '2027-01-04', null, '2027-03-29').stand).toBe('verlopen');
  });

  it('does not stop the clock in a school holiday', () => {
    // dropped out the Friday before the Christmas holiday (19 Dec 2026 – 3 Jan 2027)
    expect(uiterlijk('intake', '2026-12-18')).toBe('2027-01-01');
    // care from the start of the summer holiday still ends twelve calendar weeks later
    expect(uiterlijk('tijdelijke_opvang', '2027-07-10')).toBe('2027-10-01');
  });

  it('counts 29 February in a leap year', () => {
    expect(uiterlijk('intake', '2028-02-20')).toBe('2028-03-05');
    expect(uiterlijk('intake', '2027-02-20')).toBe('2027-03-06');
    expect(uiterlijk('tijdelijke_opvang', '2028-01-10')).toBe('2028-04-02');
    expect(uiterlijk('tijdelijke_opvang', '2027-01-10')).toBe('2027-04-03');
  });

  it('is not moved by the change to summer or winter time', () => {
    // summer time starts 28 Mar 2027, ends 31 Oct 2027
    expect(uiterlijk('intake', '2027-03-20')).toBe('2027-04-03');
    expect(uiterlijk('intake', '2027-10-25')).toBe('2027-11-08');
    expect(uiterlijk('tijdelijke_opvang', '2027-03-01')).toBe('2027-05-23');
  });

  it('takes "today" as the date in the Netherlands, in winter and summer time', () => {
    expect(datumInNederland(new Date('2027-03-27T22:59:00Z'))).toBe('2027-03-27'); // 23:59 CET
    expect(datumInNederland(new Date('2027-03-27T23:00:00Z'))).toBe('2027-03-28'); // 00:00 CET
    expect(datumInNederland(new Date('2027-03-28T21:59:00Z'))).toBe('2027-03-28'); // 23:59 CEST
    expect(datumInNederland(new Date('2027-03-28T22:00:00Z'))).toBe('2027-03-29'); // 00:00 CEST
    // a deadline on 16 Nov is overdue from midnight in Amsterdam, an hour before midnight UTC
    expect(termijnStand('intake', '2026-11-02', null, datumInNederland(new Date('2026-11-16T23:30:00Z'))).stand).toBe('verlopen');
  });
});
