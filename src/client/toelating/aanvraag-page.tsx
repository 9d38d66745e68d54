import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { api } from '../api.ts';
import { formatDatum } from '../format.ts';
import { t, tMaybe } from '../i18n/t.ts';
import { Button, ButtonGroup } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks } from '../ui/form-errors.ts';
import { Paragraph } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { CheckboxGroup, RadioGroup, TextArea } from '../signalering/velden.tsx';
import { useToelatingFormulier } from './actie.ts';
import { toelatingKey, useAanvraagStart } from './toelating-api.ts';

/** The IB applies with what the file already holds (enter once), the pupil's voice and the question. */
export function AanvraagPage() {
  const { id = '' } = useParams();
  const start = useAanvraagStart(id);
  const [voorzieningId, setVoorziening] = useState('');
  const [hulpvraag, setHulpvraag] = useState('');
  const [stem, setStem] = useState('');
  const [bronnen, setBronnen] = useState<string[]>([]);
  const [opp, setOpp] = useState('');
  const actie = useToelatingFormulier({ voorzieningId: 'voorzieningId', hulpvraag: 'hulpvraag', stemLeerling: 'stemLeerling', bronnen: 'bronnen' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const terug = `/toelating/${encodeURIComponent(id)}`;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ok = await actie.run(fromChecks([
      ['voorzieningId', voorzieningId ? undefined : t('aanvraag.fout.voorziening')],
      ['hulpvraag', hulpvraag.trim() ? undefined : t('aanvraag.fout.hulpvraag')],
      ['stemLeerling', stem.trim() ? undefined : t('aanvraag.fout.stem')],
    ]), () => api.post('/api/aanvragen', {
      leerlingId: id, voorzieningId, hulpvraag, stemLeerling: stem, bronnen,
      aanvullend: opp.trim() ? [{ soort: 'opp', omschrijving: opp.trim() }] : [],
    }));
    if (ok) {
      await queryClient.invalidateQueries({ queryKey: toelatingKey(id) });
      navigate(terug, { state: { opgeslagen: true } });
    }
  }

  return (
    <Page title={t('aanvraag.titel')} terug={<Link className="piramide-back" to={terug}>{t('toel.terug')}</Link>}>
      <Paragraph>{t('aanvraag.intro')}</Paragraph>
      {start.isPending && <Loading />}
      {start.isError && <LoadError error={start.error} />}
      {start.data && (
        <>
          <ErrorSummary errors={actie.fouten.summary} focusKey={actie.poging} />
          <form className="piramide-form" noValidate onSubmit={onSubmit}>
            <RadioGroup id="voorzieningId" legend={t('aanvraag.voorziening')} value={voorzieningId} onChange={setVoorziening} error={actie.fouten.fields.voorzieningId}
              options={start.data.voorzieningen.map((v) => ({
                value: v.id, label: `${v.naam} — ${t(`aanbod.laag.${v.laag as 'in_de_klas'}`)}, ${v.gemeente}${v.wachtend ? ` (${t('aanvraag.wachtend', { aantal: v.wachtend })})` : ''}`,
              }))} />
            <TextArea id="hulpvraag" label={t('aanvraag.hulpvraag')} description={t('aanvraag.hulpvraagUitleg')} value={hulpvraag} onChange={setHulpvraag} error={actie.fouten.fields.hulpvraag} rows={5} />
            <TextArea id="stemLeerling" label={t('aanvraag.stem')} description={t('aanvraag.stemUitleg')} value={stem} onChange={setStem} error={actie.fouten.fields.stemLeerling} />
            {start.data.bronnen.length > 0 ? (
              <CheckboxGroup id="bronnen" legend={t('aanvraag.bronnen')} values={bronnen} onChange={setBronnen}
                options={start.data.bronnen.map((b) => ({ value: b.id, label: `${formatDatum(b.datum)} · ${tMaybe(`toel.dossier.${b.soort}`) ?? b.soort}: ${b.omschrijving}` }))} />
            ) : <Paragraph>{t('aanvraag.geenBronnen')}</Paragraph>}
            <TextArea id="opp" label={t('aanvraag.opp')} description={t('aanvraag.oppUitleg')} value={opp} onChange={setOpp} />
            <Paragraph>{t('aanvraag.daarna')}</Paragraph>
            <ButtonGroup>
              <Button type="submit" appearance="primary" busy={actie.bezig}>{t('aanvraag.indienen')}</Button>
              <Link to={terug}>{t('sig.form.annuleren')}</Link>
            </ButtonGroup>
          </form>
        </>
      )}
    </Page>
  );
}
