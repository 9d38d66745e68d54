import { t, tMaybe, tn } from '../i18n/t.ts';
import { Heading } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { useStand } from './signalering-api.ts';

/** The pupil page's one line on signalling, with the way to the profile. Hidden for those who may not see it. */
export function SignaleringRegel({ id }: { id: string }) {
  const stand = useStand(id);
  const s = stand.data;
  if (!s) return null;
  const delen = [
    tn('sig.stand.nominaties', s.nominaties),
    ...(s.screenings ? [tn('sig.stand.screenings', s.screenings)] : []),
    ...(s.zorgen ? [tn('sig.stand.zorgen', s.zorgen)] : []),
    tMaybe(`sig.stand.ouders.${s.ouderbeeld}`) ?? '',
  ];
  const besluit = s.besluit ? t('sig.stand.besluit', { besluit: (tMaybe(`sig.besluit.${s.besluit}`) ?? s.besluit).toLowerCase() }) : t('sig.stand.geenBesluit');
  return (
    <section className="piramide-section" aria-labelledby="signalering-kop">
      <Heading level={2} id="signalering-kop">{t('sig.stand.titel')}</Heading>
      <p className="utrecht-paragraph">{t('sig.stand.regel', { delen: delen.join(', '), besluit })}</p>
      <p className="utrecht-paragraph">
        <Link to={`/leerlingen/${encodeURIComponent(id)}/signalering`}>{t('sig.stand.link')}</Link>
      </p>
    </section>
  );
}
