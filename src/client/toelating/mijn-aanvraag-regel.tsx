import { useSessie } from '../auth/session.ts';
import { t } from '../i18n/t.ts';
import { ButtonLink } from '../ui/button.tsx';
import { Heading, Paragraph } from '../ui/heading.tsx';
import { mijnAanvragen } from './mijn-aanvraag-page.tsx';
import { useToelating } from './toelating-api.ts';

/** On the pupil's home page: her application, where it stands, and the way to say what she thinks. */
export function MijnAanvraagRegel() {
  const id = useSessie().data?.account.leerlingId ?? '';
  const toelating = useToelating(id);
  if (!id || !toelating.data) return null;
  const [a] = mijnAanvragen(toelating.data).actueel;
  if (!a) return null;
  const open = a.status !== 'besloten';
  return (
    <section className="piramide-section" aria-labelledby="mijn-aanvraag-kop">
      <Heading level={2} id="mijn-aanvraag-kop">{t('mijnAanvraag.start.titel')}</Heading>
      <Paragraph>
        {open ? t('mijnAanvraag.start.open', { voorziening: a.voorziening, stand: t(`mijnAanvraag.nu.${a.status}`) }) : t('mijnAanvraag.start.besloten', { voorziening: a.voorziening })}
      </Paragraph>
      {open && !a.stemLeerlingZelf && <Paragraph><strong>{t('mijnAanvraag.start.nogNiet')}</strong></Paragraph>}
      <p className="utrecht-paragraph">
        <ButtonLink appearance="primary" to="/mijn-aanvraag">{open ? t('mijnAanvraag.start.link') : t('mijnAanvraag.start.linkBesloten')}</ButtonLink>
      </p>
    </section>
  );
}
