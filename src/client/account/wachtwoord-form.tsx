import { useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import { t } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Button, ButtonGroup } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks, fromServer, geenFouten, type FormErrors } from '../ui/form-errors.ts';
import { Heading } from '../ui/heading.tsx';
import { useSessie } from '../auth/session.ts';
import { TextField } from '../ui/text-field.tsx';

const MIN_LENGTE = 12;

export function WachtwoordForm() {
  const email = useSessie().data?.account.email ?? '';
  const [huidig, setHuidig] = useState('');
  const [nieuw, setNieuw] = useState('');
  const [herhaal, setHerhaal] = useState('');
  const [fouten, setFouten] = useState<FormErrors>(geenFouten);
  const [poging, setPoging] = useState(0);
  const [bezig, setBezig] = useState(false);
  const [gelukt, setGelukt] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (bezig) return;
    setGelukt(false);
    setPoging((p) => p + 1);
    const check = fromChecks([
      ['huidigWachtwoord', !huidig ? t('wachtwoord.huidig.leeg') : undefined],
      [
        'nieuwWachtwoord',
        !nieuw ? t('wachtwoord.nieuw.leeg') : nieuw.length < MIN_LENGTE ? t('wachtwoord.nieuw.kort') : undefined,
      ],
      ['herhaalWachtwoord', nieuw.length >= MIN_LENGTE && herhaal !== nieuw ? t('wachtwoord.herhaal.anders') : undefined],
    ]);
    setFouten(check);
    if (check.summary.length > 0) return;
    setBezig(true);
    try {
      await api.post('/api/account/wachtwoord', { huidigWachtwoord: huidig, nieuwWachtwoord: nieuw });
      setHuidig('');
      setNieuw('');
      setHerhaal('');
      setGelukt(true);
    } catch (error) {
      const fromSrv = fromServer(
        error,
        { huidigWachtwoord: 'huidigWachtwoord', nieuwWachtwoord: 'nieuwWachtwoord' },
        { ONJUISTE_INLOG: 'huidigWachtwoord' },
      );
      if (fromSrv.fields.huidigWachtwoord && error instanceof Error && 'code' in error && error.code === 'ONJUISTE_INLOG') {
        fromSrv.fields.huidigWachtwoord = t('wachtwoord.huidig.fout');
        fromSrv.summary = [{ veld: 'huidigWachtwoord', melding: t('wachtwoord.huidig.fout') }];
      }
      setFouten(fromSrv);
    } finally {
      setBezig(false);
    }
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
