import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type ChangeEvent } from 'react';
import { api } from '../api.ts';
import { foutTekst } from '../format.ts';
import { t } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Button, ButtonGroup } from '../ui/button.tsx';
import { Heading } from '../ui/heading.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../ui/table.tsx';
import { Tekstvak } from '../werklijst/tekstvak.tsx';
import { useMijnBereik } from '../werklijst/werklijst-api.ts';

type Uitkomst = {
  status: 'afgewezen' | 'gecontroleerd' | 'geimporteerd'; regels: number; leerlingen: number; alAanwezig: number;
  gesprekken: number; aantalAfwijzingen: number; afwijzingen: { regel: number; kolom: string | null; reden: string }[];
};

/** Upload or paste an LVS export, check it, then import it: all rows or none. */
export function LvsImportPage() {
  const bereik = useMijnBereik();
  const [schoolId, setSchoolId] = useState('');
  const [csv, setCsv] = useState('');
  const [bestandsnaam, setBestandsnaam] = useState<string | undefined>();
  const [leeg, setLeeg] = useState(false);
  const scholen = bereik.data?.scholen ?? [];
  useEffect(() => { if (!schoolId && scholen[0]) setSchoolId(scholen[0].id); }, [schoolId, scholen]);

  const stuur = useMutation({
    // Importing checks first: a file with rejected rows gets its report and is never sent to import.
    mutationFn: async (controleren: boolean): Promise<Uitkomst> => {
      const pad = `/api/scholen/${encodeURIComponent(schoolId)}/lvs-import`;
      const check = await api.post<Uitkomst>(pad, { csv, bestandsnaam, controleren: true });
      if (controleren || check.status === 'afgewezen') return check;
      return api.post<Uitkomst>(pad, { csv, bestandsnaam, controleren: false });
    },
  });

  async function kies(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    setCsv(await file.text());
    setBestandsnaam(file.name);
    stuur.reset();
  }
  const doe = (controleren: boolean) => {
    setLeeg(!csv.trim());
    if (csv.trim()) stuur.mutate(controleren);
  };
  const r = stuur.data;

  return (
    <Page title={t('lvs.titel')}>
      <p className="utrecht-paragraph">{t('lvs.uitleg')}</p>
      {bereik.isPending && <Loading />}
      {bereik.isError && <LoadError error={bereik.error} />}
      {bereik.data && scholen.length === 0 && <Alert type="info">{t('bv.geen')}</Alert>}
      {scholen.length > 0 && (
        <>
          <details className="piramide-details">
            <summary>{t('lvs.formaat.titel')}</summary>
            <p className="utrecht-paragraph">{t('lvs.formaat.tekst')}</p>
            <pre className="piramide-pre piramide-codeblok">{'leerling_id,toets,vak,datum,score,niveau,percentiel\n3f2a…,Cito Rekenen-Wiskunde M5,Rekenen,2026-01-20,212,II,72'}</pre>
          </details>
          <div className="piramide-form">
          <div className="utrecht-form-field">
            <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor="school">{t('lvs.school')}</label></div>
            <select id="school" className="utrecht-select utrecht-select--html-select" value={schoolId} onChange={(e) => { setSchoolId(e.target.value); stuur.reset(); }}>
              {scholen.map((s) => <option key={s.id} value={s.id}>{s.naam}</option>)}
            </select>
          </div>
          <div className="utrecht-form-field">
            <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor="bestand">{t('lvs.bestand')}</label></div>
            <input id="bestand" type="file" accept=".csv,text/csv,text/plain" onChange={kies} className="piramide-file" />
          </div>
          <Tekstvak id="csv" label={t('lvs.plakken')} value={csv} rows={8} spellCheck={false}
            onChange={(e) => { setCsv(e.target.value); setBestandsnaam(undefined); stuur.reset(); }} fout={leeg ? t('lvs.leeg') : undefined} />
          <ButtonGroup>
            <Button onClick={() => doe(true)} busy={stuur.isPending}>{t('lvs.controleren')}</Button>
            <Button appearance="primary" onClick={() => doe(false)} busy={stuur.isPending}>{t('lvs.importeren')}</Button>
          </ButtonGroup>
          </div>
          {stuur.isError && <Alert type="error" live="assertive">{foutTekst(stuur.error)}</Alert>}
          {r && <Rapport r={r} />}
        </>
      )}
    </Page>
  );
}

function Rapport({ r }: { r: Uitkomst }) {
  return (
    <section className="piramide-section" aria-live="polite">
      {r.status === 'gecontroleerd' && <Alert type="ok">{t('lvs.gecontroleerd', { regels: r.regels, leerlingen: r.leerlingen })}</Alert>}
      {r.status === 'geimporteerd' && <Alert type="ok">{t('lvs.geimporteerd', { regels: r.regels - r.alAanwezig, leerlingen: r.leerlingen, gesprekken: r.gesprekken })}</Alert>}
      {r.alAanwezig > 0 && r.status !== 'afgewezen' && <p className="utrecht-paragraph">{t('lvs.alAanwezig', { aantal: r.alAanwezig })}</p>}
      {r.status === 'afgewezen' && (
        <>
          <Alert type="error">{t('lvs.afgewezen', { aantal: r.aantalAfwijzingen })}</Alert>
          <Heading level={2} id="rapport-kop">{t('lvs.rapport')}</Heading>
          {r.aantalAfwijzingen > r.afwijzingen.length && <p className="utrecht-paragraph">{t('lvs.meerAfwijzingen', { aantal: r.afwijzingen.length })}</p>}
          <Table caption={t('lvs.rapport')} captionHidden>
            <THead><Tr><Th>{t('lvs.kolom.regel')}</Th><Th>{t('lvs.kolom.kolom')}</Th><Th>{t('lvs.kolom.reden')}</Th></Tr></THead>
            <TBody>
              {r.afwijzingen.map((a, i) => (
                <Tr key={i}><Th scope="row">{a.regel}</Th><Td>{a.kolom ?? t('lvs.heleRegel')}</Td><Td>{a.reden}</Td></Tr>
              ))}
            </TBody>
          </Table>
        </>
      )}
    </section>
  );
}
