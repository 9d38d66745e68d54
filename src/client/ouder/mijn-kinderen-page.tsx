import { t } from '../i18n/t.ts';
import { Page } from '../ui/page.tsx';
import { KinderenLijst } from './kinderen-lijst.tsx';

export function MijnKinderenPage() {
  return (
    <Page title={t('kinderen.titel')}>
      <p className="utrecht-paragraph">{t('kinderen.intro')}</p>
      <KinderenLijst kopNiveau={2} />
    </Page>
  );
}
