import { Navigate, useLocation, useParams } from 'react-router';
import { formatDatum, vandaag } from '../format.ts';
import { t, tMaybe } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { ButtonLink } from '../ui/button.tsx';
import { DataList } from '../ui/data-list.tsx';
import { Heading, Paragraph } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { BesluitForm } from './besluit-form.tsx';
import { OuderForm } from './ouder-form.tsx';
import { useToelating, type Aanvraag, type Toelating } from './toelating-api.ts';
import '../aanbod/aanbod.css';

/** One pupil's applications, waiting-list places and placements; each person acts in their own part. */
export function ToelatingPage() {
  const { id = '' } = useParams();
  const toelating = useToelating(id);
  const opgeslagen = (useLocation().state as { opgeslagen?: boolean } | null)?.opgeslagen;
  const d = toelating.data;
  // The pupil is handed her own part of the application only: her page shows it in her words.
  if (d?.mag.leerling) return <Navigate to="/mijn-aanvraag" replace />;
  const terug = d?.mag.ouder ? `/mijn-kinderen/${encodeURIComponent(id)}` : d?.mag.besluiten ? '/commissie' : d?.mag.plaatsen ? '/voorziening' : `/leerlingen/${encodeURIComponent(id)}`;
  return (
    <Page title={t('toel.titel')} terug={<Link className="piramide-back" to={terug}>{t('toel.terugNaar')}</Link>}>
      {opgeslagen && <Alert type="ok" live="polite">{t('toel.opgeslagen')}</Alert>}
      {toelating.isPending && <Loading />}
      {toelating.isError && <LoadError error={toelating.error} />}
      {d && <Inhoud id={id} d={d} />}
    </Page>
  );
}

