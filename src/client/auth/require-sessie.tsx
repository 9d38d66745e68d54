import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { t } from '../i18n/t.ts';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { heeftRol, isUitgelogd, useSessie } from './session.ts';

/**
 * Shows its children only to a fully logged-in account (TOTP done) with one of `rollen`, if given.
 * The server checks access again on every request; this only spares users dead ends.
 */
export function RequireSessie({ rollen, children }: { rollen?: string[]; children: ReactNode }) {
  const sessie = useSessie();
  const location = useLocation();
  if (sessie.isPending) return <Loading />;
  if (sessie.isError) return <LoadError error={sessie.error} onRetry={() => sessie.refetch()} />;
  if (!sessie.data || !sessie.data.volledig) {
    const van = isUitgelogd() ? undefined : location.pathname + location.search;
    return <Navigate to="/inloggen" replace state={van ? { van } : null} />;
  }
  if (rollen && !heeftRol(sessie.data, ...rollen)) {
    return (
      <Page title={t('geenToegang.titel')}>
        <p className="utrecht-paragraph">{sessie.data.account.soort === 'leerling' ? t('geenToegang.tekst.leerling') : t('geenToegang.tekst')}</p>
        <p className="utrecht-paragraph">
          <Link to="/">{t('nietGevonden.link')}</Link>
        </p>
      </Page>
    );
  }
  return <>{children}</>;
}
