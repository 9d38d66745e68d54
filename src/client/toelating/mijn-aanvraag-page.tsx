import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import { useSessie } from '../auth/session.ts';
import { formatDatum, vandaag } from '../format.ts';
import { t, tMaybe } from '../i18n/t.ts';
import { serverFouten } from '../signalering/formulier-velden.ts';
import { TextArea } from '../signalering/velden.tsx';
import { Alert } from '../ui/alert.tsx';
import { Button } from '../ui/button.tsx';
import { DataList } from '../ui/data-list.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks } from '../ui/form-errors.ts';
import { Heading, Paragraph } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { useFormulier } from '../ui/use-formulier.ts';
import { Bevestiging } from './bevestiging.tsx';
import { toelatingKey, useToelating, type Aanvraag, type Toelating } from './toelating-api.ts';
import './mijn-aanvraag.css';

/** As the server allows (source: the stem body's limit). */
const MAX_STEM = 1000;
const OPEN: Aanvraag['status'][] = ['wacht_op_ouders', 'bij_commissie'];
const STAPPEN = ['ouders', 'commissie', 'besluit'] as const;

/** The open applications first, then the newest decided one; withdrawn ones last. */
export function mijnAanvragen(d: Toelating): { actueel: Aanvraag[]; eerder: Aanvraag[] } {
  const open = d.aanvragen.filter((a) => OPEN.includes(a.status));
  const besloten = d.aanvragen.filter((a) => a.status === 'besloten');
  const actueel = open.length ? open : besloten.slice(0, 1);
  return { actueel, eerder: d.aanvragen.filter((a) => !actueel.includes(a)) };
}

/** The pupil's own application, in plain words, with her voice (hoorrecht, source: 000). */
export function MijnAanvraagPage() {
  const sessie = useSessie();
  const id = sessie.data?.account.leerlingId ?? '';
  const toelating = useToelating(id);
  return (
    <Page title={t('mijnAanvraag.titel')} terug={<Link className="piramide-back" to="/">{t('mijnAanvraag.terug')}</Link>}>
      {!id && <Paragraph>{t('mijnAanvraag.geen')}</Paragraph>}
      {id && toelating.isPending && <Loading />}
      {id && toelating.isError && <LoadError error={toelating.error} onRetry={() => toelating.refetch()} />}
      {toelating.data && <Inhoud leerlingId={id} d={toelating.data} />}
    </Page>
  );
}

function Inhoud({ leerlingId, d }: { leerlingId: string; d: Toelating }) {
  const { actueel, eerder } = mijnAanvragen(d);
  if (d.aanvragen.length === 0) {
    return (
      <>
        <Paragraph lead>{t('mijnAanvraag.geen')}</Paragraph>
        <Paragraph>{t('mijnAanvraag.geenUitleg')}</Paragraph>
      </>
    );
  }
  return (
    <>
      <Paragraph lead>{t('mijnAanvraag.intro')}</Paragraph>
      {actueel.map((a) => <AanvraagVoorMij key={a.id} a={a} d={d} leerlingId={leerlingId} kopNiveau={2} />)}
      {eerder.length > 0 && (
        <section className="piramide-section" aria-labelledby="eerder-kop">
          <Heading level={2} id="eerder-kop">{t('mijnAanvraag.eerder')}</Heading>
          {eerder.map((a) => <AanvraagVoorMij key={a.id} a={a} d={d} leerlingId={leerlingId} kopNiveau={3} />)}
        </section>
      )}
    </>
  );
}

function AanvraagVoorMij({ a, d, leerlingId, kopNiveau }: { a: Aanvraag; d: Toelating; leerlingId: string; kopNiveau: 2 | 3 }) {
  const sub = (kopNiveau + 1) as 3 | 4;
  const kop = `aanvraag-${a.id}`;
  const v = a.voorzieningOver;
  return (
    <section className="piramide-section mijn-aanvraag" aria-labelledby={kop}>
      <Heading level={kopNiveau} id={kop}>{t('mijnAanvraag.kop', { voorziening: a.voorziening })}</Heading>
      <Paragraph>{t('mijnAanvraag.gevraagd', { wie: a.aangevraagdDoor, school: a.school, datum: formatDatum(a.aangevraagd), voorziening: a.voorziening })}</Paragraph>

      <Heading level={sub}>{t('mijnAanvraag.watIsHet')}</Heading>
      {tMaybe(`mijnAanvraag.wat.${v.vorm}`) && <Paragraph>{tMaybe(`mijnAanvraag.wat.${v.vorm}`)}</Paragraph>}
      <DataList items={[
        { key: t('mijnAanvraag.wanneer'), value: v.dagenTijden },
        { key: t('mijnAanvraag.waar'), value: v.locatie },
        { key: t('mijnAanvraag.hoeLang'), value: tMaybe(`aanbod.duur.${v.duur}`) ?? v.duur },
        { key: t('mijnAanvraag.doelen'), value: v.doelen },
      ]} />

      <Heading level={sub}>{t('mijnAanvraag.stand')}</Heading>
      <Stappen a={a} />
      {a.status === 'ingetrokken' && <Paragraph>{t('mijnAanvraag.ingetrokken')}</Paragraph>}
      {a.status === 'besloten' && <Besluit a={a} d={d} kopNiveau={sub} />}

      <Stem a={a} leerlingId={leerlingId} kopNiveau={sub} />
    </section>
  );
}