function Inhoud({ id, d }: { id: string; d: Toelating }) {
  return (
    <>
      {d.mag.aanvragen && <p className="utrecht-paragraph"><ButtonLink appearance="primary" to={`/leerlingen/${encodeURIComponent(id)}/aanvraag`}>{t('toel.aanvragen')}</ButtonLink></p>}
      <section className="piramide-section" aria-labelledby="wachtlijst-kop">
        <Heading level={2} id="wachtlijst-kop">{t('toel.wachtlijst')}</Heading>
        {d.wachtlijst.length === 0 ? <Paragraph>{t('toel.geenWachtlijst')}</Paragraph> : d.wachtlijst.map((w) => (
          <div key={w.id} className="aanbod-kaart">
            <p className="utrecht-paragraph aanbod-positie">{t('toel.positie', { positie: w.positie, totaal: w.totaal })}</p>
            <p className="utrecht-paragraph">{t('toel.opWachtlijst', { voorziening: w.voorziening, sinds: formatDatum(w.sinds) })}</p>
            <p className="utrecht-paragraph">{startTekst(w.geschatteStart)}</p>
            <p className="utrecht-paragraph">{t('toel.voorrang', { regel: t(`toel.prio.${w.prioriteit as 'regulier'}`) })}</p>
          </div>
        ))}
        <details className="piramide-details">
          <summary>{t('toel.regels')}</summary>
          <ol className="utrecht-ordered-list">{d.regels.prioriteit.map((r) => <li key={r.prioriteit} className="utrecht-ordered-list__item">{r.regel}</li>)}</ol>
          <Paragraph>{d.regels.volgorde}</Paragraph>
        </details>
      </section>
      <section className="piramide-section" aria-labelledby="aanvragen-kop">
        <Heading level={2} id="aanvragen-kop">{t('toel.aanvragenKop')}</Heading>
        {d.aanvragen.length === 0 ? <Paragraph>{t('toel.geenAanvragen')}</Paragraph> : d.aanvragen.map((a) => (
          <AanvraagBlok key={a.id} a={a} d={d} leerlingId={id} />
        ))}
      </section>
      <section className="piramide-section" aria-labelledby="plaatsingen-kop">
        <Heading level={2} id="plaatsingen-kop">{t('toel.plaatsingen')}</Heading>
        {d.plaatsingen.length === 0 ? <Paragraph>{t('toel.geenPlaatsingen')}</Paragraph> : (
          <ul className="utrecht-unordered-list">
            {d.plaatsingen.map((p) => (
              <li key={p.id} className="utrecht-unordered-list__item">
                {t('toel.plaatsingRegel', { voorziening: p.voorziening, van: formatDatum(p.van), status: t(`toel.status.${p.status as 'gepland'}`) })}
                {' '}{t('toel.wenperiode', { weken: p.wenperiodeWeken, tot: formatDatum(p.wenperiodeTot) })}
                {p.afspraakId && <> · <Link to={`/afspraken/${p.afspraakId}`}>{t('toel.afspraak')}</Link></>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** Today means a place is free now; the coordinator then plans the start with the parents. */
export function startTekst(datum: string | null, voor: 'ouder' | 'coordinator' = 'ouder'): string {
  if (!datum) return voor === 'ouder' ? t('toel.startOnbekend') : t('toel.startOnbekendCoord');
  if (datum > vandaag()) return t('toel.verwachteStart', { datum: formatDatum(datum) });
  return voor === 'ouder' ? t('toel.nuPlaats') : t('toel.nuPlaatsCoord');
}

function AanvraagBlok({ a, d, leerlingId }: { a: Aanvraag; d: Toelating; leerlingId: string }) {
  const kop = `aanvraag-${a.id}`;
  return (
    <article className="aanbod-kaart" aria-labelledby={kop}>
      <Heading level={3} id={kop}>{t('toel.aanvraagKop', { voorziening: a.voorziening })}</Heading>
      <p className="utrecht-paragraph aanbod-signaal">{t(`toel.aanvraagStatus.${a.status}`)}</p>
      <DataList items={[
        { key: t('toel.aangevraagd'), value: t('toel.doorOp', { naam: a.aangevraagdDoor, datum: formatDatum(a.aangevraagd) }) },
        { key: t('toel.hulpvraag'), value: a.hulpvraag },
        { key: t('toel.stemLeerling'), value: a.stemLeerlingZelf ? `${a.stemLeerling} — ${t('toel.zelf')}: ${a.stemLeerlingZelf}` : a.stemLeerling },
        { key: t('toel.ouders'), value: a.ouderInstemming === null ? t('toel.oudersNog') : `${a.ouderInstemming ? t('toel.oudersJa') : t('toel.oudersNee')}${a.ouderVisie ? ` — ${a.ouderVisie}` : ''}` },
        { key: t('toel.dossier'), value: a.dossier.length === 0 ? t('toel.geenDossier') : (
          <ul className="utrecht-unordered-list">{a.dossier.map((x, i) => <li key={i} className="utrecht-unordered-list__item">{x.datum ? `${formatDatum(x.datum)} · ` : ''}{tMaybe(`toel.dossier.${x.soort}`) ?? x.soort}: {x.omschrijving}</li>)}</ul>
        ) },
      ]} />
      {a.besluit && (
        <Alert type={a.besluit === 'nu_niet' ? 'info' : 'ok'} title={t(`toel.besluit.${a.besluit as 'aanbevolen'}`, { voorziening: a.besluitVoorziening ?? a.voorziening })}>
          <p className="utrecht-paragraph">{t('toel.redenen')}: {a.redenen}</p>
          {a.advies && <p className="utrecht-paragraph">{t('toel.advies')}: {a.advies}</p>}
          {a.gewogenBronnen && (
            <ul className="utrecht-unordered-list">{a.gewogenBronnen.map((b) => <li key={b.bron} className="utrecht-unordered-list__item">{t(`aanbod.bron.${b.bron as 'lvs'}`)}: {b.weging}</li>)}</ul>
          )}
          <p className="utrecht-paragraph">{t('toel.gedragswetenschapper', { naam: a.gedragswetenschapper ?? '' })}</p>
        </Alert>
      )}
      {d.mag.ouder && a.status === 'wacht_op_ouders' && <OuderForm aanvraagId={a.id} leerlingId={leerlingId} />}
      {d.mag.besluiten && a.status === 'bij_commissie' && <BesluitForm aanvraag={a} leerlingId={leerlingId} />}
    </article>
  );
}
