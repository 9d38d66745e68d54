import { t } from '../i18n/t.ts';
import { Heading, Paragraph } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { LoketBlok } from './publiek-page.tsx';
import { usePubliekAanbod } from './aanbod-api.ts';

/** The rights of parents and pupils in plain words (000, 001), and where to go in a conflict. */
export function RechtenPage() {
  const aanbod = usePubliekAanbod('', '');
  const blokken = ['hoorrecht', 'gratis', 'partner'] as const;
  return (
    <Page title={t('pub.rechten.titel')} terug={<Link className="piramide-back" to="/aanbod">{t('pub.rechten.terug')}</Link>}>
      <Paragraph lead>{t('pub.rechten.intro')}</Paragraph>
      {blokken.map((id) => (
        <section key={id} className="piramide-section" aria-labelledby={`recht-${id}`}>
          <Heading level={2} id={`recht-${id}`}>{t(`pub.rechten.${id}.titel`)}</Heading>
          <Paragraph>{t(`pub.rechten.${id}.tekst`)}</Paragraph>
        </section>
      ))}
      <section className="piramide-section" aria-labelledby="recht-conflict">
        <Heading level={2} id="recht-conflict">{t('pub.rechten.conflict.titel')}</Heading>
        <Paragraph>{t('pub.rechten.conflict.intro')}</Paragraph>
        <ol className="utrecht-ordered-list">
          <li className="utrecht-ordered-list__item">{t('pub.rechten.conflict.stap1')}</li>
          <li className="utrecht-ordered-list__item">{t('pub.rechten.conflict.stap2')}</li>
          <li className="utrecht-ordered-list__item">{t('pub.rechten.conflict.stap3')}</li>
          <li className="utrecht-ordered-list__item">{t('pub.rechten.conflict.stap4')}</li>
          <li className="utrecht-ordered-list__item">{t('pub.rechten.conflict.stap5')}</li>
        </ol>
        <Paragraph>{t('pub.rechten.conflict.geenMelding')}</Paragraph>
      </section>
      {aanbod.data?.lokketten.map((l) => <LoketBlok key={l.swvId} loket={l} />)}
    </Page>
  );
}