/** The three steps of an application, the current one named in words (not by colour alone). */
function Stappen({ a }: { a: Aanvraag }) {
  const nu = a.status === 'wacht_op_ouders' ? 0 : a.status === 'bij_commissie' ? 1 : a.status === 'besloten' ? 3 : -1;
  if (nu < 0) return null;
  return (
    <ol className="mijn-stappen">
      {STAPPEN.map((s, i) => {
        const stand = i < nu || nu === 3 ? 'klaar' : i === nu ? 'nu' : 'straks';
        return (
          <li key={s} className={`mijn-stap mijn-stap--${stand}`} aria-current={stand === 'nu' ? 'step' : undefined}>
            <span className="mijn-stap__stand">{t(`mijnAanvraag.stap.${stand}`)}</span>
            <span>{t(`mijnAanvraag.stap.${s}`)}</span>
          </li>
        );
      })}
    </ol>
  );
}

/** What the decision means for her; the reasons are told by her parents or school. */
function Besluit({ a, d, kopNiveau }: { a: Aanvraag; d: Toelating; kopNiveau: 3 | 4 }) {
  const naar = a.besluit === 'andere_voorziening' ? a.besluitVoorziening ?? '' : a.voorziening;
  const wacht = d.wachtlijst.find((w) => w.voorziening === naar);
  const plek = d.plaatsingen.find((p) => p.voorziening === naar && !p.tot);
  return (
    <>
      <Heading level={kopNiveau}>{t('mijnAanvraag.besluit.titel')}</Heading>
      <Alert type="info">
        {a.besluit && <Paragraph>{t(`mijnAanvraag.besluit.${a.besluit as 'aanbevolen'}`, { voorziening: naar })}</Paragraph>}
        {plek ? <Paragraph>{t('mijnAanvraag.plaatsing', { voorziening: plek.voorziening, datum: formatDatum(plek.van), weken: plek.wenperiodeWeken })}</Paragraph>
          : wacht ? (
            <>
              <Paragraph>{t('mijnAanvraag.wachtlijst', { voorziening: wacht.voorziening, positie: wacht.positie, totaal: wacht.totaal })}</Paragraph>
              {wacht.geschatteStart && wacht.geschatteStart > vandaag() && <Paragraph>{t('mijnAanvraag.wachtlijstStart', { datum: formatDatum(wacht.geschatteStart) })}</Paragraph>}
            </>
          ) : a.besluit !== 'nu_niet' && <Paragraph>{t('mijnAanvraag.besluit.aanbevolenVerder', { voorziening: naar })}</Paragraph>}
        <Paragraph>{t('mijnAanvraag.besluit.waarom', { wie: a.aangevraagdDoor })}</Paragraph>
      </Alert>
    </>
  );
}

/** Her own words: written and changed until the commissie decides. */
function Stem({ a, leerlingId, kopNiveau }: { a: Aanvraag; leerlingId: string; kopNiveau: 3 | 4 }) {
  const kanNog = OPEN.includes(a.status);
  const queryClient = useQueryClient();
  const [tekst, setTekst] = useState(a.stemLeerlingZelf ?? '');
  const [bewerken, setBewerken] = useState(!a.stemLeerlingZelf);
  const [opgeslagen, setOpgeslagen] = useState(false);
  const { fouten, poging, bezig, verstuur } = useFormulier();
  const veld = `stem-${a.id}`;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const schoon = tekst.trim();
    const check = fromChecks([[veld, !schoon ? t('mijnAanvraag.stem.leeg') : schoon.length > MAX_STEM ? t('mijnAanvraag.stem.teLang', { max: MAX_STEM }) : undefined]]);
    void verstuur(check, async () => {
      await api.post(`/api/aanvragen/${encodeURIComponent(a.id)}/stem`, { tekst: schoon });
      setOpgeslagen(true);
      setBewerken(false);
      await queryClient.invalidateQueries({ queryKey: toelatingKey(leerlingId) });
    }, (error) => serverFouten(error, { tekst: veld }));
  }

  return (
    <>
      <Heading level={kopNiveau}>{t('mijnAanvraag.stem.titel')}</Heading>
      {kanNog && <Paragraph>{t('mijnAanvraag.stem.uitleg')}</Paragraph>}
      <Paragraph>{t('mijnAanvraag.stem.school')}</Paragraph>
      <blockquote className="mijn-citaat">{a.stemLeerling}</blockquote>
      {opgeslagen && <Bevestiging><Paragraph>{t('mijnAanvraag.stem.opgeslagen')}</Paragraph></Bevestiging>}
      {a.stemLeerlingZelf && !bewerken && (
        <>
          <Paragraph>{t('mijnAanvraag.stem.jij')}</Paragraph>
          <blockquote className="mijn-citaat mijn-citaat--eigen">{a.stemLeerlingZelf}</blockquote>
        </>
      )}
      {!kanNog && <Paragraph>{a.stemLeerlingZelf ? t('mijnAanvraag.stem.dicht') : t('mijnAanvraag.stem.niets')}</Paragraph>}
      {kanNog && !bewerken && (
        <Button onClick={() => { setOpgeslagen(false); setBewerken(true); }}>{t('mijnAanvraag.stem.veranderen')}</Button>
      )}
      {kanNog && bewerken && (
        <>
          <ErrorSummary errors={fouten.summary} focusKey={poging} />
          <form className="piramide-form" noValidate onSubmit={onSubmit}>
            <TextArea id={veld} label={t('mijnAanvraag.stem.label')} description={t('mijnAanvraag.stem.hulp')} value={tekst} onChange={setTekst} rows={5} error={fouten.fields[veld]} />
            <div><Button type="submit" appearance="primary" busy={bezig}>{t('mijnAanvraag.stem.opslaan')}</Button></div>
          </form>
        </>
      )}
    </>
  );
}
