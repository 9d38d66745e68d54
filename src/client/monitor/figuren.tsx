// Hand-made SVG figures (Observable Plot is not installed). Each is a <figure> with a caption; the
// drawing is hidden from screen readers, which get the table alternative right below it instead.
import type { ReactNode } from 'react';
import { t } from '../i18n/t.ts';

const getal = (x: number, d = 2) => x.toLocaleString('nl-NL', { minimumFractionDigits: d, maximumFractionDigits: d });

export type IntervalRij = { label: string; schatting: number; lo: number; hi: number };

/** Point estimates with their intervals around a zero line (a forest plot). */
export function IntervalFiguur({ titel, rijen, tabel }: { titel: string; rijen: IntervalRij[]; tabel: ReactNode }) {
  const labelBreedte = 280;
  const breedte = 720;
  const rijHoogte = 28;
  const hoogte = rijen.length * rijHoogte + 40;
  const min = Math.min(-1, ...rijen.map((r) => r.lo));
  const max = Math.max(1, ...rijen.map((r) => r.hi));
  const x = (v: number) => labelBreedte + ((v - min) / (max - min)) * (breedte - labelBreedte - 20);
  const ticks = Array.from({ length: Math.floor(max) - Math.ceil(min) + 1 }, (_, i) => Math.ceil(min) + i);
  return (
    <Figuur titel={titel} breedte={breedte} hoogte={hoogte} tabel={tabel}>
      {ticks.map((v) => (
        <g key={v}>
          <line x1={x(v)} x2={x(v)} y1={0} y2={hoogte - 24} stroke={v === 0 ? '#333' : '#ddd'} strokeWidth={v === 0 ? 1.5 : 1} />
          <text x={x(v)} y={hoogte - 8} textAnchor="middle" fontSize="12" fill="#333">{getal(v, 0)}</text>
        </g>
      ))}
      {rijen.map((r, i) => {
        const y = i * rijHoogte + 16;
        return (
          <g key={r.label}>
            <text x={labelBreedte - 8} y={y + 4} textAnchor="end" fontSize="13" fill="#1a1a1a">{r.label}</text>
            <line x1={x(r.lo)} x2={x(r.hi)} y1={y} y2={y} stroke="#154273" strokeWidth={2} />
            <circle cx={x(r.schatting)} cy={y} r={5} fill="#154273" />
          </g>
        );
      })}
    </Figuur>
  );
}

export type BalkRij = { label: string; aandeel: number | null };

/** Shares (0–1) as horizontal bars; a hidden group is drawn as an empty row. */
export function BalkFiguur({ titel, rijen, tabel }: { titel: string; rijen: BalkRij[]; tabel: ReactNode }) {
  const labelBreedte = 280;
  const breedte = 620;
  const rijHoogte = 26;
  const hoogte = rijen.length * rijHoogte + 8;
  const schaal = breedte - labelBreedte - 100;
  return (
    <Figuur titel={titel} breedte={breedte} hoogte={hoogte} tabel={tabel}>
      {rijen.map((r, i) => {
        const y = i * rijHoogte + 4;
        return (
          <g key={r.label}>
            <text x={labelBreedte - 8} y={y + 14} textAnchor="end" fontSize="13" fill="#1a1a1a">{r.label}</text>
            <rect x={labelBreedte} y={y} width={schaal} height={18} fill="#eee" />
            {r.aandeel !== null && <rect x={labelBreedte} y={y} width={schaal * r.aandeel} height={18} fill="#154273" />}
            <text x={labelBreedte + schaal + 6} y={y + 14} fontSize="12" fill="#1a1a1a">
              {r.aandeel === null ? t('mon.onderdrukt') : `${getal(100 * r.aandeel, 1)}%`}
            </text>
          </g>
        );
      })}
    </Figuur>
  );
}

/**
 * The frame of every figure: caption, the drawing (on a narrow screen it keeps its size and scrolls
 * sideways, also by keyboard) and the table alternative.
 */
function Figuur({ titel, breedte, hoogte, tabel, children }: { titel: string; breedte: number; hoogte: number; tabel: ReactNode; children: ReactNode }) {
  return (
    <figure className="piramide-figuur">
      <figcaption>{titel}</figcaption>
      <div className="piramide-figuur__schuif" role="region" aria-label={titel} tabIndex={0}>
        <svg viewBox={`0 0 ${breedte} ${hoogte}`} width={breedte} aria-hidden="true" focusable="false">{children}</svg>
      </div>
      <details className="piramide-details">
        <summary>{t('mon.figuur.tabel')}</summary>
        {tabel}
      </details>
    </figure>
  );
}

export { getal };
