import { useEffect, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { t, tMaybe } from '../i18n/t.ts';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks } from '../ui/form-errors.ts';
import { Paragraph } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { TextField } from '../ui/text-field.tsx';
import { vandaag } from '../format.ts';
import { postCuratief, STAPPEN, useSignaalprofiel } from './signalering-api.ts';
import { Knoppen, useVerzenden } from './signaal-form-page.tsx';
import { SelectField, TextArea } from './velden.tsx';
import './signalering.css';

/** A step of the curative route; the next step is chosen already (003 §17.2.2). */
export function CuratiefPage() {
  const { id = '' } = useParams();
  const profiel = useSignaalprofiel(id);
  const terug = `/leerlingen/${encodeURIComponent(id)}/signalering`;
  const [stap, setStap] = useState('');
  const [notitie, setNotitie] = useState('');
  const [doel, setDoel] = useState('');
  const [datum, setDatum] = useState(vandaag());
  const verzend = useVerzenden(id, terug, postCuratief);
  const volgende = profiel.data?.curatief.volgendeStap;
  useEffect(() => { if (!stap && profiel.data) setStap(volgende ?? 'observatie'); }, [profiel.data, volgende, stap]);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void verzend.run(fromChecks([
      ['notitie', notitie.trim() ? undefined : t('sig.curatief.notitieLeeg')],
      ['doel', stap === 'traject' && !doel.trim() ? t('sig.curatief.doelLeeg') : undefined],
    ]), { stap, notitie: notitie.trim(), doel: stap === 'traject' ? doel.trim() : undefined, datum });
  }

  return (
    <Page title={t('sig.curatief.stapTitel')} terug={<Link className="piramide-back" to={terug}>{t('sig.terugProfiel')}</Link>}>
      {profiel.isPending && <Loading />}
      {profiel.isError && <LoadError error={profiel.error} />}
      {profiel.data && (
        <>
          <Paragraph>{t('sig.curatief.uitleg', { bron: profiel.data.curatief.bron })}</Paragraph>
          <ErrorSummary errors={verzend.fouten.summary} focusKey={verzend.poging} />
          <form className="piramide-form" noValidate onSubmit={onSubmit}>
            <SelectField id="stap" label={t('sig.curatief.stapLabel')} value={stap} onChange={setStap} error={verzend.fouten.fields.stap}
              options={STAPPEN.map((s) => ({ value: s, label: tMaybe(`sig.stap.${s}`) ?? s }))} />
            <TextArea id="notitie" label={t('sig.curatief.notitie')} value={notitie} onChange={setNotitie} error={verzend.fouten.fields.notitie} />
            {stap === 'traject' && (
              <TextArea id="doel" label={t('sig.curatief.doelLabel')} description={t('sig.curatief.doelUitleg')}
                value={doel} onChange={setDoel} error={verzend.fouten.fields.doel} />
            )}
            <TextField id="datum" type="date" label={t('sig.form.datum')} value={datum} onChange={(e) => setDatum(e.target.value)} error={verzend.fouten.fields.datum} />
            <Knoppen bezig={verzend.bezig} terug={terug} />
          </form>
        </>
      )}
    </Page>
  );
}
