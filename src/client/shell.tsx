import { useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, NavLink, useNavigate } from 'react-router';
import { api, setCsrfToken } from './api.ts';
import { heeftRol, markeerUitgelogd, MEDEWERKER_LEERLING_ROLLEN, SESSIE_KEY, useSessie } from './auth/session.ts';
import { t } from './i18n/t.ts';
import type { Sessie } from './types.ts';

/** Skip link, banner with the navigation, main region and footer around every page. */
export function Shell({ children }: { children: ReactNode }) {
  const sessie = useSessie();
  const ingelogd = sessie.data?.volledig ? sessie.data : null;
  // A pupil is addressed as "je", everyone else as "u" (B1 Dutch, see the catalogue's header).
  const leerling = ingelogd?.account.soort === 'leerling';
  return (
    <>
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus piramide-skip" href="#inhoud">
        {t('app.skiplink')}
      </a>
      <header className="piramide-header">
        <div className="piramide-container piramide-header__bar">
          <Link to="/" className="piramide-logo">
            <Logo />
            {t('app.naam')}
          </Link>
          {ingelogd && <p className="piramide-header__user">{t('nav.ingelogdAls', { naam: ingelogd.account.naam })}</p>}
        </div>
        {ingelogd && <HoofdMenu sessie={ingelogd} />}
      </header>
      <main id="inhoud" tabIndex={-1} className="piramide-main">
        <div className="piramide-container">{children}</div>
      </main>
      <footer className="piramide-footer">
        <div className="piramide-container">
          <p>{t('app.footer')}</p>
          <p>{leerling ? t('app.footer.privacy.leerling') : t('app.footer.privacy')}</p>
        </div>
      </footer>
    </>
  );
}

function HoofdMenu({ sessie }: { sessie: Sessie }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [fout, setFout] = useState(false);

  async function uitloggen() {
    setFout(false);
    try {
      await api.post('/api/auth/uitloggen');
    } catch {
      setFout(true);
      return;
    }
    setCsrfToken(null);
    markeerUitgelogd(true);
    navigate('/inloggen', { replace: true });
    // Not queryClient.clear(): mounted observers (this header) would keep the removed session.
    // Set the session to nobody, then drop every cached answer so the next user sees none of it.
    queryClient.setQueryData(SESSIE_KEY, null);
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSIE_KEY[0] });
  }

  const items: { naar: string; tekst: string; end?: boolean }[] = [
    { naar: '/', tekst: t('nav.start'), end: true },
  ];
  if (heeftRol(sessie, ...MEDEWERKER_LEERLING_ROLLEN)) items.push({ naar: '/leerlingen', tekst: t('nav.leerlingen') });
  if (heeftRol(sessie, 'ouder')) items.push({ naar: '/mijn-kinderen', tekst: t('nav.kinderen') });
  if (heeftRol(sessie, 'leerling')) items.push({ naar: '/mijn-plan', tekst: t('nav.mijnPlan') });
  if (heeftRol(sessie, 'privacy_officer')) items.push({ naar: '/audit', tekst: t('nav.audit') });
  if (heeftRol(sessie, 'swv_medewerker')) items.push({ naar: '/monitor', tekst: t('mon.nav') });
  if (heeftRol(sessie, 'ib')) items.push({ naar: '/monitor/codes', tekst: t('codes.nav') });
  if (heeftRol(sessie, 'leerling')) items.push({ naar: '/vragenlijst', tekst: t('vl.mijn.titel') });
  if (heeftRol(sessie, 'swv_medewerker')) items.push({ naar: '/aanbod/beheer', tekst: t('nav.aanbod') });
  if (heeftRol(sessie, 'commissielid')) items.push({ naar: '/commissie', tekst: t('nav.commissie') });
  if (heeftRol(sessie, 'coordinator')) items.push({ naar: '/voorziening', tekst: t('nav.voorziening') });
  items.push({ naar: '/account', tekst: t('nav.account') });

  return (
    <nav className="piramide-nav" aria-label={t('nav.label')}>
      <div className="piramide-container">
      <ul className="piramide-nav__list">
        {items.map((item) => (
          <li key={item.naar} className="piramide-nav__item">
            <NavLink to={item.naar} end={item.end} className="piramide-nav__link">
              {item.tekst}
            </NavLink>
          </li>
        ))}
        <li className="piramide-nav__item piramide-nav__item--end">
          <button type="button" className="piramide-nav__button" onClick={uitloggen}>
            {t('nav.uitloggen')}
          </button>
        </li>
      </ul>
      </div>
      {fout && (
        <p role="alert" className="piramide-container piramide-nav__fout">
          {t('nav.uitloggenMislukt')}
        </p>
      )}
    </nav>
  );
}

function Logo() {
  return (
    <svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" focusable="false">
      <path d="M14 2 L27 25 H1 Z" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinejoin="round" />
      <path d="M7.5 18 H20.5 M10.5 12.5 H17.5" stroke="currentColor" strokeWidth="2.5" />
    </svg>
  );
}
