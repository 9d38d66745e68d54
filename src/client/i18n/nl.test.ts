import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROLLEN } from '../types.ts';
import { nl } from './nl.ts';
import { t, tn } from './t.ts';

const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const keys = Object.keys(nl) as (keyof typeof nl)[];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
  });
}

const sources = sourceFiles(clientDir).map((file) => ({
  file: path.relative(clientDir, file),
  text: readFileSync(file, 'utf8'),
}));

/** Keys written out in full: t('x'), tn('x'), and `tekst: 'x'` entries of typed maps. */
function staticUses() {
  const uses: { file: string; key: string; plural: boolean }[] = [];
  for (const { file, text } of sources) {
    for (const m of text.matchAll(/\bt\(\s*'([^']+)'/g)) uses.push({ file, key: m[1], plural: false });
    for (const m of text.matchAll(/\btn\(\s*'([^']+)'/g)) uses.push({ file, key: m[1], plural: true });
    for (const m of text.matchAll(/\btekst:\s*'([^']+)'/g)) uses.push({ file, key: m[1], plural: true });
  }
  return uses;
}

/** Prefixes of keys built at run time: t(`rol.${x}`), tMaybe(`fout.${code}`). */
function dynamicPrefixes(): string[] {
  const prefixes = new Set<string>();
  for (const { text } of sources) {
    for (const m of text.matchAll(/\b(?:t|tMaybe)\(\s*`([^`$]*)\$\{/g)) prefixes.add(m[1]);
  }
  return [...prefixes];
}

describe('the Dutch catalogue', () => {
  it('has no empty or padded messages', () => {
    for (const key of keys) {
      expect(nl[key].trim(), key).not.toBe('');
      expect(nl[key], key).toBe(nl[key].trim());
    }
  });

  it('has well-formed placeholders', () => {
    for (const key of keys) {
      const open = (nl[key].match(/\{/g) ?? []).length;
      const close = (nl[key].match(/\}/g) ?? []).length;
      expect(open, key).toBe(close);
      expect(nl[key].replace(/\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
    }
  });

  it('has every key that the client uses', () => {
    const uses = staticUses();
    expect(uses.length).toBeGreaterThan(50);
    for (const use of uses) {
      if (use.plural) {
        expect(nl, `${use.file}: ${use.key}.een`).toHaveProperty([`${use.key}.een`]);
        expect(nl, `${use.file}: ${use.key}.meer`).toHaveProperty([`${use.key}.meer`]);
      } else {
        expect(nl, `${use.file}: ${use.key}`).toHaveProperty([use.key]);
      }
    }
  });

  it('has every key for a run-time prefix at least once, and no unused keys', () => {
    const prefixes = dynamicPrefixes();
    for (const prefix of prefixes) {
      expect(keys.some((k) => k.startsWith(prefix)), prefix).toBe(true);
    }
    const used = new Set(staticUses().flatMap((u) => (u.plural ? [`${u.key}.een`, `${u.key}.meer`] : [u.key])));
    const unused = keys.filter((k) => !used.has(k) && !prefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it('has complete singular/plural pairs with the same placeholders', () => {
    for (const key of keys.filter((k) => k.endsWith('.een'))) {
      const meer = key.replace(/\.een$/, '.meer') as keyof typeof nl;
      expect(nl, key).toHaveProperty([meer]);
      expect(placeholders(nl[meer]), key).toEqual(placeholders(nl[key]));
      expect(placeholders(nl[key]), key).toContain('aantal');
    }
  });

  it('has a label and an explanation for every role', () => {
    for (const rol of ROLLEN) {
      expect(nl, rol).toHaveProperty([`rol.${rol}`]);
      expect(nl, rol).toHaveProperty([`rol.kan.${rol}`]);
    }
  });

  it('keeps user-visible text out of the components', () => {
    for (const { file, text } of sources.filter((s) => s.file.endsWith('.tsx'))) {
      const jsxText = text.match(/>([^<>{}=;]*[A-Za-zÀ-ÿ]{2,}[^<>{}=;]*)<\//g);
      expect(jsxText, file).toBeNull();
      const attr = text.match(/\b(aria-label|title|placeholder|alt)="[^"]*[A-Za-z][^"]*"/g);
      expect(attr, file).toBeNull();
    }
  });
});

describe('t and tn', () => {
  it('fill in placeholders and format numbers the Dutch way', () => {
    expect(t('start.welkom', { naam: 'Fatima' })).toBe('Welkom, Fatima');
    expect(tn('zoeken.aantal', 1)).toBe('1 leerling gevonden');
    expect(tn('zoeken.aantal', 0)).toBe('0 leerlingen gevonden');
    expect(tn('kengetal.klassen', 1200)).toBe('1.200 klassen');
  });

  it('leave an unknown placeholder visible rather than silently dropping it', () => {
    const loose = t as unknown as (k: string, p: Record<string, string>) => string;
    expect(loose('start.welkom', {})).toBe('Welkom, {naam}');
  });
});
