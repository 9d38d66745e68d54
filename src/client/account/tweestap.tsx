import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import { refreshSessie } from '../auth/session.ts';
import { t } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Button, ButtonGroup } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks, fromServer, geenFouten } from '../ui/form-errors.ts';
import { useFormulier } from '../ui/use-formulier.ts';
import { Heading } from '../ui/heading.tsx';
import { TextField } from '../ui/text-field.tsx';

type Stand =
  | { stap: 'rust' }
  | { stap: 'koppelen'; geheim: string; otpauthUri: string }
  | { stap: 'herstelcodes'; herstelcodes: string[] };

/** TOTP: start → show the secret as text → confirm a code → show the recovery codes once. Or turn it off. */
export function Tweestap({ actief }: { actief: boolean }) {
  const queryClient = useQueryClient();
  const [stand, setStand] = useState<Stand>({ stap: 'rust' });
  const [code, setCode] = useState('');
  const { fouten, poging, bezig, verstuur } = useFormulier();
  const [melding, setMelding] = useState<string | null>(null);
  // The button that was pressed disappears at each step: move focus to the start of the new step.
  const stapKop = useRef<HTMLElement>(null);
  const vorigeStap = useRef(stand.stap);
  const [focusNaUitzetten, setFocusNaUitzetten] = useState(0);
  useEffect(() => {
    if (vorigeStap.current !== stand.stap || focusNaUitzetten > 0) stapKop.current?.focus();
    vorigeStap.current = stand.stap;
  }, [stand.stap, focusNaUitzetten, actief]);

  const opFout = (veld?: string) => (error: unknown) => {
    setCode('');
    return fromServer(error, veld ? { code: veld } : {}, veld ? { ONJUISTE_CODE: veld } : {});
  };
  const schoneCode = () => code.replace(/\s+/g, '');
  const codeCheck = (veld: string) => fromChecks([[veld, schoneCode() ? undefined : t('tweestap.code.leeg')]]);

  async function starten() {
    setMelding(null);
    await verstuur(geenFouten, async () => {
      const antwoord = await api.post<{ geheim: string; otpauthUri: string }>('/api/account/totp/starten');
      setStand({ stap: 'koppelen', ...antwoord });
    }, opFout());
  }

  async function bevestigen(event: FormEvent) {
    event.preventDefault();
    const schoon = schoneCode();
    await verstuur(codeCheck('totpCode'), async () => {
      const antwoord = await api.post<{ herstelcodes: string[] }>('/api/account/totp/bevestigen', { code: schoon });
      setCode('');
      setStand({ stap: 'herstelcodes', herstelcodes: antwoord.herstelcodes });
    }, opFout('totpCode'));
  }

  async function klaar() {
    // refresh first, so the step after this one already knows TOTP is on
    await refreshSessie(queryClient);
    await queryClient.invalidateQueries({ queryKey: ['start'] });
    setStand({ stap: 'rust' });
  }

  async function uitzetten(event: FormEvent) {
    event.preventDefault();
    const schoon = schoneCode();
    await verstuur(codeCheck('uitzetCode'), async () => {
      await api.post('/api/account/totp/uitschakelen', { code: schoon });
      setCode('');
      setMelding(t('tweestap.uitgezet'));
      await refreshSessie(queryClient);
      await queryClient.invalidateQueries({ queryKey: ['start'] });
      setFocusNaUitzetten((n) => n + 1);
    }, opFout('uitzetCode'));
  }

  return (
    <section className="piramide-section" aria-labelledby="tweestap">
      <Heading level={2} id="tweestap">
        {t('tweestap.titel')}
      </Heading>
      <p className="utrecht-paragraph">{t('tweestap.uitleg')}</p>
      {melding && <Alert type="ok" live="polite">{melding}</Alert>}
      <ErrorSummary errors={fouten.summary} focusKey={poging} />

      {stand.stap === 'herstelcodes' && (
        <Alert type="ok">
          <h3 className="utrecht-heading-3 piramide-alert__title" tabIndex={-1} ref={(el) => { stapKop.current = el; }}>
            {t('tweestap.herstel.titel')}
          </h3>
          <p className="utrecht-paragraph">{t('tweestap.herstel.uitleg')}</p>
          <ul className="piramide-recovery" aria-label={t('tweestap.herstel.lijst')}>
            {stand.herstelcodes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
          <Button appearance="primary" onClick={klaar}>
            {t('tweestap.herstel.klaar')}
          </Button>
        </Alert>
      )}

      {stand.stap === 'koppelen' && (
        <>
          <h3 className="utrecht-heading-3" tabIndex={-1} ref={(el) => { stapKop.current = el; }}>
            {t('tweestap.stap1')}
          </h3>
          <p className="utrecht-paragraph">{t('tweestap.stap1.uitleg')}</p>
          <p className="utrecht-paragraph">
            <strong>{t('tweestap.geheim')}</strong>
            <code className="piramide-code">{stand.geheim}</code>
          </p>
          <p className="utrecht-paragraph">
            <strong>{t('tweestap.uri')}</strong>
            <code className="piramide-code">{stand.otpauthUri}</code>
          </p>
          <Heading level={3}>{t('tweestap.stap2')}</Heading>
          <form className="piramide-form" noValidate onSubmit={bevestigen}>
            <TextField
              id="totpCode"
              label={t('tweestap.code')}
              inputMode="numeric"
              autoComplete="one-time-code"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              error={fouten.fields.totpCode}
            />
            <ButtonGroup>
              <Button type="submit" appearance="primary" busy={bezig}>
                {t('tweestap.bevestigen')}
              </Button>
              <Button appearance="subtle" onClick={() => setStand({ stap: 'rust' })}>
                {t('tweestap.annuleren')}
              </Button>
            </ButtonGroup>
          </form>
        </>
      )}

      {stand.stap === 'rust' && !actief && (
        <>
          <p className="utrecht-paragraph" tabIndex={-1} ref={(el) => { stapKop.current = el; }}>
            <strong>{t('tweestap.uit')}</strong>
          </p>
          <Button appearance="primary" busy={bezig} onClick={starten}>
            {t('tweestap.starten')}
          </Button>
        </>
      )}

      {stand.stap === 'rust' && actief && (
        <>
          <p className="utrecht-paragraph" tabIndex={-1} ref={(el) => { stapKop.current = el; }}>
            <strong>{t('tweestap.aan')}</strong>
          </p>
          <Heading level={3}>{t('tweestap.uitzetten.titel')}</Heading>
          <p className="utrecht-paragraph">{t('tweestap.uitzetten.uitleg')}</p>
          <form className="piramide-form" noValidate onSubmit={uitzetten}>
            <TextField
              id="uitzetCode"
              label={t('tweestap.code')}
              inputMode="numeric"
              autoComplete="one-time-code"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              error={fouten.fields.uitzetCode}
            />
            <ButtonGroup>
              <Button type="submit" appearance="secondary" busy={bezig}>
                {t('tweestap.uitzetten.knop')}
              </Button>
            </ButtonGroup>
          </form>
        </>
      )}
    </section>
  );
}
