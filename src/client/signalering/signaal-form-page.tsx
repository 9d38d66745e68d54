import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { t, tMaybe } from '../i18n/t.ts';
import { Button, ButtonGroup } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks, type FormErrors } from '../ui/form-errors.ts';
import { useFormulier } from '../ui/use-formulier.ts';
import { Paragraph } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { TextField } from '../ui/text-field.tsx';
import { vandaag } from '../format.ts';
import { eigenFormulier, serverFouten } from './formulier-velden.ts';
import { postSignaal, profielKey, useSignaalprofiel, type Formulier } from './signalering-api.ts';
import { ScreeningForm } from './screening-form.tsx';
import { FormulierVraag, RadioGroup, TextArea } from './velden.tsx';
import './signalering.css';

const formulierVan: Record<string, string> = { nominatie: 'nominatie', observatie: 'observatie', leerling_stem: 'leerlinggesprek' };

/** One task per screen: record one signal about the pupil, then back to the profile. */
export function SignaalFormPage() {
  const { id = '', soort = '' } = useParams();
  const profiel = useSignaalprofiel(id);
  const titel = tMaybe(`sig.nieuw.${soort}`) ?? t('sig.profiel.titelKort');
  const terug = `/leerlingen/${encodeURIComponent(id)}/signalering`;
  const formulier = profiel.data?.formulieren.find((f) => f.soort === formulierVan[soort]);
  return (
    <Page title={profiel.data ? `${titel}: ${profiel.data.leerling.naam}` : titel} heading={titel}
      terug={<Link className="piramide-back" to={terug}>{t('sig.terugProfiel')}</Link>}>
      {profiel.isPending && <Loading />}
      {profiel.isError && <LoadError error={profiel.error} />}
      {profiel.data && (
        <>
          <Paragraph>{t('sig.form.over', { naam: profiel.data.leerling.naam })}</Paragraph>
          {soort === 'screening' ? <ScreeningForm id={id} terug={terug} />
            : formulier ? <FormulierForm id={id} soort={soort} formulier={formulier} terug={terug} />
            : <SimpelForm id={id} soort={soort} terug={terug} />}
        </>
      )}
    </Page>
  );
}

function FormulierForm({ id, soort, formulier, terug }: { id: string; soort: string; formulier: Formulier; terug: string }) {
  const [antwoorden, setAntwoorden] = useState<Record<string, string>>({});
  const [toelichting, setToelichting] = useState('');
  const [datum, setDatum] = useState(vandaag());
  const verzend = useVerzenden(id, terug);
  const toelichtingVerplicht = soort === 'nominatie';

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const checks: [string, string | undefined][] = formulier.items.map((i) => [
      `vraag-${i.sleutel}`,
      i.verplicht && !antwoorden[i.sleutel]?.trim()
        ? (i.soort === 'schaal' ? t('sig.form.kiesScore', { vraag: i.vraag }) : t('sig.form.vulIn', { vraag: i.vraag }))
        : undefined,
    ]);
    if (toelichtingVerplicht) checks.push(['toelichting', toelichting.trim() ? undefined : t('sig.form.toelichtingNominatie')]);
    const waarden = Object.fromEntries(formulier.items.filter((i) => antwoorden[i.sleutel]?.trim())
      .map((i) => [i.sleutel, i.soort === 'schaal' ? Number(antwoorden[i.sleutel]) : antwoorden[i.sleutel]!.trim()]));
    void verzend.run(fromChecks(checks), { soort, datum, antwoorden: waarden, toelichting: toelichting.trim() || undefined });
  }

  return (
    <>
      <p className="piramide-eigen">{eigenFormulier(formulier.versie)}</p>
      <Paragraph>{formulier.uitleg}</Paragraph>
      <ErrorSummary errors={verzend.fouten.summary} focusKey={verzend.poging} />
      <form className="piramide-form" noValidate onSubmit={onSubmit}>
        {formulier.items.map((i) => (
          <FormulierVraag key={i.sleutel} id={`vraag-${i.sleutel}`} vraag={i.vraag} soort={i.soort} verplicht={i.verplicht}
            waarde={antwoorden[i.sleutel] ?? ''} onChange={(v) => setAntwoorden((a) => ({ ...a, [i.sleutel]: v }))}
            error={verzend.fouten.fields[`vraag-${i.sleutel}`]} schaalUitleg={t('sig.form.schaalSchool')} />
        ))}
        <TextArea id="toelichting" label={toelichtingVerplicht ? t('sig.form.toelichting') : t('sig.form.toelichtingOptioneel')}
          value={toelichting} onChange={setToelichting} error={verzend.fouten.fields.toelichting} />
        <TextField id="datum" type="date" label={t('sig.form.datum')} value={datum} onChange={(e) => setDatum(e.target.value)} error={verzend.fouten.fields.datum} />
        <Knoppen bezig={verzend.bezig} terug={terug} />
      </form>
    </>
  );
}

