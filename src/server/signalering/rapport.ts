// The report a licensed instrument hands back (its own PDF or a photo of it), attached to the
// recorded outcome. The type is checked on the bytes, not on the name the browser gives.
import type { VeldFout } from '../core/errors/app-error.js';

export const RAPPORT_MAX_BYTES = 5 * 1024 * 1024;
export const rapportTypes = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type RapportType = (typeof rapportTypes)[number];

function herkenType(b: Buffer): RapportType | null {
  if (b.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  return null;
}

export function leesRapport(r: { naam: string; type: RapportType; inhoud: string }): { bytes: Buffer; fout?: VeldFout } {
  const bytes = Buffer.from(r.inhoud, 'base64');
  if (bytes.length === 0) return { bytes, fout: { veld: 'rapport.inhoud', melding: 'Het bestand is leeg.' } };
  if (bytes.length > RAPPORT_MAX_BYTES) {
    return { bytes, fout: { veld: 'rapport.inhoud', melding: 'Het bestand is groter dan 5 MB. Maak het kleiner of lever alleen de samenvatting aan.' } };
  }
  const echt = herkenType(bytes);
  if (!echt) return { bytes, fout: { veld: 'rapport.inhoud', melding: 'Dit bestand is geen PDF, PNG of JPEG.' } };
  if (echt !== r.type) return { bytes, fout: { veld: 'rapport.type', melding: `Het bestand is een ${echt}, niet een ${r.type}.` } };
  return { bytes };
}
