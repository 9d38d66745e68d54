import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { formatDatum, formatTijdstip, vandaag } from '../format.ts';
import { t, tMaybe } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Button, ButtonLink } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks } from '../ui/form-errors.ts';
import { useFormulier } from '../ui/use-formulier.ts';
import { Heading, Paragraph } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../ui/table.tsx';
import { TextField } from '../ui/text-field.tsx';
import { useActie } from '../ui/use-actie.ts';
import { serverFouten } from '../signalering/formulier-velden.ts';
import { RadioGroup } from '../signalering/velden.tsx';
import { InstemmingLabel, instemmingZin } from './instemming.tsx';
import { evaluatiePdfUrl, oppKey, oppPdfUrl, postEvaluatiePlan, postOvernemen, useOpp, type Doel, type Evaluatie, type Opp } from './opp-api.ts';
import { PlanInhoud } from './plan-inhoud.tsx';
import { Klasaanpassingen } from './klasaanpassingen.tsx';
import { Portfolio } from './portfolio.tsx';
import './opp.css';

/** The OPP for the professionals around the pupil: state, plan, versions, words of parents and pupil, evaluations. */
export function OppPage() {
  const { id = '' } = useParams();
  const opp = useOpp(id);
  const data = opp.data;
  const basis = `/leerlingen/${encodeURIComponent(id)}/opp`;
  return (
    <Page title={data ? t('opp.paginatitel', { naam: data.leerling.naam }) : t('opp.titel')}
      terug={<Link className="piramide-back" to={`/leerlingen/${encodeURIComponent(id)}`}>{t('opp.terug')}</Link>}>
      {opp.isPending && <Loading />}
      {opp.isError && <LoadError error={opp.error} />}
      {data && !data.opp && (
        <>
          <Paragraph lead>{t('opp.geen', { naam: data.leerling.voornaam })}</Paragraph>
          <Paragraph>{t('opp.wanneer')}</Paragraph>
          {data.magOpstellen && <p className="utrecht-paragraph"><ButtonLink appearance="primary" to={`${basis}/bewerken`}>{t('opp.opstellen')}</ButtonLink></p>}
        </>
      )}
      {data?.vorigPlan && <VorigPlan data={data} />}
      {data?.opp && <Plan data={data} opp={data.opp} basis={basis} />}
      {data?.opp && <Portfolio id={id} wie="staf" />}
      {data && <Klasaanpassingen id={id} />}
    </Page>
  );
}

/** po → vo (003 §17.1.2): the previous school's plan, readable and to take over once the parents consent. */
function VorigPlan({ data }: { data: Opp }) {
  const queryClient = useQueryClient();
  const { fout, bezig, voerUit } = useActie();
  const v = data.vorigPlan!;
  const overnemen = () => voerUit(async () => {
    await postOvernemen(data.leerling.id);
    await queryClient.invalidateQueries({ queryKey: oppKey(data.leerling.id) });
  });
  return (
    <Alert type={v.toestemming ? 'info' : 'warning'} title={t('opp.vorig.titel', { school: v.school })}>
      <Paragraph>{v.toestemming ? t('opp.vorig.metToestemming') : t('opp.vorig.zonderToestemming')}</Paragraph>
      {fout && <Paragraph>{fout}</Paragraph>}
      {v.toestemming && data.magOpstellen && <Button appearance="primary" busy={bezig} onClick={overnemen}>{t('opp.vorig.overnemen')}</Button>}
    </Alert>
  );
}

