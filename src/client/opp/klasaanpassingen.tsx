import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { formatDatum, vandaag } from '../format.ts';
import { t } from '../i18n/t.ts';
import { Button } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks } from '../ui/form-errors.ts';
import { useFormulier } from '../ui/use-formulier.ts';
import { Heading, Paragraph } from '../ui/heading.tsx';
import { TextField } from '../ui/text-field.tsx';
import { serverFouten } from '../signalering/formulier-velden.ts';
import { CheckboxGroup, RadioGroup, TextArea } from '../signalering/velden.tsx';
import { AANPASSING_SOORTEN, PLANNINGEN, postKlasaanpassing, postOverdracht, useKlasaanpassingen, type Klasaanpassing } from './opp-api.ts';
import '../signalering/signalering.css';
import './opp.css';

const leeg = { soort: '', vak: '', planning: 'weektaak', doelen: '', alsWerkAf: '', regie: '', van: '' };
type Velden = typeof leeg;

/** Layer 1: the adaptations in class (003 §16.2.1), seen by every teacher of the pupil, and the handover (§16.5). */
export function Klasaanpassingen({ id }: { id: string }) {
  const lijst = useKlasaanpassingen(id);
  if (!lijst.data) return null;
  const lopend = lijst.data.aanpassingen.filter((a) => !a.tot);
  const eerder = lijst.data.aanpassingen.filter((a) => a.tot);
  return (
    <section className="piramide-section" aria-labelledby="klas-kop">
      <Heading level={2} id="klas-kop">{t('klas.titel')}</Heading>
      <Paragraph small>{t('klas.uitleg')}</Paragraph>
      {lopend.length === 0 ? <Paragraph>{t('klas.geen')}</Paragraph> : <ul className="piramide-opp-acties">{lopend.map((a) => <Aanpassing key={a.id} a={a} />)}</ul>}
      {eerder.length > 0 && (
        <>
          <Heading level={3}>{t('klas.eerder')}</Heading>
          <ul className="piramide-opp-acties">{eerder.map((a) => <Aanpassing key={a.id} a={a} />)}</ul>
        </>
      )}
      {lijst.data.magVastleggen && <NieuweAanpassing id={id} />}
      {lijst.data.magVastleggen && lopend.length > 0 && <Overdracht id={id} />}
    </section>
  );
}

function Aanpassing({ a }: { a: Klasaanpassing }) {
  return (
    <li className="piramide-opp-actie">
      <Heading level={3}>{t('klas.kop', { soort: t(`klas.soort.${a.soort}`), vak: a.vak })}</Heading>
      <dl className="piramide-opp-wwww">
        <dt>{t(`klas.planning.${a.planning}`)}</dt><dd>{a.doelen}</dd>
        <dt>{t('klas.alsWerkAf')}</dt><dd>{a.alsWerkAf}</dd>
        <dt>{t('klas.regie')}</dt><dd>{a.regie}</dd>
        <dt>{t('klas.periode')}</dt><dd>{a.tot ? t('klas.vanTot', { van: formatDatum(a.van), tot: formatDatum(a.tot) }) : t('klas.vanaf', { van: formatDatum(a.van) })}</dd>
        {a.overdracht && <><dt>{t('klas.overdracht')}</dt><dd>{a.overdracht}</dd></>}
      </dl>
      <p className="utrecht-paragraph piramide-opp-klein">{t('klas.door', { door: a.door })}</p>
    </li>
  );
}

