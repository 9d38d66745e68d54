import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api.ts';
import { t, tMaybe } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Heading } from '../ui/heading.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../ui/table.tsx';
import { useMijnBereik } from './werklijst-api.ts';

type Telling = { aantal: number | null; onderdrukt: boolean };
type Groep = { waarde: string; leerlingen: number | null; gesignaleerd: number | null; onderdrukt: boolean };
type Rapport = {
  bereik: { soort: 'school' | 'regio'; id: string; naam: string }; schooljaar: string; minimumGroep: number;
  leerlingen: Telling; gesignaleerd: Telling; onderpresteerders: Telling; dubbelBijzonder: Telling;
  dimensies: { dimensie: string; groepen: Groep[] }[];
};

const getal = (x: Telling) => (x.onderdrukt ? t('bv.minderDan10') : (x.aantal ?? 0).toLocaleString('nl-NL'));
const procent = (g: number | null, n: number | null) => (g === null || !n ? null : Math.round((1000 * g) / n) / 10);

/** Whom does signalling miss? Shares per group, aggregates only, small groups hidden. */
export function BlindeVlekkenPage() {
  const bereik = useMijnBereik();
  const keuzes = [
    ...(bereik.data?.regios ?? []).map((r) => ({ key: `swvId=${r.id}`, naam: t('bv.regio', { naam: r.naam }), q: { swvId: r.id } })),
    ...(bereik.data?.scholen ?? []).map((s) => ({ key: `schoolId=${s.id}`, naam: s.naam, q: { schoolId: s.id } })),
  ];
  const [keuze, setKeuze] = useState('');
  const gekozen = keuzes.find((k) => k.key === keuze) ?? keuzes[0];
  const rapport = useQuery({
    queryKey: ['blinde-vlekken', gekozen?.key],
    queryFn: () => api.get<Rapport>('/api/signalering/blinde-vlekken', gekozen!.q),
    enabled: !!gekozen,
  });
  const r = rapport.data;

  return (
    <Page title={t('bv.titel')}>
      <p className="utrecht-paragraph">{t('bv.uitleg')}</p>
      {bereik.isPending && <Loading />}
      {bereik.isError && <LoadError error={bereik.error} />}
      {bereik.data && keuzes.length === 0 && <Alert type="info">{t('bv.geen')}</Alert>}
      {keuzes.length > 1 && (
        <div className="utrecht-form-field">
          <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor="bereik">{t('bv.bereik')}</label></div>
          <select id="bereik" className="utrecht-select utrecht-select--html-select" value={gekozen?.key} onChange={(e) => setKeuze(e.target.value)}>
            {keuzes.map((k) => <option key={k.key} value={k.key}>{k.naam}</option>)}
          </select>
        </div>
      )}
      {rapport.isPending && gekozen && <Loading />}
      {rapport.isError && <LoadError error={rapport.error} onRetry={() => rapport.refetch()} />}
      {r && (
        <>
          <p className="utrecht-paragraph">{t('bv.gesignaleerdUitleg', { jaar: r.schooljaar })}</p>
          <p className="utrecht-paragraph">{t('bv.klein', { aantal: r.minimumGroep })}</p>
          <Table caption={`${t('bv.tellingen')} — ${r.bereik.soort === 'regio' ? t('bv.regio', { naam: r.bereik.naam }) : r.bereik.naam}`}>
            <TBody>
              <Tr><Th scope="row">{t('bv.totaal')}</Th><Td className="piramide-num">{getal(r.leerlingen)}</Td></Tr>
              <Tr><Th scope="row">{t('bv.kolom.gesignaleerd')}</Th><Td className="piramide-num">{getal(r.gesignaleerd)}</Td></Tr>
              <Tr><Th scope="row">{t('bv.onderpresteerders')}</Th><Td className="piramide-num">{getal(r.onderpresteerders)}</Td></Tr>
              <Tr><Th scope="row">{t('bv.dubbel')}</Th><Td className="piramide-num">{getal(r.dubbelBijzonder)}</Td></Tr>
            </TBody>
          </Table>
          {r.dimensies.map((d) => <Dimensie key={d.dimensie} d={d} />)}
        </>
      )}
    </Page>
  );
}

function Dimensie({ d }: { d: { dimensie: string; groepen: Groep[] } }) {
  const titel = tMaybe(`bv.dim.${d.dimensie}`) ?? d.dimensie;
  return (
    <section className="piramide-section" aria-labelledby={`bv-${d.dimensie}`}>
      <Heading level={2} id={`bv-${d.dimensie}`}>{titel}</Heading>
      <Table caption={titel} captionHidden scroll>
        <THead><Tr><Th>{t('bv.kolom.groep')}</Th><Th>{t('bv.kolom.leerlingen')}</Th><Th>{t('bv.kolom.gesignaleerd')}</Th><Th>{t('bv.kolom.aandeel')}</Th></Tr></THead>
        <TBody>
          {d.groepen.map((g) => {
            const p = procent(g.gesignaleerd, g.leerlingen);
            return (
              <Tr key={g.waarde}>
                <Th scope="row">{tMaybe(`bv.w.${d.dimensie}.${g.waarde}`) ?? g.waarde}</Th>
                {g.onderdrukt ? (
                  <Td colSpan={3}>{t('bv.minderDan10')}</Td>
                ) : (
                  <>
                    <Td className="piramide-num">{(g.leerlingen ?? 0).toLocaleString('nl-NL')}</Td>
                    <Td className="piramide-num">{(g.gesignaleerd ?? 0).toLocaleString('nl-NL')}</Td>
                    <Td>
                      {p === null ? '—' : (
                        <span className="piramide-balk">
                          <svg width="120" height="12" aria-hidden="true" focusable="false"><rect width="120" height="12" fill="#e6e6e6" /><rect width={Math.min(120, (120 * p) / 100)} height="12" fill="#154273" /></svg>
                          <span>{p.toLocaleString('nl-NL')}%</span>
                        </span>
                      )}
                    </Td>
                  </>
                )}
              </Tr>
            );
          })}
        </TBody>
      </Table>
    </section>
  );
}
