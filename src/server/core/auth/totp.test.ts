import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, otpauthUri, totpCode, verifyTotp } from './totp.js';

// RFC 6238 appendix B, SHA-1 seed "12345678901234567890" (8-digit reference values).
const seed = base32Encode(Buffer.from('12345678901234567890'));

describe('totp', () => {
  it.each([
    [59, '94287082'], [1111111109, '07081804'], [1111111111, '14050471'],
    [1234567890, '89005924'], [2000000000, '69279037'],
  ])('gives the RFC 6238 code at t=%i', (t, expected) => {
    expect(totpCode(seed, t, 8)).toBe(expected);
  });

  it('round-trips base32', () => {
    const buf = Buffer.from([0, 1, 2, 250, 255, 7, 8]);
    expect(base32Decode(base32Encode(buf))).toEqual(buf);
  });

  it('accepts a neighbouring step and refuses an old code', () => {
    const now = 1_700_000_000_000;
    expect(verifyTotp(seed, totpCode(seed, now / 1000 - 30), now)).toBe(true);
    expect(verifyTotp(seed, totpCode(seed, now / 1000 - 90), now)).toBe(false);
    expect(verifyTotp(seed, 'abcdef', now)).toBe(false);
  });

  it('names the issuer in the enrolment URI', () => {
    expect(otpauthUri('ABC', 'ib@x.nl')).toContain('issuer=Piramide');
  });
});
