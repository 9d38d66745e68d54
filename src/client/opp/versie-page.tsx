import { useParams } from 'react-router';
import { formatTijdstip } from '../format.ts';
import { t, tMaybe } from '../i18n/t.ts';
import { Heading, Paragraph } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { useVersie, type Wijziging } from './opp-api.ts';
import { PlanInhoud } from './plan-inhoud.tsx';
import './opp.css';

/** One version of the plan and, above it, what changed since the version before (readable, in the plan's words). */
export function VersiePage({ terugNaar }: { terugNaar: (id: string) => string }) {
  const { id = '', nr = '1' } = useParams();
  const versie = useVersie(id, Number(nr));
  const v = versie.data?.versie;
  return (
    <Page title={t('opp.versies.link', { versie: nr })} terug={<Link className="piramide-back" to={terugNaar(id)}>{t('opp.versie.terug')}</Link>}>
      {versie.isPending && <Loading />}
      {versie.isError && <LoadError error={versie.error} />}
      {v && (
        <>
          <Paragraph lead>{v.toelichting}</Paragraph>
          <Paragraph small>{t('opp.versie.door', { door: v.door, tijdstip: formatTijdstip(v.aangemaakt) })}</Paragraph>
          <Paragraph>{v.instemming.length === 0 ? t('opp.instemming.ontbreekt') : v.instemming.map((b) =>
            t(b.besluit === 'ingestemd' ? 'opp.instemming.ingestemd' : 'opp.instemming.niet', { naam: b.ouder, tijdstip: formatTijdstip(b.tijdstip) })).join(' ')}</Paragraph>
          <section className="piramide-section" aria-labelledby="wijzigingen-kop">
            <Heading level={2} id="wijzigingen-kop">{v.versie === 1 ? t('opp.verschil.eerste') : t('opp.verschil.titel', { vorige: v.versie - 1 })}</Heading>
            {v.wijzigingen.length === 0 ? <Paragraph>{t('opp.verschil.geen')}</Paragraph> : (
              <ul className="piramide-opp-acties">{v.wijzigingen.map((w, n) => <WijzigingRegel key={n} w={w} />)}</ul>
            )}
          </section>
          <Heading level={2}>{t('opp.versie.inhoud')}</Heading>
          <PlanInhoud inhoud={v.inhoud} niveau={3} />
        </>
      )}
    </Page>
  );
}

function WijzigingRegel({ w }: { w: Wijziging }) {
  const deel = tMaybe(`opp.deel.${w.onderdeel}`) ?? w.onderdeel;
  return (
    <li className={`piramide-opp-actie piramide-wijziging piramide-wijziging--${w.soort}`}>
      <p className="utrecht-paragraph"><strong>{t(`opp.verschil.${w.soort}`, { deel })}</strong>{w.label && w.soort !== 'toegevoegd' ? `: ${w.label}` : ''}</p>
      {w.oud && <p className="utrecht-paragraph"><del><span className="piramide-visually-hidden">{t('opp.verschil.was')} </span>{w.oud}</del></p>}
      {w.nieuw && <p className="utrecht-paragraph"><ins><span className="piramide-visually-hidden">{t('opp.verschil.wordt')} </span>{w.nieuw}</ins></p>}
    </li>
  );
}
