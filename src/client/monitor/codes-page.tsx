import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api.ts';
import { foutTekst, formatDatum } from '../format.ts';
import { t } from '../i18n/t.ts';
import { useMijnBereik } from '../werklijst/werklijst-api.ts';
import { Alert } from '../ui/alert.tsx';
import { Button } from '../ui/button.tsx';
import { Heading } from '../ui/heading.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../ui/table.tsx';
import './monitor.css';

type Metingen = { school: { id: string; naam: string }; metingen: { id: string; naam: string; van: string; tot: string; uitgenodigd: number; afgerond: number }[] };
type Codes = { school: { naam: string }; meting: { naam: string; tot: string }; codes: { naam: string; groep: string | null; code: string }[] };

/** The IB prints one-time codes for the pupils of the school who have no account. */
export function CodesPage() {
  const bereik = useMijnBereik();
  const scholen = bereik.data?.scholen ?? [];
  const [schoolId, setSchoolId] = useState('');
  const gekozen = schoolId || scholen[0]?.id;
  const metingen = useQuery({
    queryKey: ['monitor', 'school-metingen', gekozen],
    queryFn: () => api.get<Metingen>('/api/monitor/school-metingen', { schoolId: gekozen }),
    enabled: !!gekozen,
  });
  const maak = useMutation({ mutationFn: (id: string) => api.post<Codes>(`/api/monitor/metingen/${id}/codes?schoolId=${gekozen}`) });

  return (
    <Page title={t('codes.titel')}>
      <div className="piramide-niet-printen">
        <p className="utrecht-paragraph">{t('codes.uitleg')}</p>
        {bereik.isPending && <Loading />}
        {bereik.isError && <LoadError error={bereik.error} />}
        {scholen.length > 1 && (
          <div className="utrecht-form-field">
            <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor="school">{t('codes.school')}</label></div>
            <select id="school" className="utrecht-select utrecht-select--html-select" value={gekozen} onChange={(e) => setSchoolId(e.target.value)}>
              {scholen.map((s) => <option key={s.id} value={s.id}>{s.naam}</option>)}
            </select>
          </div>
        )}
        {metingen.isError && <LoadError error={metingen.error} onRetry={() => metingen.refetch()} />}
        {metingen.data && metingen.data.metingen.length === 0 && <p className="utrecht-paragraph">{t('codes.geen')}</p>}
        {metingen.data?.metingen.map((m) => (
          <div key={m.id}>
            <Heading level={2}>{m.naam}</Heading>
            <p className="utrecht-paragraph">{t('mon.meting.periode', { van: formatDatum(m.van), tot: formatDatum(m.tot) })}</p>
            <p className="utrecht-paragraph">{t('codes.stand', { afgerond: m.afgerond, uitgenodigd: m.uitgenodigd })}</p>
            <p className="utrecht-paragraph">{t('codes.waarschuwing')}</p>
            <Button onClick={() => maak.mutate(m.id)} busy={maak.isPending}>{t('codes.maken', { meting: m.naam })}</Button>
          </div>
        ))}
        {maak.isError && <Alert type="error" live="assertive">{foutTekst(maak.error)}</Alert>}
      </div>
      {maak.data && (
        <section className="piramide-section" aria-labelledby="codes-kop">
          <Heading level={2} id="codes-kop">{`${maak.data.meting.naam} — ${maak.data.school.naam}`}</Heading>
          <p className="utrecht-paragraph piramide-niet-printen"><Button appearance="primary" onClick={() => window.print()}>{t('codes.printen')}</Button></p>
          <Table caption={t('codes.titel')} captionHidden scroll>
            <THead><Tr><Th>{t('codes.kolom.naam')}</Th><Th>{t('codes.kolom.groep')}</Th><Th>{t('codes.kolom.code')}</Th></Tr></THead>
            <TBody>
              {maak.data.codes.map((c) => (
                <Tr key={c.code}><Th scope="row">{c.naam}</Th><Td>{c.groep ?? '—'}</Td><Td><span className="piramide-code">{c.code}</span></Td></Tr>
              ))}
            </TBody>
          </Table>
        </section>
      )}
    </Page>
  );
}
