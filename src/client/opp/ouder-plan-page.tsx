import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { formatDatum, formatTijdstip } from '../format.ts';
import { t } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Button, ButtonGroup } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks, geenFouten } from '../ui/form-errors.ts';
import { useFormulier } from '../ui/use-formulier.ts';
import { Heading, Paragraph } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { useActie } from '../ui/use-actie.ts';
import { serverFouten } from '../signalering/formulier-velden.ts';
import { TextArea } from '../signalering/velden.tsx';
import { InstemmingLabel, instemmingZin } from './instemming.tsx';
import { oppKey, oppPdfUrl, postInbreng, postOverdrachtToestemming, postInstemming, useMijnPlan, useOpp, type Opp } from './opp-api.ts';
import { PlanInhoud } from './plan-inhoud.tsx';
import { Portfolio } from './portfolio.tsx';
import '../signalering/signalering.css';
import './opp.css';

/** A parent's view of the plan: plain words, phone first, consent and "your view" one tap away. */
export function OuderPlanPage() {
  const { id = '' } = useParams();
  const opp = useOpp(id);
  return (
    <Page title={t('opp.ouder.titel')} terug={<Link className="piramide-back" to={`/mijn-kinderen/${encodeURIComponent(id)}`}>{t('opp.ouder.terug')}</Link>}>
      {opp.isPending && <Loading />}
      {opp.isError && <LoadError error={opp.error} />}
      {opp.data && <PlanVoorThuis data={opp.data} wie="ouder" />}
    </Page>
  );
}

/** The pupil's own plan, in child-friendly words. */
export function MijnPlanPage() {
  const plan = useMijnPlan();
  return (
    <Page title={t('opp.leerling.titel')} terug={<Link className="piramide-back" to="/">{t('opp.leerling.terug')}</Link>}>
      {plan.isPending && <Loading />}
      {plan.isError && <LoadError error={plan.error} />}
      {plan.data && <PlanVoorThuis data={plan.data} wie="leerling" />}
    </Page>
  );
}

function PlanVoorThuis({ data, wie }: { data: Opp; wie: 'ouder' | 'leerling' }) {
  const o = data.opp;
  if (!o) return <Paragraph lead>{t(`opp.${wie}.geen`, { naam: data.leerling.voornaam })}</Paragraph>;
  return (
    <>
      <Paragraph lead>{t(`opp.${wie}.intro`, { naam: data.leerling.voornaam })}</Paragraph>
      {o.afgesloten && <Alert type="info"><Paragraph>{t('opp.afgesloten.tekst', { datum: formatDatum(o.afgesloten) })}</Paragraph></Alert>}
      {data.magInstemmen && !o.afgesloten && <Instemmen data={data} />}
      {!data.magInstemmen && (
        <p className="utrecht-paragraph"><InstemmingLabel stand={o.instemming.stand} /></p>
      )}
      {o.volgendeEvaluatie && <Paragraph>{t(`opp.${wie}.evaluatie`, { datum: formatDatum(o.volgendeEvaluatie) })}</Paragraph>}
      {o.inhoud.thuis.trim() && (
        <Alert type="info" title={t(`opp.${wie}.thuis`)}><p className="utrecht-paragraph piramide-opp-tekst">{o.inhoud.thuis}</p></Alert>
      )}
      {data.magInbreng && !o.afgesloten && <Inbreng data={data} wie={wie} />}
      {data.magInstemmen && !o.afgesloten && <Meegeven data={data} />}
      <PlanInhoud inhoud={{ ...o.inhoud, thuis: '' }} />
      <Portfolio id={data.leerling.id} wie={wie} />
      <p className="utrecht-paragraph"><a className="utrecht-link" href={oppPdfUrl(data.leerling.id)} download>{t('opp.pdf', { versie: o.versie })}</a></p>
    </>
  );
}

/** Consent that the plan goes along to the next school, e.g. from po to vo (003 §17.1.2). */
function Meegeven({ data }: { data: Opp }) {
  const queryClient = useQueryClient();
  const [klaar, setKlaar] = useState(false);
  const { fout, bezig, voerUit } = useActie();
  const geef = () => voerUit(async () => {
    await postOverdrachtToestemming(data.leerling.id);
    setKlaar(true);
    await queryClient.invalidateQueries({ queryKey: oppKey(data.leerling.id) });
  });
  return (
    <section className="piramide-section" aria-labelledby="meegeven-kop">
      <Heading level={2} id="meegeven-kop">{t('opp.meegeven.titel')}</Heading>
      <Paragraph>{t('opp.meegeven.uitleg', { naam: data.leerling.voornaam })}</Paragraph>
      {klaar && <Alert type="ok" live="polite"><Paragraph>{t('opp.meegeven.dank')}</Paragraph></Alert>}
      {fout && <Alert type="error"><Paragraph>{fout}</Paragraph></Alert>}
      {!klaar && (data.opp!.meegeven ? <Paragraph>{t('opp.meegeven.al')}</Paragraph> : <Button busy={bezig} onClick={geef}>{t('opp.meegeven.knop')}</Button>)}
    </section>
  );
}

