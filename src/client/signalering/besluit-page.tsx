import { useState, type FormEvent } from 'react';
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
import { BESLUITEN, MET_WIE, postBesluit, useSignaalprofiel } from './signalering-api.ts';
import { Knoppen, useVerzenden } from './signaal-form-page.tsx';
import { CheckboxGroup, RadioGroup, TextArea } from './velden.tsx';
import './signalering.css';

/** The decision after weighing the profile: what, why, and with whom (003 §18.6). */
export function BesluitPage() {
  const { id = '' } = useParams();
  const profiel = useSignaalprofiel(id);
  const terug = `/leerlingen/${encodeURIComponent(id)}/signalering`;
  const [uitkomst, setUitkomst] = useState('');
  const [waarom, setWaarom] = useState('');
  const [metWie, setMetWie] = useState<string[]>([]);
  const [datum, setDatum] = useState(vandaag());
  const verzend = useVerzenden(id, terug, postBesluit);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void verzend.run(fromChecks([
      ['uitkomst', uitkomst ? undefined : t('sig.besluit.kies')],
      ['waarom', waarom.trim() ? undefined : t('sig.besluit.waaromLeeg')],
    ]), { uitkomst, waarom: waarom.trim(), metWie, datum });
  }

  const naam = profiel.data?.leerling.naam;
  return (
    <Page title={naam ? `${t('sig.besluit.titel')}: ${naam}` : t('sig.besluit.titel')} heading={t('sig.besluit.titel')}
      terug={<Link className="piramide-back" to={terug}>{t('sig.terugProfiel')}</Link>}>
      {profiel.isPending && <Loading />}
      {profiel.isError && <LoadError error={profiel.error} />}
      {profiel.data && (
        <>
          <Paragraph>{t('sig.besluit.uitleg', { naam: profiel.data.leerling.naam })}</Paragraph>
          <ErrorSummary errors={verzend.fouten.summary} focusKey={verzend.poging} />
          <form className="piramide-form" noValidate onSubmit={onSubmit}>
            <RadioGroup id="uitkomst" legend={t('sig.besluit.wat')} value={uitkomst} onChange={setUitkomst} error={verzend.fouten.fields.uitkomst}
              options={BESLUITEN.map((b) => ({ value: b, label: tMaybe(`sig.besluit.${b}`) ?? b }))} />
            <TextArea id="waarom" label={t('sig.besluit.waaromLabel')} description={t('sig.besluit.waaromUitleg')}
              value={waarom} onChange={setWaarom} error={verzend.fouten.fields.waarom} rows={5} />
            <CheckboxGroup id="metWie" legend={t('sig.besluit.metWieLabel')} values={metWie} onChange={setMetWie}
              options={MET_WIE.map((w) => ({ value: w, label: tMaybe(`sig.metWie.${w}`) ?? w }))} />
            <TextField id="datum" type="date" label={t('sig.form.datum')} value={datum} onChange={(e) => setDatum(e.target.value)} error={verzend.fouten.fields.datum} />
            <Knoppen bezig={verzend.bezig} terug={terug} label={t('sig.besluit.opslaan')} />
          </form>
        </>
      )}
    </Page>
  );
}
