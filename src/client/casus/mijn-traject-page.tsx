import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate, useParams } from 'react-router';
import { api } from '../api.ts';
import { useSessie } from '../auth/session.ts';
import { formatDatum, vandaag } from '../format.ts';
import { t, tMaybe } from '../i18n/t.ts';
import { serverFouten } from '../signalering/formulier-velden.ts';
import { RadioGroup, TextArea } from '../signalering/velden.tsx';
import { Alert } from '../ui/alert.tsx';
import { Bevestiging } from '../toelating/bevestiging.tsx';
import { Button, ButtonLink } from '../ui/button.tsx';
import { DataList } from '../ui/data-list.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks } from '../ui/form-errors.ts';
import { Heading, Paragraph } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { useActie } from '../ui/use-actie.ts';
import { useFormulier } from '../ui/use-formulier.ts';
import { casusKey, FACTOREN, useCasus, type Actie, type Casus, type Interventie, type Overleg } from './casus-api.ts';
import '../signalering/signalering.css';
import '../toelating/mijn-aanvraag.css';
import './casus.css';

const ANTWOORDEN = ['1', '2', '3', '4', '5'] as const;

/** The pupil's own case: what it hands her (src/server/casus/casus-inzage.ts), in child-friendly words. */
export function MijnTrajectPage() {
  const sessie = useSessie();
  const id = sessie.data?.account.leerlingId ?? '';
  const c = useCasus(id);
  const verteld = (useLocation().state as { verteld?: boolean } | null)?.verteld;
  return (
    <Page title={t('mijnTraject.titel')} terug={<Link className="piramide-back" to="/">{t('mijnTraject.terug')}</Link>}>
      {verteld && <Bevestiging><Paragraph>{t('mijnTraject.dank')}</Paragraph></Bevestiging>}
      {!id && <Paragraph>{t('mijnTraject.geen')}</Paragraph>}
      {id && c.isPending && <Loading />}
      {id && c.isError && <LoadError error={c.error} onRetry={() => c.refetch()} />}
      {c.data && !c.data.casus && <Paragraph lead>{t('mijnTraject.geen')}</Paragraph>}
      {c.data?.casus && <Inhoud leerlingId={id} casus={c.data.casus} />}
    </Page>
  );
}

function Inhoud({ leerlingId, casus }: { leerlingId: string; casus: Casus }) {
  const anderen = casus.betrokkenen.filter((b) => b.rol !== 'leerling');
  const openActies = casus.acties.filter((a) => !a.afgerond);
  return (
    <>
      <Paragraph lead>{t('mijnTraject.intro')}</Paragraph>

      <section className="piramide-section" aria-labelledby="wie-kop">
        <Heading level={2} id="wie-kop">{t('mijnTraject.wie')}</Heading>
        <Paragraph>{t('mijnTraject.casemanager', { naam: casus.casemanager.naam })}</Paragraph>
        <Paragraph><a className="utrecht-link" href={`mailto:${casus.casemanager.email}`}>{t('mijnTraject.mail', { naam: casus.casemanager.naam })}</a></Paragraph>
        {anderen.length > 0 && (
          <>
            <Paragraph>{t('mijnTraject.betrokkenen')}</Paragraph>
            <ul className="mijn-lijst">
              {anderen.map((b) => <li key={b.id}><strong>{b.naam}</strong> — {tMaybe(`casus.rol.${b.rol}`) ?? b.rol}{b.organisatie ? `, ${b.organisatie}` : ''}</li>)}
            </ul>
          </>
        )}
        {casus.groeidoel && (
          <>
            <Heading level={3}>{t('mijnTraject.doel')}</Heading>
            <blockquote className="mijn-citaat mijn-citaat--eigen">{casus.groeidoel}</blockquote>
          </>
        )}
      </section>

      <section className="piramide-section" aria-labelledby="volgend-kop">
        <Heading level={2} id="volgend-kop">{t('mijnTraject.volgend.titel')}</Heading>
        <Paragraph>{casus.volgendOverleg ? t('mijnTraject.volgend', { datum: formatDatum(casus.volgendOverleg) }) : t('mijnTraject.volgendGeen')}</Paragraph>
      </section>

      {casus.fase && (
        <section className="piramide-section" aria-labelledby="fase-kop">
          <Heading level={2} id="fase-kop">{t('mijnTraject.fase.titel')}</Heading>
          <Paragraph>{t(`mijnTraject.fase.${casus.fase.fase}`)}</Paragraph>
        </section>
      )}

      <section className="piramide-section" aria-labelledby="hulp-kop">
        <Heading level={2} id="hulp-kop">{t('mijnTraject.hulp')}</Heading>
        <Paragraph>{casus.interventies.length ? t('mijnTraject.hulpUitleg') : t('mijnTraject.hulpGeen')}</Paragraph>
        {casus.interventies.map((i) => <Hulp key={i.id} i={i} />)}
      </section>

      {openActies.length > 0 && (
        <section className="piramide-section" aria-labelledby="acties-kop">
          <Heading level={2} id="acties-kop">{t('mijnTraject.acties')}</Heading>
          <ul className="mijn-lijst">{openActies.map((a) => <ActieRegel key={a.id} a={a} leerlingId={leerlingId} />)}</ul>
        </section>
      )}

      <section className="piramide-section" aria-labelledby="gesprekken-kop">
        <Heading level={2} id="gesprekken-kop">{t('mijnTraject.gesprekken')}</Heading>
        {casus.overleggen.length === 0 && <Paragraph>{t('mijnTraject.gesprekkenGeen')}</Paragraph>}
        {casus.overleggen.map((o) => <Gesprek key={o.id} o={o} />)}
      </section>
    </>
  );
}