function Instemmen({ data }: { data: Opp }) {
  const o = data.opp!;
  const queryClient = useQueryClient();
  const [toelichting, setToelichting] = useState('');
  const { fouten, poging, bezig, verstuur } = useFormulier();
  const [klaar, setKlaar] = useState<'ingestemd' | 'niet_ingestemd' | null>(null);

  function kies(besluit: 'ingestemd' | 'niet_ingestemd') {
    void verstuur(geenFouten, async () => {
      await postInstemming(data.leerling.id, { versie: o.versie, besluit, toelichting: toelichting.trim() || undefined });
      setKlaar(besluit);
      setToelichting('');
      await queryClient.invalidateQueries({ queryKey: oppKey(data.leerling.id) });
    }, (error) => serverFouten(error, { toelichting: 'instemming-toelichting' }));
  }

  return (
    <section className="piramide-section piramide-opp-instemmen" aria-labelledby="instemmen-kop">
      <Heading level={2} id="instemmen-kop">{t('opp.ouder.instemmen.titel')}</Heading>
      <p className="utrecht-paragraph"><InstemmingLabel stand={o.instemming.stand} /></p>
      <Paragraph>{instemmingZin(o.instemming.stand, o.instemming.besluiten)}</Paragraph>
      {klaar && <Alert type="ok" live="polite"><Paragraph>{t(`opp.ouder.instemmen.dank.${klaar}`)}</Paragraph></Alert>}
      <Paragraph>{t('opp.ouder.instemmen.uitleg', { versie: o.versie })}</Paragraph>
      {o.versie > 1 && (
        <p className="utrecht-paragraph">
          <Link to={`/mijn-kinderen/${encodeURIComponent(data.leerling.id)}/plan/versies/${o.versie}`}>{t('opp.ouder.watVeranderd', { vorige: o.versie - 1 })}</Link>
        </p>
      )}
      <ErrorSummary errors={fouten.summary} focusKey={poging} />
      <TextArea id="instemming-toelichting" label={t('opp.ouder.instemmen.toelichting')} value={toelichting} onChange={setToelichting}
        error={fouten.fields['instemming-toelichting']} rows={2} />
      <ButtonGroup>
        <Button appearance="primary" busy={bezig} onClick={() => kies('ingestemd')}>{t('opp.ouder.instemmen.ja')}</Button>
        <Button busy={bezig} onClick={() => kies('niet_ingestemd')}>{t('opp.ouder.instemmen.nee')}</Button>
      </ButtonGroup>
    </section>
  );
}

function Inbreng({ data, wie }: { data: Opp; wie: 'ouder' | 'leerling' }) {
  const queryClient = useQueryClient();
  const [tekst, setTekst] = useState('');
  const { fouten, poging, bezig, verstuur } = useFormulier();
  const [klaar, setKlaar] = useState(false);
  const eigen = data.opp!.inbreng.filter((i) => i.soort === wie);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const check = fromChecks([['tekst', tekst.trim() ? undefined : t(`opp.${wie}.inbreng.nodig`)]]);
    void verstuur(check, async () => {
      await postInbreng(data.leerling.id, { tekst });
      setTekst('');
      setKlaar(true);
      await queryClient.invalidateQueries({ queryKey: wie === 'leerling' ? ['mijn-plan'] : oppKey(data.leerling.id) });
      // the input's id is the body field's name, so a server error lands on it
    }, (error) => serverFouten(error));
  }

  return (
    <section className="piramide-section" aria-labelledby="inbreng-kop">
      <Heading level={2} id="inbreng-kop">{t(`opp.${wie}.inbreng.titel`)}</Heading>
      {eigen.map((i, n) => (
        <div key={n} className="piramide-opp-actie">
          <p className="utrecht-paragraph piramide-opp-klein">{t('opp.ouder.inbreng.eerder', { tijdstip: formatTijdstip(i.tijdstip) })}</p>
          <p className="utrecht-paragraph piramide-opp-tekst">{i.tekst}</p>
        </div>
      ))}
      {klaar && <Alert type="ok" live="polite"><Paragraph>{t(`opp.${wie}.inbreng.dank`)}</Paragraph></Alert>}
      <ErrorSummary errors={fouten.summary} focusKey={poging} />
      <form className="piramide-form" noValidate onSubmit={onSubmit}>
        <TextArea id="tekst" label={t(`opp.${wie}.inbreng.label`)} value={tekst} onChange={setTekst} error={fouten.fields['tekst']} />
        <div><Button type="submit" busy={bezig}>{t(`opp.${wie}.inbreng.versturen`)}</Button></div>
      </form>
    </section>
  );
}