function SimpelForm({ id, soort, terug }: { id: string; soort: string; terug: string }) {
  const [zorgSoort, setZorgSoort] = useState('');
  const [waarde, setWaarde] = useState('');
  const [toelichting, setToelichting] = useState('');
  const [datum, setDatum] = useState(vandaag());
  const verzend = useVerzenden(id, terug);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const iq = Number(waarde.replace(',', '.'));
    const checks: [string, string | undefined][] = [];
    if (soort === 'zorg') checks.push(['zorgSoort', zorgSoort ? undefined : t('sig.zorg.kies')]);
    if (soort === 'iq') checks.push(['waarde', waarde.trim() && Number.isFinite(iq) ? undefined : t('sig.iq.leeg')]);
    if (soort !== 'iq') checks.push(['toelichting', toelichting.trim() ? undefined : t('sig.form.beschrijf')]);
    void verzend.run(fromChecks(checks), {
      soort: soort === 'zorg' ? zorgSoort : soort, datum, toelichting: toelichting.trim() || undefined,
      ...(soort === 'iq' ? { waarde: iq } : {}), ...(soort === 'zorg' ? { zorgelijk: true } : {}),
    });
  }

  return (
    <>
      {soort === 'zorg' && <Paragraph>{t('sig.zorg.uitleg')}</Paragraph>}
      {soort === 'iq' && <Paragraph>{t('sig.iq.geenGrens')}</Paragraph>}
      <ErrorSummary errors={verzend.fouten.summary} focusKey={verzend.poging} />
      <form className="piramide-form" noValidate onSubmit={onSubmit}>
        {soort === 'zorg' && (
          <RadioGroup id="zorgSoort" legend={t('sig.zorg.over')} value={zorgSoort} onChange={setZorgSoort} error={verzend.fouten.fields.zorgSoort}
            options={[{ value: 'gedrag', label: t('sig.zorg.gedrag') }, { value: 'welbevinden', label: t('sig.zorg.welbevinden') }]} />
        )}
        {soort === 'iq' && (
          <TextField id="waarde" inputMode="numeric" label={t('sig.iq.waarde')} value={waarde} onChange={(e) => setWaarde(e.target.value)} error={verzend.fouten.fields.waarde} />
        )}
        <TextArea id="toelichting" label={soort === 'iq' ? t('sig.iq.toelichting') : t('sig.form.wat')}
          value={toelichting} onChange={setToelichting} error={verzend.fouten.fields.toelichting} />
        <TextField id="datum" type="date" label={t('sig.form.datum')} value={datum} onChange={(e) => setDatum(e.target.value)} error={verzend.fouten.fields.datum} />
        <Knoppen bezig={verzend.bezig} terug={terug} />
      </form>
    </>
  );
}

export function Knoppen({ bezig, terug, label }: { bezig: boolean; terug: string; label?: string }) {
  return (
    <ButtonGroup>
      <Button type="submit" appearance="primary" busy={bezig}>{label ?? t('sig.form.opslaan')}</Button>
      <Link to={terug}>{t('sig.form.annuleren')}</Link>
    </ButtonGroup>
  );
}

/** Client checks first, then the server; on success back to the profile, fresh. */
export function useVerzenden(
  id: string, terug: string, post: (id: string, body: object) => Promise<unknown> = postSignaal, ids: Record<string, string> = {},
) {
  const { fouten, poging, bezig, verstuur } = useFormulier();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  async function run(check: FormErrors, body: object) {
    await verstuur(check, async () => {
      await post(id, body);
      await queryClient.invalidateQueries({ queryKey: ['leerling', id] });
      await queryClient.invalidateQueries({ queryKey: profielKey(id) });
      navigate(terug, { state: { opgeslagen: true } });
    }, (error) => serverFouten(error, ids));
  }
  return { fouten, poging, bezig, run };
}