function Gesprek({ o }: { o: Overleg }) {
  const kop = `gesprek-${o.id}`;
  return (
    <article className="mijn-kaart" aria-labelledby={kop}>
      <Heading level={3} id={kop}>{t('mijnTraject.gesprek', { datum: formatDatum(o.datum) })}</Heading>
      {o.besluiten.length > 0 && (
        <>
          <Paragraph><strong>{t('mijnTraject.afgesproken')}</strong></Paragraph>
          <ul className="mijn-lijst">{o.besluiten.map((b, n) => <li key={n}>{b}</li>)}</ul>
        </>
      )}
      <details className="mijn-details">
        <summary>{t('mijnTraject.besproken')}</summary>
        <p className="utrecht-paragraph piramide-pre">{o.verslag}</p>
      </details>
      <Paragraph><a className="utrecht-link" href={`/api/casus-overleggen/${encodeURIComponent(o.id)}/pdf`} download>{t('mijnTraject.pdf')}</a></Paragraph>
    </article>
  );
}

function ActieRegel({ a, leerlingId }: { a: Actie; leerlingId: string }) {
  const qc = useQueryClient();
  const { fout, bezig, voerUit } = useActie();
  const afronden = () => voerUit(async () => {
    await api.post(`/api/casus-acties/${encodeURIComponent(a.id)}/afgerond`, { datum: vandaag() });
    await qc.invalidateQueries({ queryKey: casusKey(leerlingId) });
  });
  return (
    <li>
      <strong>{a.omschrijving}</strong>
      <br />
      {t('mijnTraject.actie', { wie: a.eigenaar, datum: formatDatum(a.uiterlijk) })}
      {a.magAfronden && <div><Button busy={bezig} onClick={() => void afronden()}>{t('mijnTraject.actieAfronden')}</Button></div>}
      {fout && <Alert type="error"><Paragraph>{fout}</Paragraph></Alert>}
    </li>
  );
}

