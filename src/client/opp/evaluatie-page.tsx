import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { formatDatum, vandaag } from '../format.ts';
import { t } from '../i18n/t.ts';
import { Button } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks } from '../ui/form-errors.ts';
import { useFormulier } from '../ui/use-formulier.ts';
import { Heading, Paragraph } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { TextField } from '../ui/text-field.tsx';
import { serverFouten } from '../signalering/formulier-velden.ts';
import { CheckboxGroup, RadioGroup, SelectField, TextArea } from '../signalering/velden.tsx';
import { DEELNEMERS, oppKey, postEvaluatie, RESULTATEN, UITKOMSTEN, useOpp } from './opp-api.ts';
import '../signalering/signalering.css';
import './opp.css';

/** The broad consultation (003 §17.4): who took part, notes, each goal weighed, the outcome. */
export function EvaluatiePage() {
  const { id = '' } = useParams();
  const opp = useOpp(id);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [gehouden, setGehouden] = useState(vandaag());
  const [evaluatieId, setEvaluatieId] = useState('');
  const [deelnemers, setDeelnemers] = useState<string[]>([]);
  const [notities, setNotities] = useState('');
  const [resultaten, setResultaten] = useState<Record<string, string>>({});
  const [toelichtingen, setToelichtingen] = useState<Record<string, string>>({});
  const [uitkomst, setUitkomst] = useState('');
  const { fouten, poging, bezig, verstuur } = useFormulier();
  const terug = `/leerlingen/${encodeURIComponent(id)}/opp`;
  const plan = opp.data?.opp;
  const open = plan?.evaluaties.filter((e) => !e.gehouden) ?? [];
  const allesBehaald = !!plan && plan.inhoud.doelen.every((d) => resultaten[d.sleutel!] === 'behaald');

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!plan) return;
    const check = fromChecks([
      ['evaluatie-gehouden', gehouden ? undefined : t('opp.evaluatie.datumNodig')],
      ['evaluatie-deelnemers', deelnemers.length ? undefined : t('opp.evaluatie.deelnemersNodig')],
      ['evaluatie-notities', notities.trim() ? undefined : t('opp.evaluatie.notitiesNodig')],
      ...plan.inhoud.doelen.map((d) => [`resultaat-${d.sleutel}`, resultaten[d.sleutel!] ? undefined : t('opp.evaluatie.resultaatNodig', { doel: d.omschrijving })] as [string, string | undefined]),
      ['evaluatie-uitkomst', uitkomst ? undefined : t('opp.evaluatie.uitkomstNodig')],
    ]);
    void verstuur(check, async () => {
      await postEvaluatie(id, {
        evaluatieId: evaluatieId || undefined, gehouden, deelnemers, notities, uitkomst,
        doelen: plan.inhoud.doelen.map((d) => ({ sleutel: d.sleutel, resultaat: resultaten[d.sleutel!], toelichting: toelichtingen[d.sleutel!]?.trim() || undefined })),
      });
      await queryClient.invalidateQueries({ queryKey: oppKey(id) });
      navigate(terug);
    }, (error) => serverFouten(error, { gehouden: 'evaluatie-gehouden', notities: 'evaluatie-notities', uitkomst: 'evaluatie-uitkomst' }));
  }

  return (
    <Page title={t('opp.evaluatie.titel')} terug={<Link className="piramide-back" to={terug}>{t('opp.bewerk.terug')}</Link>}>
      {opp.isPending && <Loading />}
      {opp.isError && <LoadError error={opp.error} />}
      {opp.data && !plan && <Paragraph>{t('opp.geen', { naam: opp.data.leerling.voornaam })}</Paragraph>}
      {plan && (
        <>
          <Paragraph lead>{t('opp.evaluatie.intro', { naam: opp.data!.leerling.voornaam, versie: plan.versie })}</Paragraph>
          <ErrorSummary errors={fouten.summary} focusKey={poging} />
          <form className="piramide-form" noValidate onSubmit={onSubmit}>
            {open.length > 0 && (
              <SelectField id="evaluatie-moment" label={t('opp.evaluatie.welkMoment')} value={evaluatieId} onChange={setEvaluatieId}
                options={[{ value: '', label: t('opp.evaluatie.geenMoment') }, ...open.map((e) => ({ value: e.id, label: t('opp.evaluatie.gepland', { datum: formatDatum(e.gepland) }) }))]} />
            )}
            <TextField id="evaluatie-gehouden" type="date" label={t('opp.evaluatie.gehoudenOp')} value={gehouden} max={vandaag()}
              onChange={(e) => setGehouden(e.target.value)} error={fouten.fields['evaluatie-gehouden']} />
            <CheckboxGroup id="evaluatie-deelnemers" legend={t('opp.evaluatie.wie')} values={deelnemers} onChange={setDeelnemers}
              options={DEELNEMERS.map((d) => ({ value: d, label: t(`opp.deelnemer.${d}`) }))} />
            {fouten.fields['evaluatie-deelnemers'] && <p className="utrecht-form-field-error-message">{fouten.fields['evaluatie-deelnemers']}</p>}
            <TextArea id="evaluatie-notities" label={t('opp.evaluatie.notities')} value={notities} onChange={setNotities} error={fouten.fields['evaluatie-notities']} />
            <Heading level={2}>{t('opp.deel.doelen')}</Heading>
            {plan.inhoud.doelen.map((d) => (
              <div key={d.sleutel} className="piramide-opp-actie">
                <RadioGroup id={`resultaat-${d.sleutel}`} legend={d.omschrijving} value={resultaten[d.sleutel!] ?? ''} horizontal
                  description={d.criterium ? t('opp.doel.bereiktAls', { criterium: d.criterium }) : undefined}
                  onChange={(v) => setResultaten((r) => ({ ...r, [d.sleutel!]: v }))} error={fouten.fields[`resultaat-${d.sleutel}`]}
                  options={RESULTATEN.map((r) => ({ value: r, label: t(`opp.resultaat.${r}`) }))} />
                <TextField id={`toelichting-${d.sleutel}`} label={t('opp.evaluatie.doelToelichting')} value={toelichtingen[d.sleutel!] ?? ''}
                  onChange={(e) => setToelichtingen((x) => ({ ...x, [d.sleutel!]: e.target.value }))} />
              </div>
            ))}
            {allesBehaald && <Paragraph>{t('opp.stoppen.tekst')}</Paragraph>}
            <RadioGroup id="evaluatie-uitkomst" legend={t('opp.evaluatie.uitkomst')} value={uitkomst} onChange={setUitkomst} error={fouten.fields['evaluatie-uitkomst']}
              options={UITKOMSTEN.map((u) => ({ value: u, label: t(`opp.uitkomst.uitleg.${u}`) }))} />
            <div><Button type="submit" appearance="primary" busy={bezig}>{t('opp.evaluatie.opslaan')}</Button></div>
          </form>
        </>
      )}
    </Page>
  );
}
