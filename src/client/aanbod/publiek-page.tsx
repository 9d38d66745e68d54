import { useSearchParams } from 'react-router';
import { t, tMaybe, tn } from '../i18n/t.ts';
import { Button } from '../ui/button.tsx';
import { Heading, Paragraph } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { SelectField } from '../signalering/velden.tsx';
import { LAGEN, usePubliekAanbod, type Loket, type PubliekeVoorziening } from './aanbod-api.ts';
import './aanbod.css';

/** The regional offer for parents and pupils, without log-in (ouder- en jeugdsteunpunt, 000). */
export function PubliekPage() {
  const [search, setSearch] = useSearchParams();
  const gemeente = search.get('gemeente') ?? '';
  const laag = search.get('laag') ?? '';
  const aanbod = usePubliekAanbod(gemeente, laag);
  const zet = (k: string, v: string) => {
    const s = new URLSearchParams(search);
    if (v) s.set(k, v); else s.delete(k);
    setSearch(s, { replace: true });
  };
  return (
    <Page title={t('pub.titel')}>
      <Paragraph lead>{t('pub.intro')}</Paragraph>
      <p className="utrecht-paragraph"><Link to="/rechten">{t('pub.rechtenLink')}</Link></p>
      {aanbod.isPending && <Loading />}
      {aanbod.isError && <LoadError error={aanbod.error} onRetry={() => aanbod.refetch()} />}
      {aanbod.data && (
        <>
          <form className="piramide-form aanbod-filter" role="search" aria-label={t('pub.filter')} onSubmit={(e) => e.preventDefault()}>
            <SelectField id="gemeente" label={t('pub.gemeente')} value={gemeente} onChange={(v) => zet('gemeente', v)}
              options={[{ value: '', label: t('pub.alleGemeenten') }, ...aanbod.data.gemeenten.map((g) => ({ value: g, label: g }))]} />
            <SelectField id="laag" label={t('pub.laag')} value={laag} onChange={(v) => zet('laag', v)}
              options={[{ value: '', label: t('pub.alleLagen') }, ...LAGEN.map((l) => ({ value: l, label: t(`aanbod.laag.${l}`) }))]} />
          </form>
          <p className="utrecht-paragraph" role="status">{tn('pub.aantal', aanbod.data.voorzieningen.length)}</p>
          {LAGEN.filter((l) => !laag || l === laag).map((l) => {
            const lijst = aanbod.data.voorzieningen.filter((v) => v.laag === l);
            return (
              <section key={l} className="piramide-section" aria-labelledby={`laag-${l}`}>
                <Heading level={2} id={`laag-${l}`}>{t(`aanbod.laag.${l}`)}</Heading>
                <Paragraph>{t(`aanbod.laagUitleg.${l}`)}</Paragraph>
                {lijst.length === 0 ? <Paragraph>{t('pub.geen')}</Paragraph> : (
                  <ul className="aanbod-kaarten">{lijst.map((v) => <li key={v.id}><Kaart v={v} /></li>)}</ul>
                )}
              </section>
            );
          })}
          {aanbod.data.lokketten.map((l) => <LoketBlok key={l.swvId} loket={l} />)}
        </>
      )}
      {!aanbod.data && !aanbod.isPending && <Button onClick={() => aanbod.refetch()}>{t('fout.opnieuw')}</Button>}
    </Page>
  );
}

function Kaart({ v }: { v: PubliekeVoorziening }) {
  return (
    <article className="aanbod-kaart" aria-labelledby={`v-${v.id}`}>
      <Heading level={3} id={`v-${v.id}`}>{v.naam}</Heading>
      <p className="utrecht-paragraph aanbod-kaart__sub">{tMaybe(`aanbod.vorm.${v.vorm}`) ?? v.vorm} · {v.gemeente}</p>
      <dl className="aanbod-feiten">
        <dt>{t('pub.voorWie')}</dt><dd>{v.doelgroep} {t('pub.leeftijd', { van: v.leeftijdVan, tot: v.leeftijdTot })}</dd>
        <dt>{t('pub.doelen')}</dt><dd>{v.doelen}</dd>
        <dt>{t('pub.wanneer')}</dt><dd>{v.dagenTijden} · {t(`aanbod.duur.${v.duur}`)}</dd>
        <dt>{t('pub.waar')}</dt><dd>{v.locatie}{v.gekoppeldeSchool && ` · ${t('pub.hoortBij', { school: v.gekoppeldeSchool })}`}</dd>
        <dt>{t('pub.plaatsen')}</dt>
        <dd>{v.plaatsenVrij === null ? t('pub.plaatsenOnbekend') : tn('pub.vrij', v.plaatsenVrij)}{v.wachtend.onderdrukt ? ` · ${t('pub.wachtendWeinig')}` : (v.wachtend.aantal ?? 0) > 0 && ` · ${tn('pub.wachtend', v.wachtend.aantal!)}`}</dd>
        <dt>{t('pub.kosten')}</dt><dd>{v.vrijwilligeBijdrage ? t('pub.vrijwillig', { tekst: v.vrijwilligeBijdrage.replace(/\.$/, '') }) : t('pub.gratis')}</dd>
        <dt>{t('pub.contact')}</dt>
        <dd>
          {v.contactNaam}
          {v.contactTelefoon && <> · <a className="utrecht-link" href={`tel:${v.contactTelefoon.replace(/\s/g, '')}`}>{v.contactTelefoon}</a></>}
          {v.contactEmail && <> · <a className="utrecht-link" href={`mailto:${v.contactEmail}`}>{v.contactEmail}</a></>}
        </dd>
      </dl>
    </article>
  );
}

export function LoketBlok({ loket }: { loket: Loket }) {
  return (
    <section className="piramide-section aanbod-loket" aria-labelledby={`loket-${loket.swvId}`}>
      <Heading level={2} id={`loket-${loket.swvId}`}>{t('pub.loket.titel', { swv: loket.swv })}</Heading>
      <Paragraph>{t('pub.loket.uitleg')}</Paragraph>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">{t('pub.loket.bel')} <a className="utrecht-link" href={`tel:${loket.telefoon.replace(/\s/g, '')}`}>{loket.telefoon}</a> ({loket.bereikbaar})</li>
        <li className="utrecht-unordered-list__item">{t('pub.loket.mail')} <a className="utrecht-link" href={`mailto:${loket.email}`}>{loket.email}</a></li>
        <li className="utrecht-unordered-list__item">{t('pub.loket.adres')} {loket.adres}</li>
      </ul>
      <Paragraph>{t('pub.steunpunt', { naam: loket.steunpuntNaam })} <a className="utrecht-link" href={`tel:${loket.steunpuntTelefoon.replace(/\s/g, '')}`}>{loket.steunpuntTelefoon}</a> · <a className="utrecht-link" href={loket.steunpuntWeb}>{loket.steunpuntWeb}</a></Paragraph>
    </section>
  );
}
