import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import { formatDatum, vandaag } from '../format.ts';
import { t } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Button, ButtonGroup } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks } from '../ui/form-errors.ts';
import { Heading, Paragraph } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { TextField } from '../ui/text-field.tsx';
import { useToelatingFormulier } from './actie.ts';
import { startTekst } from './toelating-page.tsx';
import { useVoorzieningWerk, WERK_KEY, type CoordinatorRij } from './toelating-api.ts';
import '../aanbod/aanbod.css';
import { WachtlijstWijzigen } from './wachtlijst-wijzigen.tsx';


/** The coordinator's waiting list and plaatsingstraject, per provision (003 §18.2–18.4). */
export function CoordinatorPage() {
  const werk = useVoorzieningWerk();
  return (
    <Page title={t('coord.titel')}>
      {werk.isPending && <Loading />}
      {werk.isError && <LoadError error={werk.error} />}
      {werk.data && (
        <>
          <details className="piramide-details">
            <summary>{t('toel.regels')}</summary>
            <ol className="utrecht-ordered-list">{werk.data.regels.prioriteit.map((r) => <li key={r.prioriteit} className="utrecht-ordered-list__item">{r.regel}</li>)}</ol>
            <Paragraph>{werk.data.regels.volgorde}</Paragraph>
          </details>
          {werk.data.voorzieningen.length === 0 && <Paragraph>{t('coord.geen')}</Paragraph>}
          {werk.data.voorzieningen.map((v) => {
            const rijen = werk.data.leerlingen.filter((l) => l.voorzieningId === v.id);
            return (
              <section key={v.id} className="piramide-section" aria-labelledby={`vz-${v.id}`}>
                <Heading level={2} id={`vz-${v.id}`}>{v.naam}</Heading>
                {v.perioden.map((p) => <Paragraph key={p.van}>{t('vz.periode', { van: formatDatum(p.van), tot: formatDatum(p.tot) })}: {t('beheer.bezetting', { bezet: p.bezet, plaatsen: p.plaatsen })}</Paragraph>)}
                <Heading level={3}>{t('toel.wachtlijst')}</Heading>
                {rijen.filter((r) => r.soort === 'wachtend').length === 0 ? <Paragraph>{t('coord.leeg')}</Paragraph> : (
                  <ol className="aanbod-kaarten">{rijen.map((r) => r.soort === 'wachtend' && <li key={r.wachtlijstId}><Wachtende r={r} /></li>)}</ol>
                )}
                <Heading level={3}>{t('toel.plaatsingen')}</Heading>
                {rijen.filter((r) => r.soort === 'geplaatst').length === 0 ? <Paragraph>{t('toel.geenPlaatsingen')}</Paragraph> : (
                  <ul className="aanbod-kaarten">{rijen.map((r) => r.soort === 'geplaatst' && <li key={r.plaatsingId}><Geplaatst r={r} /></li>)}</ul>
                )}
              </section>
            );
          })}
        </>
      )}
    </Page>
  );
}

function Wachtende({ r }: { r: Extract<CoordinatorRij, { soort: 'wachtend' }> }) {
  const [van, setVan] = useState(r.geschatteStart ?? vandaag());
  const [weken, setWeken] = useState('6');
  const ids = { van: `van-${r.wachtlijstId}`, wenperiodeWeken: `weken-${r.wachtlijstId}` };
  const actie = useToelatingFormulier(ids);
  const queryClient = useQueryClient();
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ok = await actie.run(fromChecks([[ids.van, van ? undefined : t('vz.fout.datum')]]),
      () => api.post(`/api/wachtlijst/${r.wachtlijstId}/plaatsing`, { van, wenperiodeWeken: Number(weken) }));
    if (ok) await queryClient.invalidateQueries({ queryKey: WERK_KEY });
  }
  return (
    <article className="aanbod-kaart" aria-labelledby={`w-${r.wachtlijstId}`}>
      <Heading level={4} id={`w-${r.wachtlijstId}`}>{t('coord.positie', { positie: r.positie })}: <Link to={`/toelating/${r.leerlingId}`}>{r.naam}</Link></Heading>
      <Paragraph>{t('toel.voorrang', { regel: t(`toel.prio.${r.prioriteit as 'regulier'}`) })} · {t('coord.wacht', { weken: r.wekenWachtend, sinds: formatDatum(r.sinds) })}</Paragraph>
      <Paragraph>{startTekst(r.geschatteStart, 'coordinator')}</Paragraph>
      <ErrorSummary errors={actie.fouten.summary} focusKey={actie.poging} />
      <form className="piramide-form" noValidate onSubmit={onSubmit} aria-label={t('coord.plaatsenLabel', { naam: r.naam })}>
        <TextField id={ids.van} type="date" label={t('coord.start')} value={van} onChange={(e) => setVan(e.target.value)} error={actie.fouten.fields[ids.van]} />
        <TextField id={ids.wenperiodeWeken} type="number" inputMode="numeric" label={t('coord.weken')} description={t('coord.wekenUitleg')} value={weken} onChange={(e) => setWeken(e.target.value)} error={actie.fouten.fields[ids.wenperiodeWeken]} />
        <Button type="submit" appearance="primary" busy={actie.bezig}>{t('coord.plaatsen')}</Button>
      </form>
      <WachtlijstWijzigen r={r} />
    </article>
  );
}

// Ending a placement is a conversation with school and parents first; it is not a one-click step here.
const volgende: Record<string, 'wenperiode' | 'geplaatst' | undefined> = { gepland: 'wenperiode', wenperiode: 'geplaatst' };

function Geplaatst({ r }: { r: Extract<CoordinatorRij, { soort: 'geplaatst' }> }) {
  const actie = useToelatingFormulier();
  const queryClient = useQueryClient();
  // source: 003 §18.3.3 — the settling-in period runs its weeks before the placement is final
  const stap = r.status === 'wenperiode' && r.wenperiodeTot > vandaag() ? undefined : volgende[r.status];
  async function zet(status: string) {
    const ok = await actie.run(fromChecks([]), () => api.post(`/api/plaatsingen/${r.plaatsingId}/status`, { status, datum: vandaag() }));
    if (ok) await queryClient.invalidateQueries({ queryKey: WERK_KEY });
  }
  return (
    <article className="aanbod-kaart" aria-labelledby={`p-${r.plaatsingId}`}>
      <Heading level={4} id={`p-${r.plaatsingId}`}><Link to={`/toelating/${r.id}`}>{r.naam}</Link></Heading>
      <Paragraph>{t('toel.plaatsingRegel', { voorziening: r.voorziening, van: formatDatum(r.van), status: t(`toel.status.${r.status as 'gepland'}`) })}</Paragraph>
      <Paragraph>{t('coord.wenperiodeTot', { tot: formatDatum(r.wenperiodeTot) })}</Paragraph>
      {r.overgeschreven && <Alert type="info">{t('coord.overgeschreven', { datum: formatDatum(r.overgeschreven) })}</Alert>}
      <ErrorSummary errors={actie.fouten.summary} focusKey={actie.poging} />
      <ButtonGroup>
        {stap && <Button busy={actie.bezig} onClick={() => void zet(stap)}>{t(`coord.naar.${stap}`)}</Button>}
        {r.afspraakId
          ? <Link to={`/afspraken/${r.afspraakId}`}>{r.getekend ? t('coord.afspraakGetekend') : t('coord.afspraakOndertekenen')}</Link>
          : r.status === 'gepland' && <Link to={`/plaatsingen/${r.plaatsingId}/afspraak`}>{t('coord.afspraakMaken')}</Link>}
      </ButtonGroup>
    </article>
  );
}