function NieuweAanpassing({ id }: { id: string }) {
  const queryClient = useQueryClient();
  const [v, setV] = useState<Velden>({ ...leeg, van: vandaag() });
  const { fouten, poging, bezig, verstuur } = useFormulier();
  const zet = (k: keyof Velden) => (x: string) => setV((o) => ({ ...o, [k]: x }));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const check = fromChecks([
      ['klas-soort', v.soort ? undefined : t('klas.nodig.soort')],
      ['klas-vak', v.vak.trim() ? undefined : t('klas.nodig.vak')],
      ['klas-doelen', v.doelen.trim() ? undefined : t('klas.nodig.doelen')],
      ['klas-alsWerkAf', v.alsWerkAf.trim() ? undefined : t('klas.nodig.alsWerkAf')],
      ['klas-regie', v.regie.trim() ? undefined : t('klas.nodig.regie')],
      ['klas-van', v.van ? undefined : t('klas.nodig.van')],
    ]);
    void verstuur(check, async () => {
      await postKlasaanpassing(id, v);
      setV({ ...leeg, van: vandaag() });
      await queryClient.invalidateQueries({ queryKey: ['leerling', id, 'klasaanpassingen'] });
    }, (error) => serverFouten(error, Object.fromEntries(Object.keys(leeg).map((k) => [k, `klas-${k}`]))));
  }

  return (
    <details className="piramide-opp-details">
      <summary>{t('klas.nieuw')}</summary>
      <ErrorSummary errors={fouten.summary} focusKey={poging} />
      <form className="piramide-form" noValidate onSubmit={onSubmit}>
        <RadioGroup id="klas-soort" legend={t('klas.soortVraag')} value={v.soort} onChange={zet('soort')} error={fouten.fields['klas-soort']}
          options={AANPASSING_SOORTEN.map((s) => ({ value: s, label: t(`klas.soort.uitleg.${s}`) }))} />
        <TextField id="klas-vak" label={t('klas.vak')} value={v.vak} onChange={(e) => zet('vak')(e.target.value)} error={fouten.fields['klas-vak']} />
        <RadioGroup id="klas-planning" legend={t('klas.planningVraag')} value={v.planning} onChange={zet('planning')} horizontal
          options={PLANNINGEN.map((p) => ({ value: p, label: t(`klas.planning.${p}`) }))} />
        <TextArea id="klas-doelen" label={t('klas.doelen')} description={t('klas.doelenUitleg')} value={v.doelen} onChange={zet('doelen')} error={fouten.fields['klas-doelen']} rows={3} />
        <TextArea id="klas-alsWerkAf" label={t('klas.alsWerkAf')} value={v.alsWerkAf} onChange={zet('alsWerkAf')} error={fouten.fields['klas-alsWerkAf']} rows={2} />
        <TextField id="klas-regie" label={t('klas.regie')} description={t('klas.regieUitleg')} value={v.regie} onChange={(e) => zet('regie')(e.target.value)} error={fouten.fields['klas-regie']} />
        <TextField id="klas-van" type="date" label={t('klas.van')} value={v.van} onChange={(e) => zet('van')(e.target.value)} error={fouten.fields['klas-van']} />
        <div><Button type="submit" busy={bezig}>{t('klas.opslaan')}</Button></div>
      </form>
    </details>
  );
}

function Overdracht({ id }: { id: string }) {
  const queryClient = useQueryClient();
  const [tekst, setTekst] = useState('');
  const [beeindigen, setBeeindigen] = useState<string[]>([]);
  const { fouten, poging, bezig, verstuur } = useFormulier();

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const check = fromChecks([['klas-overdracht', tekst.trim() ? undefined : t('klas.nodig.overdracht')]]);
    void verstuur(check, async () => {
      await postOverdracht(id, { overdracht: tekst, beeindigen: beeindigen.includes('ja') });
      setTekst('');
      await queryClient.invalidateQueries({ queryKey: ['leerling', id, 'klasaanpassingen'] });
    }, (error) => serverFouten(error, { overdracht: 'klas-overdracht' }));
  }

  return (
    <details className="piramide-opp-details">
      <summary>{t('klas.overdrachtTitel')}</summary>
      <ErrorSummary errors={fouten.summary} focusKey={poging} />
      <form className="piramide-form" noValidate onSubmit={onSubmit}>
        <TextArea id="klas-overdracht" label={t('klas.overdracht')} description={t('klas.overdrachtUitleg')} value={tekst} onChange={setTekst} error={fouten.fields['klas-overdracht']} rows={3} />
        <CheckboxGroup id="klas-beeindigen" legend={t('klas.beeindigenVraag')} values={beeindigen} onChange={setBeeindigen} options={[{ value: 'ja', label: t('klas.beeindigen') }]} />
        <div><Button type="submit" busy={bezig}>{t('klas.overdrachtOpslaan')}</Button></div>
      </form>
    </details>
  );
}
