// PDFs of plans, reports and minutes: Dutch, tagged (headings, paragraphs, lists and label/value pairs
// in the structure tree, running header and page numbers as artifacts) and PDF/A-2a, so they read
// aloud, can be signed and go into a school's archive. The font is embedded (DejaVu Sans, free licence,
// in assets/fonts/) because PDF/A forbids relying on the reader's fonts.
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';

const fontDir = fileURLToPath(new URL('../../../../assets/fonts/', import.meta.url));
const FONT = `${fontDir}DejaVuSans.ttf`;
const FONT_VET = `${fontDir}DejaVuSans-Bold.ttf`;

export type PdfBlok =
  | { soort: 'kop'; tekst: string; niveau?: 1 | 2 }
  | { soort: 'alinea'; tekst: string }
  | { soort: 'lijst'; items: string[] }
  /** Label/value pairs such as "Leerling: …", kept as one paragraph each so they read in order. */
  | { soort: 'velden'; velden: [label: string, waarde: string][] }
  /** Lines to sign, one per signer, with room for date and signature. */
  | { soort: 'handtekeningen'; namen: string[] };

export type PdfInhoud = { titel: string; onderwerp?: string; blokken: PdfBlok[] };

const MARGE = 56;

export function maakPdf(inhoud: PdfInhoud, gemaakt = new Date()): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4', margin: MARGE, bufferPages: true, autoFirstPage: true,
    pdfVersion: '1.7', subset: 'PDF/A-2a', tagged: true, lang: 'nl-NL', displayTitle: true,
    info: { Title: inhoud.titel, Subject: inhoud.onderwerp ?? inhoud.titel, Creator: 'Piramide', Producer: 'Piramide', CreationDate: gemaakt },
  });
  doc.registerFont('gewoon', FONT);
  doc.registerFont('vet', FONT_VET);
  const klaar = new Promise<Buffer>((resolve, reject) => {
    const delen: Buffer[] = [];
    doc.on('data', (d: Buffer) => delen.push(d));
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);
  });

  const document = doc.struct('Document');
  doc.addStructure(document);
  const p = (tekst: string, type: 'H1' | 'H2' | 'P', font: 'gewoon' | 'vet', grootte: number, na: number) => {
    doc.font(font).fontSize(grootte).text(tekst, { structParent: document, structType: type, paragraphGap: na });
  };
  p(inhoud.titel, 'H1', 'vet', 18, 10);
  for (const blok of inhoud.blokken) {
    switch (blok.soort) {
      case 'kop':
        doc.moveDown(0.5);
        p(blok.tekst, blok.niveau === 1 ? 'H1' : 'H2', 'vet', blok.niveau === 1 ? 16 : 13, 4);
        break;
      case 'alinea':
        p(blok.tekst, 'P', 'gewoon', 10.5, 6);
        break;
      case 'lijst':
        doc.font('gewoon').fontSize(10.5).list(blok.items, { structParent: document, bulletRadius: 2, paragraphGap: 2 });
        doc.moveDown(0.5);
        break;
      case 'velden':
        for (const [label, waarde] of blok.velden) p(`${label}: ${waarde || '—'}`, 'P', 'gewoon', 10.5, 2);
        doc.moveDown(0.5);
        break;
      case 'handtekeningen':
        for (const naam of blok.namen) {
          doc.moveDown(1.2);
          p(`${naam}\nDatum: ____________________    Handtekening: ______________________________`, 'P', 'gewoon', 10.5, 4);
        }
        break;
    }
  }
  document.end();
  paginaVoeten(doc, inhoud.titel, gemaakt);
  doc.end();
  return klaar;
}

/** "titel · gemaakt op … · pagina n van m" on every page, marked as an artifact (not read aloud). */
function paginaVoeten(doc: PDFKit.PDFDocument, titel: string, gemaakt: Date) {
  const { start, count } = doc.bufferedPageRange();
  const datum = gemaakt.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const onder = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the margin must not open a new page
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font('gewoon').fontSize(8).fillColor('#444444')
      .text(`${titel} · gemaakt op ${datum} · pagina ${i - start + 1} van ${count}`, MARGE, doc.page.height - 36, {
        width: doc.page.width - 2 * MARGE, align: 'center', lineBreak: false,
      });
    doc.endMarkedContent();
    doc.page.margins.bottom = onder;
  }
}