function Plan({ data, opp, basis }: { data: Opp; opp: NonNullable<Opp['opp']>; basis: string }) {
  return (
    <>
      <div className="piramide-opp-stand">
        <p className="utrecht-paragraph">
          <strong>{t('opp.regel.versie', { versie: opp.versie })}</strong>{' '}
          <InstemmingLabel stand={opp.instemming.stand} />
        </p>
        <p className="utrecht-paragraph">{instemmingZin(opp.instemming.stand, opp.instemming.besluiten)}</p>
        <p className="utrecht-paragraph piramide-opp-klein">{t('opp.versie.door', { door: opp.door, tijdstip: formatTijdstip(opp.aangemaakt) })}</p>
        <p className="utrecht-paragraph"><a className="utrecht-link" href={oppPdfUrl(data.leerling.id)} download>{t('opp.pdf', { versie: opp.versie })}</a></p>
      </div>
      {opp.afgesloten && <Alert type="info" title={t('opp.afgesloten.titel')}><Paragraph>{t('opp.afgesloten.tekst', { datum: formatDatum(opp.afgesloten) })}</Paragraph></Alert>}
      {opp.stoppenOverwegen && <Alert type="ok" title={t('opp.stoppen.titel')}><Paragraph>{t('opp.stoppen.tekst')}</Paragraph></Alert>}
      {!opp.afgesloten && !opp.evaluatieMetOudersDitJaar && <Alert type="warning"><Paragraph>{t('opp.evaluatie.metOudersNodig')}</Paragraph></Alert>}
      {data.magOpstellen && !opp.afgesloten && (
        <p className="utrecht-paragraph piramide-opp-knoppen">
          <ButtonLink appearance="primary" to={`${basis}/bewerken`}>{t('opp.nieuweVersie')}</ButtonLink>{' '}
          <ButtonLink to={`${basis}/evaluatie`}>{t('opp.evaluatie.vastleggen')}</ButtonLink>
        </p>
      )}

      <PlanInhoud inhoud={opp.inhoud} />

      <section className="piramide-section" aria-labelledby="inbreng-kop">
        <Heading level={2} id="inbreng-kop">{t('opp.inbreng.titel')}</Heading>
        {opp.inbreng.length === 0 ? <Paragraph>{t('opp.inbreng.geen')}</Paragraph> : (
          <ul className="piramide-opp-acties">
            {opp.inbreng.map((i, n) => (
              <li key={n} className="piramide-opp-actie">
                <p className="utrecht-paragraph piramide-opp-klein">{t(`opp.inbreng.van.${i.soort}`, { naam: i.door, tijdstip: formatTijdstip(i.tijdstip), versie: i.versie })}</p>
                <p className="utrecht-paragraph piramide-opp-tekst">{i.tekst}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <Evaluaties id={data.leerling.id} evaluaties={opp.evaluaties} doelen={opp.inhoud.doelen} mag={data.magOpstellen && !opp.afgesloten} />

      <section className="piramide-section" aria-labelledby="versies-kop">
        <Heading level={2} id="versies-kop">{t('opp.versies.titel')}</Heading>
        <Table caption={t('opp.versies.titel')} captionHidden scroll>
          <THead><Tr><Th>{t('opp.versies.versie')}</Th><Th>{t('opp.versies.wat')}</Th><Th>{t('opp.versies.door')}</Th><Th>{t('opp.versies.instemming')}</Th></Tr></THead>
          <TBody>
            {opp.versies.map((v) => (
              <Tr key={v.versie}>
                <Td><Link to={`${basis}/versies/${v.versie}`}>{t('opp.versies.link', { versie: v.versie })}</Link></Td>
                <Td>{v.toelichting}</Td>
                <Td>{t('opp.versies.doorOp', { door: v.door, tijdstip: formatTijdstip(v.aangemaakt) })}</Td>
                <Td><InstemmingLabel stand={v.instemming} /></Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </section>
    </>
  );
}

function Evaluaties({ id, evaluaties, doelen, mag }: { id: string; evaluaties: Evaluatie[]; doelen: Doel[]; mag: boolean }) {
  const doelTekst = (sleutel: string) => doelen.find((d) => d.sleutel === sleutel)?.omschrijving ?? sleutel;
  const queryClient = useQueryClient();
  const [gepland, setGepland] = useState('');
  const [metOuders, setMetOuders] = useState('ja');
  const { fouten, poging, bezig, verstuur } = useFormulier();

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const check = fromChecks([['evaluatie-gepland', gepland ? undefined : t('opp.evaluatie.datumNodig')]]);
    void verstuur(check, async () => {
      await postEvaluatiePlan(id, { gepland, metOuders: metOuders === 'ja' });
      setGepland('');
      await queryClient.invalidateQueries({ queryKey: oppKey(id) });
    }, (error) => serverFouten(error, { gepland: 'evaluatie-gepland' }));
  }

  const heden = vandaag();
  return (
    <section className="piramide-section" aria-labelledby="evaluaties-kop">
      <Heading level={2} id="evaluaties-kop">{t('opp.evaluaties.titel')}</Heading>
      {evaluaties.length === 0 ? <Paragraph>{t('opp.evaluaties.geen')}</Paragraph> : (
        <ul className="piramide-opp-acties">
          {evaluaties.map((e) => (
            <li key={e.id} className="piramide-opp-actie">
              {e.gehouden ? (
                <>
                  <p className="utrecht-paragraph"><strong>{t('opp.evaluatie.gehouden', { datum: formatDatum(e.gehouden) })}</strong>{' '}
                    {e.uitkomst && <span className="piramide-badge">{t(`opp.uitkomst.${e.uitkomst}`)}</span>}</p>
                  <p className="utrecht-paragraph piramide-opp-klein">{t('opp.evaluatie.deelnemers', { wie: e.deelnemers.map((d) => tMaybe(`opp.deelnemer.${d}`) ?? d).join(', ') })}</p>
                  <p className="utrecht-paragraph piramide-opp-tekst">{e.notities}</p>
                  <p className="utrecht-paragraph"><a className="utrecht-link" href={evaluatiePdfUrl(id, e.id)} download>{t('opp.evaluatie.pdf', { datum: formatDatum(e.gehouden) })}</a></p>
                  <ul className="utrecht-unordered-list">
                    {e.doelen.map((d) => <li key={d.sleutel} className="utrecht-unordered-list__item">{t('opp.evaluatie.doel', { doel: doelTekst(d.sleutel), resultaat: t(`opp.resultaat.${d.resultaat}`) })}{d.toelichting ? ` — ${d.toelichting}` : ''}</li>)}
                  </ul>
                </>
              ) : (
                <p className="utrecht-paragraph">
                  {t(e.gepland < heden ? 'opp.evaluatie.teLaat' : 'opp.evaluatie.gepland', { datum: formatDatum(e.gepland) })}{' '}
                  {e.metOuders && <span className="piramide-badge">{t('opp.evaluatie.metOuders')}</span>}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {mag && (
        <>
          <Heading level={3}>{t('opp.evaluatie.plannen')}</Heading>
          <ErrorSummary errors={fouten.summary} focusKey={poging} />
          <form className="piramide-form" noValidate onSubmit={onSubmit}>
            <TextField id="evaluatie-gepland" type="date" label={t('opp.evaluatie.datum')} value={gepland}
              onChange={(e) => setGepland(e.target.value)} error={fouten.fields['evaluatie-gepland']} />
            <RadioGroup id="evaluatie-ouders" legend={t('opp.evaluatie.metOudersVraag')} value={metOuders} onChange={setMetOuders} horizontal
              options={[{ value: 'ja', label: t('opp.ja') }, { value: 'nee', label: t('opp.nee') }]} />
            <div><Button type="submit" busy={bezig}>{t('opp.evaluatie.plan')}</Button></div>
          </form>
        </>
      )}
    </section>
  );
}
