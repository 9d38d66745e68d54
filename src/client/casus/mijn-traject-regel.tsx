import { useSessie } from '../auth/session.ts';
import { formatDatum } from '../format.ts';
import { t } from '../i18n/t.ts';
import { ButtonLink } from '../ui/button.tsx';
import { Heading, Paragraph } from '../ui/heading.tsx';
import { useCasus } from './casus-api.ts';

/** On the pupil's home page: her open case, who her case manager is, the next meeting. */
export function MijnTrajectRegel() {
  const id = useSessie().data?.account.leerlingId ?? '';
  const c = useCasus(id);
  const casus = id ? c.data?.casus : null;
  if (!casus) return null;
  return (
    <section className="piramide-section" aria-labelledby="mijn-traject-kop">
      <Heading level={2} id="mijn-traject-kop">{t('mijnTraject.start.titel')}</Heading>
      <Paragraph>
        {t('mijnTraject.start.tekst', { naam: casus.casemanager.naam })}
        {casus.volgendOverleg && <> {t('mijnTraject.start.volgend', { datum: formatDatum(casus.volgendOverleg) })}</>}
      </Paragraph>
      <p className="utrecht-paragraph"><ButtonLink to="/mijn-traject">{t('mijnTraject.start.link')}</ButtonLink></p>
    </section>
  );
}
