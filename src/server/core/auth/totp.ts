// TOTP (RFC 6238, SHA-1, 6 digits, 30 s) for the staff's second factor; the algorithm is short
// enough to keep here rather than add a dependency.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const ALFABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(buf: Buffer): string {
  let bits = 0, value = 0, out = '';
  for (const byte of buf) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALFABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALFABET[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(s: string): Buffer {
  const clean = s.replace(/=+$/, '').toUpperCase();
  let bits = 0, value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const idx = ALFABET.indexOf(ch);
    if (idx < 0) throw new Error('ongeldig base32-teken');
    value = (value << 5) | idx;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

export const newTotpSecret = () => base32Encode(randomBytes(20));

export function totpCode(secret: string, unixSeconds: number, digits = 6): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(unixSeconds / 30)));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const bin = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return bin.toString().padStart(digits, '0');
}

/** Accepts the current code and one step either side, for clocks that drift a little. */
export function verifyTotp(secret: string, code: string, nowMs = Date.now()): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  const t = nowMs / 1000;
  return [-30, 0, 30].some((d) => timingSafeEqual(Buffer.from(totpCode(secret, t + d)), Buffer.from(code)));
}

export function otpauthUri(secret: string, email: string): string {
  const label = encodeURIComponent(`Piramide:${email}`);
  return `otpauth://totp/${label}?secret=${secret}&issuer=Piramide&algorithm=SHA1&digits=6&period=30`;
}
