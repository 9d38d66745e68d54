import { t } from '../i18n/t.ts';
import { Heading } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { termijnTekst } from '../vangnet/vangnet-sectie.tsx';
import { useCasus } from './casus-api.ts';

/** The pupil page's one line on the case, with the way to it. Hidden for those the case is not handed to. */
export function CasusRegel({ id, basis }: { id: string; basis: '/leerlingen' | '/mijn-kinderen' }) {
  const c = useCasus(id);
  if (!c.data || (!c.data.casus && !c.data.magOpenen)) return null;
  const casus = c.data.casus;
  const dringend = casus?.vangnet?.termijnen.find((x) => x.stand === 'verlopen' || x.stand === 'loopt');
  return (
    <section className="piramide-section" aria-labelledby="casus-kop">
      <Heading level={2} id="casus-kop">{t('casus.regel.titel')}</Heading>
      <p className="utrecht-paragraph">
        {casus ? t('casus.regel.open', { naam: casus.casemanager.naam, soort: t(`casus.soort.${casus.soort}`) }) : t('casus.geen')}
        {dringend && casus?.vangnet && !casus.vangnet.herintreding && <> {t('casus.regel.vangnet', { stap: t(`vn.stap.${dringend.soort}`), stand: termijnTekst(dringend) })}</>}
      </p>
      <p className="utrecht-paragraph"><Link to={`${basis}/${encodeURIComponent(id)}/casus`}>{casus ? t('casus.regel.link') : t('casus.regel.openen')}</Link></p>
    </section>
  );
}
