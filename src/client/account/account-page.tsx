import { useSessie } from '../auth/session.ts';
import { rolLabel } from '../format.ts';
import { t } from '../i18n/t.ts';
import { DataList } from '../ui/data-list.tsx';
import { Heading } from '../ui/heading.tsx';
import { Page } from '../ui/page.tsx';
import { Tweestap } from './tweestap.tsx';
import { WachtwoordForm } from './wachtwoord-form.tsx';

export function AccountPage() {
  const sessie = useSessie();
  const account = sessie.data?.account;
  return (
    <Page title={t('account.titel')}>
      {account && (
        <section className="piramide-section" aria-labelledby="gegevens-kop">
          <Heading level={2} id="gegevens-kop">
            {t('account.gegevens')}
          </Heading>
          <DataList
            items={[
              { key: t('account.naam'), value: account.naam },
              { key: t('account.email'), value: account.email },
              { key: t('account.rollen'), value: account.rollen.map(rolLabel).join(', ') },
            ]}
          />
        </section>
      )}
      <WachtwoordForm />
      {account && <Tweestap actief={account.totpActief} />}
    </Page>
  );
}