/** One intervention: what it is for, what she told before, and a short form to tell how it goes. */
function Hulp({ i }: { i: Interventie }) {
  const kop = `hulp-${i.id}`;
  const eigen = i.ervaringen.filter((e) => e.perspectief === 'leerling');
  return (
    <article className="mijn-kaart" aria-labelledby={kop}>
      <Heading level={3} id={kop}>{t(`casus.interventie.${i.soort}`)}{i.omschrijving ? `: ${i.omschrijving}` : ''}</Heading>
      <Paragraph>{t('mijnTraject.hulp.van', { aanbieder: i.aanbieder })}</Paragraph>
      <DataList items={[
        { key: t('mijnTraject.hulp.waarvoor'), value: i.doel },
        { key: t('mijnTraject.hulp.wanneer'), value: i.tot ? t('casus.periode', { van: formatDatum(i.van), tot: formatDatum(i.tot) }) : t('casus.periodeOpen', { van: formatDatum(i.van) }) },
      ]} />
      {eigen.map((e, n) => (
        <div key={n}>
          <Heading level={4}>{t('mijnTraject.jijVertelde', { datum: formatDatum(e.datum) })}</Heading>
          <ul className="mijn-lijst">
            {FACTOREN.filter((f) => e.factoren[f]).map((f) => (
              <li key={f}>{t(`mijnTraject.vraag.${f}`)} <strong>{t(`mijnTraject.antwoord.${String(e.factoren[f]!.score) as '1'}`)}</strong></li>
            ))}
          </ul>
          {e.toelichting && <blockquote className="mijn-citaat mijn-citaat--eigen">{e.toelichting}</blockquote>}
        </div>
      ))}
      <p className="utrecht-paragraph">
        <ButtonLink appearance={eigen.length ? 'secondary' : 'primary'} to={`/mijn-traject/hulp/${encodeURIComponent(i.id)}`}>
          {t('mijnTraject.vertelOver', { hulp: t(`casus.interventie.${i.soort}`) })}
        </ButtonLink>
      </p>
    </article>
  );
}

/** One task per screen (UX.md): how the help goes for her, along the seven factors (source: 004 §3). */
export function VertelPage() {
  const { id: interventieId = '' } = useParams();
  const leerlingId = useSessie().data?.account.leerlingId ?? '';
  const c = useCasus(leerlingId);
  const i = c.data?.casus?.interventies.find((x) => x.id === interventieId);
  return (
    <Page title={t('mijnTraject.vertel')}
      terug={<Link className="piramide-back" to="/mijn-traject">{t('mijnTraject.terugTraject')}</Link>}>
      {c.isPending && <Loading />}
      {c.isError && <LoadError error={c.error} onRetry={() => c.refetch()} />}
      {c.data && !i && <Paragraph>{t('mijnTraject.hulpWeg')}</Paragraph>}
      {i && <Vertel i={i} leerlingId={leerlingId} />}
    </Page>
  );
}

function Vertel({ i, leerlingId }: { i: Interventie; leerlingId: string }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [antwoorden, setAntwoorden] = useState<Record<string, string>>({});
  const [toelichting, setToelichting] = useState('');
  const { fouten, poging, bezig, verstuur } = useFormulier();
  const veld = (f: string) => `vertel-${f}`;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const gekozen = FACTOREN.filter((f) => antwoorden[f]);
    const check = fromChecks([[veld(FACTOREN[0]), gekozen.length ? undefined : t('mijnTraject.nodig')]]);
    void verstuur(check, async () => {
      await api.post(`/api/casus-interventies/${encodeURIComponent(i.id)}/ervaringen`, {
        factoren: Object.fromEntries(gekozen.map((f) => [f, { score: Number(antwoorden[f]) }])),
        toelichting: toelichting.trim() || undefined,
      });
      await qc.invalidateQueries({ queryKey: casusKey(leerlingId) });
      navigate('/mijn-traject', { state: { verteld: true } });
    }, (error) => serverFouten(error, { toelichting: veld('toelichting') }));
  }

  return (
    <>
      <Paragraph lead>{t('mijnTraject.vertelDoel', { hulp: t(`casus.interventie.${i.soort}`), aanbieder: i.aanbieder, doel: i.doel })}</Paragraph>
      <Paragraph>{t('mijnTraject.vertelUitleg')}</Paragraph>
      <ErrorSummary errors={fouten.summary} focusKey={poging} />
      <form className="piramide-form" noValidate onSubmit={onSubmit}>
        {FACTOREN.map((f, n) => (
          <RadioGroup key={f} id={veld(f)} legend={t(`mijnTraject.vraag.${f}`)} value={antwoorden[f] ?? ''}
            onChange={(x) => setAntwoorden((a) => ({ ...a, [f]: x }))} error={n === 0 ? fouten.fields[veld(f)] : undefined}
            options={ANTWOORDEN.map((s) => ({ value: s, label: t(`mijnTraject.antwoord.${s}`) }))} />
        ))}
        <TextArea id={veld('toelichting')} label={t('mijnTraject.toelichting')} value={toelichting} onChange={setToelichting} rows={3} error={fouten.fields[veld('toelichting')]} />
        <div><Button type="submit" appearance="primary" busy={bezig}>{t('mijnTraject.opslaan')}</Button></div>
      </form>
    </>
  );
}
