import { describe, expect, it } from 'vitest';
import { pdfInhoudsstromen, pdfTekst } from '../../../../test/support/pdf-tekst.js';
import { maakPdf } from './pdf.js';

describe('maakPdf', () => {
  const inhoud = {
    titel: 'Ontwikkelingsperspectiefplan – Anna',
    blokken: [
      { soort: 'kop' as const, tekst: 'Doelen' },
      { soort: 'lijst' as const, items: ['Plannen van een weektaak', 'Samenwerken met ontwikkelingsgelijken'] },
      { soort: 'velden' as const, velden: [['Groep', '5'], ['Regie', '']] as [string, string][] },
      ...Array.from({ length: 60 }, (_, i) => ({ soort: 'alinea' as const, tekst: `Afspraak ${i + 1}: één keer per week overleg.` })),
      { soort: 'handtekeningen' as const, namen: ['Ouder/verzorger', 'Intern begeleider'] },
    ],
  };

  it('holds the text in reading order, with Dutch characters, page numbers and signature lines', async () => {
    const tekst = pdfTekst(await maakPdf(inhoud, new Date('2026-11-30T12:00:00Z')));
    expect(tekst.indexOf('Ontwikkelingsperspectiefplan – Anna')).toBeLessThan(tekst.indexOf('Plannen van een weektaak'));
    expect(tekst).toContain('Afspraak 60: één keer per week overleg.');
    expect(tekst).toContain('Regie: —');
    expect(tekst).toMatch(/Ouder\/verzorger\s*Datum: _+ {4}Handtekening: _+/);
    expect(tekst).toContain('gemaakt op 30 november 2026 · pagina 2 van 2');
  });

  it('is a tagged, Dutch PDF/A-2a with its font embedded', async () => {
    const pdf = await maakPdf(inhoud);
    const ruw = pdf.toString('latin1');
    expect(ruw.startsWith('%PDF-1.7')).toBe(true);
    expect(ruw).toContain('/StructTreeRoot');
    expect(ruw).toContain('/Lang (nl-NL)');
    expect(ruw).toContain('/MarkInfo');
    expect(ruw).toContain('/Marked true');
    expect(ruw).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(ruw).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    expect(ruw).toContain('/FontFile2');
    // the running footer is an artifact, outside the structure a screen reader reads
    expect(pdfInhoudsstromen(pdf)).toMatch(/\/Artifact <<[^>]*\/Pagination[^>]*>> BDC/);
  });
});
