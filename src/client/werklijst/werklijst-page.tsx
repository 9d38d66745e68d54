import { t } from '../i18n/t.ts';
import { Page } from '../ui/page.tsx';
import { Werklijst } from './werklijst.tsx';

export function WerklijstPage() {
  return (
    <Page title={t('wl.titel')}>
      <p className="utrecht-paragraph">{t('wl.uitleg')}</p>
      <Werklijst />
    </Page>
  );
}
