// The text of one of our own PDFs, for tests: inflates the content streams and maps the embedded fonts'
// glyph codes back to Unicode through their ToUnicode maps, as a screen reader or a search would.
// It reads what pdfkit writes (indirect objects, Flate streams, Identity-H fonts), not every PDF.
import { inflateSync } from 'node:zlib';

type Obj = { dict: string; stream?: Buffer };

export function pdfTekst(pdf: Buffer): string {
  const objecten = leesObjecten(pdf);
  const ref = (dict: string, sleutel: string) => Number(new RegExp(`/${sleutel} (\\d+) 0 R`).exec(dict)?.[1]);
  const regels: string[] = [];
  for (const obj of objecten.values()) {
    if (!/\/Type \/Page\b/.test(obj.dict)) continue;
    const resources = objecten.get(ref(obj.dict, 'Resources'))?.dict ?? obj.dict;
    const fonts = new Map<string, Map<number, string>>();
    for (const [, naam, nr] of /\/Font\s*<<([^>]*)>>/.exec(resources)?.[1]?.matchAll(/\/(\w+) (\d+) 0 R/g) ?? []) {
      const cmap = objecten.get(ref(objecten.get(Number(nr))?.dict ?? '', 'ToUnicode'))?.stream;
      fonts.set(naam!, cmap ? leesCmap(cmap.toString('latin1')) : new Map());
    }
    const inhoud = objecten.get(ref(obj.dict, 'Contents'))?.stream?.toString('latin1') ?? '';
    let font = new Map<number, string>();
    for (const [, fontNaam, tekst] of inhoud.matchAll(/\/(\w+) [\d.]+ Tf|(\[[^\]]*\]\s*TJ|<[0-9a-fA-F]*>\s*Tj)/g)) {
      if (fontNaam) font = fonts.get(fontNaam) ?? new Map();
      else regels.push([...tekst!.matchAll(/<([0-9a-fA-F]*)>/g)].map(([, hex]) => decodeer(hex!, font)).join(''));
    }
  }
  return regels.join('\n');
}

/** The inflated page content streams, to look for marked content such as artifacts. */
export function pdfInhoudsstromen(pdf: Buffer): string {
  return [...leesObjecten(pdf).values()].filter((o) => o.stream && !/\/Type|\/Length1/.test(o.dict))
    .map((o) => o.stream!.toString('latin1')).join('\n');
}

function leesObjecten(pdf: Buffer): Map<number, Obj> {
  const tekst = pdf.toString('latin1');
  const objecten = new Map<number, Obj>();
  for (const m of tekst.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const [dict, rest] = m[2]!.split(/stream\r?\n/, 2) as [string, string | undefined];
    let stream: Buffer | undefined;
    if (rest !== undefined) {
      const ruw = Buffer.from(rest.replace(/\r?\nendstream\s*$/, ''), 'latin1');
      stream = /\/FlateDecode/.test(dict) ? inflateSync(ruw) : ruw;
    }
    objecten.set(Number(m[1]), { dict, stream });
  }
  return objecten;
}

function leesCmap(cmap: string): Map<number, string> {
  const kaart = new Map<number, string>();
  const uni = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const [, blok] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, van, tot, doel] of blok!.matchAll(/<(\w+)>\s*<(\w+)>\s*(\[[^\]]*\]|<\w+>)/g)) {
      const a = parseInt(van!, 16), b = parseInt(tot!, 16);
      if (doel!.startsWith('[')) [...doel!.matchAll(/<(\w+)>/g)].forEach(([, h], i) => kaart.set(a + i, uni(h!)));
      else for (let c = a; c <= b; c++) kaart.set(c, String.fromCharCode(parseInt(doel!.slice(1, -1), 16) + c - a));
    }
  }
  for (const [, blok] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, van, doel] of blok!.matchAll(/<(\w+)>\s*<(\w+)>/g)) kaart.set(parseInt(van!, 16), uni(doel!));
  }
  return kaart;
}

function decodeer(hex: string, font: Map<number, string>): string {
  return (hex.match(/.{4}/g) ?? []).map((h) => font.get(parseInt(h, 16)) ?? '').join('');
}
