import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../api.ts';
import { formatDatum, foutTekst, vandaag } from '../format.ts';
import { t, tMaybe } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Button } from '../ui/button.tsx';
import { DataList } from '../ui/data-list.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { TextField } from '../ui/text-field.tsx';
import { Tekstvak } from './tekstvak.tsx';
import { useGehouden, useTaak } from './werklijst-api.ts';

/** One talk: why it is due, and the form to record that it was held. */
export function GesprekPage() {
  const { id = '' } = useParams();
  const taak = useTaak(id);
  const gehouden = useGehouden(id);
  const [datum, setDatum] = useState(vandaag());
  const [verslag, setVerslag] = useState('');
  const fouten = gehouden.error instanceof ApiError ? Object.fromEntries(gehouden.error.velden.map((v) => [v.veld, v.melding])) : {};

  function submit(e: FormEvent) {
    e.preventDefault();
    gehouden.mutate({ gehouden: datum, verslag });
  }

  const d = taak.data;
  return (
    <Page title={t('gesprek.titel')} terug={<Link className="piramide-back" to="/werklijst">{t('gesprek.terug')}</Link>}>
      {taak.isPending && <Loading />}
      {taak.isError && <LoadError error={taak.error} />}
      {d && (
        <>
          <p className="utrecht-paragraph">{t('gesprek.uitleg')}</p>
          <DataList items={[
            { key: t('gesprek.leerling'), value: <Link to={`/leerlingen/${encodeURIComponent(d.leerlingId)}/signalering`}>{d.naam}</Link> },
            { key: t('gesprek.soort'), value: tMaybe(`wl.soort.${d.soort}`) ?? d.soort },
            { key: t('gesprek.klaargezet'), value: formatDatum(d.aangemaakt) },
            { key: t('gesprek.reden'), value: <span className="piramide-pre">{d.reden}</span> },
            ...(d.gehouden ? [
              { key: t('gesprek.gehoudenOp'), value: `${formatDatum(d.gehouden)}${d.afgerondDoor ? ` (${d.afgerondDoor})` : ''}` },
              { key: t('gesprek.verslag'), value: <span className="piramide-pre">{d.verslag}</span> },
            ] : []),
          ]} />
          {gehouden.isSuccess && <Alert type="ok" live="polite">{t('gesprek.opgeslagen')}</Alert>}
          {gehouden.isError && !Object.keys(fouten).length && <Alert type="error" live="assertive">{foutTekst(gehouden.error)}</Alert>}
          {!d.gehouden && (
            <form onSubmit={submit} noValidate className="piramide-form">
              <TextField id="gehouden" type="date" label={t('gesprek.datum')} value={datum} max={vandaag()} onChange={(e) => setDatum(e.target.value)} error={fouten.gehouden} required />
              <Tekstvak id="verslag" label={t('gesprek.verslag')} uitleg={t('gesprek.verslag.uitleg')} value={verslag} onChange={(e) => setVerslag(e.target.value)} fout={fouten.verslag} rows={5} maxLength={2000} required />
              <Button type="submit" appearance="primary" busy={gehouden.isPending}>{t('gesprek.opslaan')}</Button>
            </form>
          )}
        </>
      )}
    </Page>
  );
}
