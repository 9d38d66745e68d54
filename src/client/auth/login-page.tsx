import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { api } from '../api.ts';
import { t } from '../i18n/t.ts';
import type { InlogAntwoord } from '../types.ts';
import { Button, ButtonGroup } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks, fromServer, isEmail } from '../ui/form-errors.ts';
import { useFormulier } from '../ui/use-formulier.ts';
import { Page } from '../ui/page.tsx';
import { Loading } from '../ui/query-state.tsx';
import { TextField } from '../ui/text-field.tsx';
import { markeerUitgelogd, refreshSessie, SESSIE_KEY, useSessie } from './session.ts';

/** Log-in in two steps: e-mail and password, then (when the account has it) the TOTP code. */
export function LoginPage() {
  const sessie = useSessie();
  const location = useLocation();
  const van = (location.state as { van?: string } | null)?.van;
  const bestemming = van && van.startsWith('/') && !van.startsWith('/inloggen') ? van : '/';

  if (sessie.isPending) return <Loading />;
  if (sessie.data?.volledig) return <Navigate to={bestemming} replace />;
  if (sessie.data && !sessie.data.volledig) return <TotpStap bestemming={bestemming} />;
  return <WachtwoordStap bestemming={bestemming} />;
}

function WachtwoordStap({ bestemming }: { bestemming: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const { fouten, poging, bezig, verstuur } = useFormulier();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = fromChecks([
      ['email', !email.trim() ? t('login.email.leeg') : !isEmail(email) ? t('login.email.ongeldig') : undefined],
      ['wachtwoord', !wachtwoord ? t('login.wachtwoord.leeg') : undefined],
    ]);
    void verstuur(check, async () => {
      const antwoord = await api.post<InlogAntwoord>('/api/auth/inloggen', { email: email.trim(), wachtwoord });
      markeerUitgelogd(false);
      const sessie = await refreshSessie(queryClient);
      if (antwoord.stap === 'klaar' && sessie?.volledig) navigate(bestemming, { replace: true });
      // stap 'totp': the session now says volledig:false and LoginPage shows the code step
    }, (error) => {
      setWachtwoord('');
      return fromServer(error, { email: 'email', wachtwoord: 'wachtwoord' }, { ONJUISTE_INLOG: 'wachtwoord' });
    });
  }

  return (
    <Page title={fouten.summary.length ? `${t('fout.prefix')} ${t('login.titel')}` : t('login.titel')} heading={t('login.titel')}>
      <div className="piramide-login">
        <p className="utrecht-paragraph utrecht-paragraph--lead">{t('app.ondertitel')}</p>
        <p className="utrecht-paragraph">{t('login.intro')}</p>
        <ErrorSummary errors={fouten.summary} focusKey={poging} />
        <form className="piramide-form" noValidate onSubmit={onSubmit}>
          <TextField
            id="email"
            label={t('login.email')}
            type="email"
            autoComplete="username"
            inputMode="email"
            spellCheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={fouten.fields.email}
          />
          <TextField
            id="wachtwoord"
            label={t('login.wachtwoord')}
            type="password"
            autoComplete="current-password"
            value={wachtwoord}
            onChange={(e) => setWachtwoord(e.target.value)}
            error={fouten.fields.wachtwoord}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={bezig}>
              {bezig ? t('login.bezig') : t('login.knop')}
            </Button>
          </ButtonGroup>
        </form>
        <p className="utrecht-paragraph">{t('login.hulp')}</p>
      </div>
    </Page>
  );
}

function TotpStap({ bestemming }: { bestemming: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const { fouten, poging, bezig, verstuur } = useFormulier();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const schoon = code.replace(/\s+/g, '');
    void verstuur(fromChecks([['code', !schoon ? t('totp.code.leeg') : undefined]]), async () => {
      await api.post('/api/auth/totp', { code: schoon });
      const sessie = await refreshSessie(queryClient);
      if (sessie?.volledig) navigate(bestemming, { replace: true });
    }, (error) => {
      setCode('');
      if (error && typeof error === 'object' && 'code' in error && error.code === 'NIET_INGELOGD') {
        queryClient.setQueryData(SESSIE_KEY, null);
      }
      return fromServer(error, { code: 'code' }, { ONJUISTE_CODE: 'code' });
    });
  }

  async function stoppen() {
    try {
      await api.post('/api/auth/uitloggen');
    } finally {
      markeerUitgelogd(true);
      queryClient.setQueryData(SESSIE_KEY, null);
    }
  }

  return (
    <Page title={t('totp.titel')} focusOnMount>
      <div className="piramide-login">
        <p className="utrecht-paragraph">{t('totp.intro')}</p>
        <ErrorSummary errors={fouten.summary} focusKey={poging} />
        <form className="piramide-form" noValidate onSubmit={onSubmit}>
          <TextField
            id="code"
            label={t('totp.code')}
            description={t('totp.code.uitleg')}
            autoComplete="one-time-code"
            spellCheck={false}
            autoCapitalize="off"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={fouten.fields.code}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={bezig}>
              {t('totp.knop')}
            </Button>
            <Button appearance="subtle" onClick={stoppen}>
              {t('totp.annuleren')}
            </Button>
          </ButtonGroup>
        </form>
      </div>
    </Page>
  );
}
