import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api.ts';
import { t } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Button, ButtonGroup } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks, fromServer } from '../ui/form-errors.ts';
import { useFormulier } from '../ui/use-formulier.ts';
import { Heading } from '../ui/heading.tsx';
import { useSessie } from '../auth/session.ts';
import { TextField } from '../ui/text-field.tsx';

const MIN_LENGTE = 12;

export function WachtwoordForm() {
  const email = useSessie().data?.account.email ?? '';
  const [huidig, setHuidig] = useState('');
  const [nieuw, setNieuw] = useState('');
  const [herhaal, setHerhaal] = useState('');
  const { fouten, poging, bezig, verstuur } = useFormulier();
  const [gelukt, setGelukt] = useState(false);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setGelukt(false);
    const check = fromChecks([
      ['huidigWachtwoord', !huidig ? t('wachtwoord.huidig.leeg') : undefined],
      [
        'nieuwWachtwoord',
        !nieuw ? t('wachtwoord.nieuw.leeg') : nieuw.length < MIN_LENGTE ? t('wachtwoord.nieuw.kort') : undefined,
      ],
      ['herhaalWachtwoord', nieuw.length >= MIN_LENGTE && herhaal !== nieuw ? t('wachtwoord.herhaal.anders') : undefined],
    ]);
    void verstuur(check, async () => {
      await api.post('/api/account/wachtwoord', { huidigWachtwoord: huidig, nieuwWachtwoord: nieuw });
      setHuidig('');
      setNieuw('');
      setHerhaal('');
      setGelukt(true);
    }, (error) => {
      // a wrong current password is the user's to fix in that field, with its own words
      if (error instanceof ApiError && error.code === 'ONJUISTE_INLOG') {
        return fromChecks([['huidigWachtwoord', t('wachtwoord.huidig.fout')]]);
      }
      return fromServer(error, { huidigWachtwoord: 'huidigWachtwoord', nieuwWachtwoord: 'nieuwWachtwoord' });
    });
  }

  return (
    <section className="piramide-section" aria-labelledby="wachtwoord-kop">
      <Heading level={2} id="wachtwoord-kop">
        {t('wachtwoord.titel')}
      </Heading>
      {gelukt && <Alert type="ok" live="polite">{t('wachtwoord.gelukt')}</Alert>}
      <ErrorSummary errors={fouten.summary} focusKey={poging} />
      <form className="piramide-form" noValidate onSubmit={onSubmit}>
        {/* password managers need the account name beside a new password */}
        <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
        <TextField
          id="huidigWachtwoord"
          label={t('wachtwoord.huidig')}
          type="password"
          autoComplete="current-password"
          value={huidig}
          onChange={(e) => setHuidig(e.target.value)}
          error={fouten.fields.huidigWachtwoord}
        />
        <TextField
          id="nieuwWachtwoord"
          label={t('wachtwoord.nieuw')}
          description={t('wachtwoord.nieuw.uitleg')}
          type="password"
          autoComplete="new-password"
          value={nieuw}
          onChange={(e) => setNieuw(e.target.value)}
          error={fouten.fields.nieuwWachtwoord}
        />
        <TextField
          id="herhaalWachtwoord"
          label={t('wachtwoord.herhaal')}
          type="password"
          autoComplete="new-password"
          value={herhaal}
          onChange={(e) => setHerhaal(e.target.value)}
          error={fouten.fields.herhaalWachtwoord}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={bezig}>
            {t('wachtwoord.knop')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
