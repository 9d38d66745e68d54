import { useEffect, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { t } from '../i18n/t.ts';
import { Button } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks, geenFouten, type FormErrors } from '../ui/form-errors.ts';
import { Heading, Paragraph } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { TextField } from '../ui/text-field.tsx';
import { serverFouten } from '../signalering/formulier-velden.ts';
import { CheckboxGroup, RadioGroup, TextArea } from '../signalering/velden.tsx';
import { DOEL_SOORTEN, oppKey, postVersie, STEMDELEN, TEKSTDELEN, useOpp, type Actie, type Doel, type Inhoud, type Partner } from './opp-api.ts';
import '../signalering/signalering.css';
import './opp.css';

const leeg: Inhoud = {
  perspectief: '', sterkePunten: '', bevorderend: '', belemmerend: '', ondersteuningsbehoeften: '',
  doelen: [{ omschrijving: '', soort: 'leerdoel', criterium: '' }],
  handelingsdeel: [{ wat: '', wie: '', wanneer: '', waar: '', keuzeuur: false }],
  partners: [], leerlingWoorden: '', leerlingDoelen: '', ouderVisie: '', thuis: '',
};

/** Drafting the plan or a new version of it: the form starts from the version in force (enter once). */
export function OppBewerkenPage() {
  const { id = '' } = useParams();
  const opp = useOpp(id);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [inhoud, setInhoud] = useState<Inhoud | null>(null);
  const [toelichting, setToelichting] = useState('');
  const [fouten, setFouten] = useState<FormErrors>(geenFouten);
  const [poging, setPoging] = useState(0);
  const [bezig, setBezig] = useState(false);
  const terug = `/leerlingen/${encodeURIComponent(id)}/opp`;

  useEffect(() => {
    if (opp.data && !inhoud) setInhoud(opp.data.opp ? structuredClone({ ...leeg, ...opp.data.opp.inhoud }) : structuredClone(leeg));
  }, [opp.data, inhoud]);

  const zet = <K extends keyof Inhoud>(k: K, v: Inhoud[K]) => setInhoud((i) => (i ? { ...i, [k]: v } : i));
  const zetIn = <K extends 'doelen' | 'handelingsdeel' | 'partners'>(k: K, n: number, v: Partial<Inhoud[K][number]>) =>
    setInhoud((i) => (i ? { ...i, [k]: i[k].map((x, j) => (j === n ? { ...x, ...v } : x)) } : i));
  const weg = (k: 'doelen' | 'handelingsdeel' | 'partners', n: number) => setInhoud((i) => (i ? { ...i, [k]: i[k].filter((_, j) => j !== n) } : i));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!inhoud || bezig) return;
    setPoging((p) => p + 1);
    const check = fromChecks([
      ['opp-perspectief', inhoud.perspectief.trim() ? undefined : t('opp.bewerk.perspectiefNodig')],
      ...inhoud.doelen.map((d, n) => [`doel-${n}`, d.omschrijving.trim() ? undefined : t('opp.bewerk.doelNodig', { nr: n + 1 })] as [string, string | undefined]),
      ...inhoud.handelingsdeel.flatMap((a, n) => (['wat', 'wie', 'wanneer', 'waar'] as const).map((k) =>
        [`actie-${n}-${k}`, a[k].trim() ? undefined : t(`opp.bewerk.actieNodig.${k}`, { nr: n + 1 })] as [string, string | undefined])),
      ['opp-toelichting', toelichting.trim() ? undefined : t('opp.bewerk.toelichtingNodig')],
    ]);
    if (inhoud.doelen.length === 0) check.summary.push({ melding: t('opp.bewerk.minstensEenDoel') });
    if (inhoud.handelingsdeel.length === 0) check.summary.push({ melding: t('opp.bewerk.minstensEenActie') });
    setFouten(check);
    if (check.summary.length) return;
    setBezig(true);
    try {
      const schoon = { ...inhoud, partners: inhoud.partners.filter((p) => p.naam.trim() || p.rol.trim()), doelen: inhoud.doelen.map((d) => ({ ...d, criterium: d.criterium?.trim() || undefined })) };
      await postVersie(id, { inhoud: schoon, toelichting });
      await queryClient.invalidateQueries({ queryKey: oppKey(id) });
      navigate(terug);
    } catch (error) {
      setFouten(serverFouten(error, { 'inhoud.perspectief': 'opp-perspectief', toelichting: 'opp-toelichting' }));
    } finally {
      setBezig(false);
    }
  }

  const data = opp.data;
  const titel = data?.opp ? t('opp.bewerk.titelVersie', { versie: data.opp.versie + 1 }) : t('opp.bewerk.titel');
  return (
    <Page title={titel} terug={<Link className="piramide-back" to={terug}>{t('opp.bewerk.terug')}</Link>}>
      {opp.isPending && <Loading />}
      {opp.isError && <LoadError error={opp.error} />}
      {data && inhoud && (
        <>
          <Paragraph lead>{t('opp.bewerk.intro', { naam: data.leerling.voornaam })}</Paragraph>
          {data.opp && <Paragraph>{t('opp.bewerk.nieuweVersieUitleg')}</Paragraph>}
          <ErrorSummary errors={fouten.summary} focusKey={poging} />
          <form className="piramide-form" noValidate onSubmit={onSubmit}>
            {TEKSTDELEN.map((d) => (
              <TextArea key={d} id={`opp-${d}`} label={t(`opp.deel.${d}`)} description={t(`opp.uitleg.${d}`)} value={inhoud[d]}
                onChange={(v) => zet(d, v)} error={fouten.fields[`opp-${d}`]} />
            ))}

            <fieldset className="utrecht-form-fieldset piramide-fieldset">
              <legend className="utrecht-form-fieldset__legend piramide-legend"><Heading level={2}>{t('opp.deel.doelen')}</Heading></legend>
              <Paragraph small>{t('opp.uitleg.doelen')}</Paragraph>
              {inhoud.doelen.map((d: Doel, n) => (
                <div key={d.sleutel ?? `nieuw-${n}`} className="piramide-opp-actie">
                  <TextField id={`doel-${n}`} label={t('opp.bewerk.doel', { nr: n + 1 })} value={d.omschrijving}
                    onChange={(e) => zetIn('doelen', n, { omschrijving: e.target.value })} error={fouten.fields[`doel-${n}`]} />
                  <RadioGroup id={`doel-${n}-soort`} legend={t('opp.bewerk.doelSoort')} value={d.soort} horizontal
                    onChange={(v) => zetIn('doelen', n, { soort: v as Doel['soort'] })}
                    options={DOEL_SOORTEN.map((s) => ({ value: s, label: t(`opp.doelsoort.${s}`) }))} />
                  <TextField id={`doel-${n}-criterium`} label={t('opp.bewerk.criterium')} value={d.criterium ?? ''}
                    onChange={(e) => zetIn('doelen', n, { criterium: e.target.value })} />
                  <Button onClick={() => weg('doelen', n)}>{t('opp.bewerk.doelWeg', { nr: n + 1 })}</Button>
                </div>
              ))}
              <Button onClick={() => zet('doelen', [...inhoud.doelen, { omschrijving: '', soort: 'leerdoel', criterium: '' }])}>{t('opp.bewerk.doelErbij')}</Button>
            </fieldset>

            <fieldset className="utrecht-form-fieldset piramide-fieldset">
              <legend className="utrecht-form-fieldset__legend piramide-legend"><Heading level={2}>{t('opp.deel.handelingsdeel')}</Heading></legend>
              <Paragraph small>{t('opp.handelingsdeel.uitleg')}</Paragraph>
              {inhoud.handelingsdeel.map((a: Actie, n) => (
                <div key={n} className="piramide-opp-actie">
                  {(['wat', 'wie', 'wanneer', 'waar'] as const).map((k) => (
                    <TextField key={k} id={`actie-${n}-${k}`} label={t(`opp.bewerk.actie.${k}`, { nr: n + 1 })} value={a[k]}
                      onChange={(e) => zetIn('handelingsdeel', n, { [k]: e.target.value })} error={fouten.fields[`actie-${n}-${k}`]} />
                  ))}
                  <CheckboxGroup id={`actie-${n}-keuzeuur`} legend={t('opp.bewerk.keuzeuurVraag')} values={a.keuzeuur ? ['ja'] : []}
                    onChange={(v) => zetIn('handelingsdeel', n, { keuzeuur: v.includes('ja') })} options={[{ value: 'ja', label: t('opp.bewerk.keuzeuur') }]} />
                  <Button onClick={() => weg('handelingsdeel', n)}>{t('opp.bewerk.actieWeg', { nr: n + 1 })}</Button>
                </div>
              ))}
              <Button onClick={() => zet('handelingsdeel', [...inhoud.handelingsdeel, { wat: '', wie: '', wanneer: '', waar: '', keuzeuur: false }])}>{t('opp.bewerk.actieErbij')}</Button>
            </fieldset>

            <fieldset className="utrecht-form-fieldset piramide-fieldset">
              <legend className="utrecht-form-fieldset__legend piramide-legend"><Heading level={2}>{t('opp.deel.partners')}</Heading></legend>
              {inhoud.partners.map((p: Partner, n) => (
                <div key={n} className="piramide-opp-actie">
                  <TextField id={`partner-${n}-naam`} label={t('opp.bewerk.partnerNaam', { nr: n + 1 })} value={p.naam} onChange={(e) => zetIn('partners', n, { naam: e.target.value })} />
                  <TextField id={`partner-${n}-rol`} label={t('opp.bewerk.partnerRol', { nr: n + 1 })} value={p.rol} onChange={(e) => zetIn('partners', n, { rol: e.target.value })} />
                  <Button onClick={() => weg('partners', n)}>{t('opp.bewerk.partnerWeg', { nr: n + 1 })}</Button>
                </div>
              ))}
              <Button onClick={() => zet('partners', [...inhoud.partners, { naam: '', rol: '' }])}>{t('opp.bewerk.partnerErbij')}</Button>
            </fieldset>

            {STEMDELEN.map((d) => (
              <TextArea key={d} id={`opp-${d}`} label={t(`opp.deel.${d}`)} description={t(`opp.uitleg.${d}`)} value={inhoud[d]}
                onChange={(v) => zet(d, v)} error={fouten.fields[`opp-${d}`]} />
            ))}
            <TextArea id="opp-toelichting" label={t('opp.bewerk.toelichting')} description={t('opp.bewerk.toelichtingUitleg')} value={toelichting}
              onChange={setToelichting} error={fouten.fields['opp-toelichting']} rows={2} />
            <div><Button type="submit" appearance="primary" busy={bezig}>{t('opp.bewerk.opslaan')}</Button></div>
          </form>
        </>
      )}
    </Page>
  );
}
