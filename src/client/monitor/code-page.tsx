import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { t } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Button } from '../ui/button.tsx';
import { Page } from '../ui/page.tsx';
import { TextField } from '../ui/text-field.tsx';
import { useActie } from '../ui/use-actie.ts';
import { bewaarToken, vragenlijstApi } from './monitor-api.ts';
import './monitor.css';

/** A pupil without an account types the code from the school's slip. */
export function CodePage() {
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const { fout, bezig, voerUit } = useActie();

  function verstuur(e: FormEvent) {
    e.preventDefault();
    void voerUit(async () => {
      const r = await vragenlijstApi.code(code);
      bewaarToken(r.uitnodigingId, r.token);
      navigate(`/vragenlijst/${r.uitnodigingId}`);
    });
  }

  return (
    <Page title={t('vl.code.titel')}>
      <p className="utrecht-paragraph">{t('vl.code.uitleg')}</p>
      {fout && <Alert type="error" live="assertive">{fout}</Alert>}
      <form onSubmit={verstuur} noValidate>
        <TextField
          id="code" label={t('vl.code.veld')} description={t('vl.code.voorbeeld')} value={code}
          onChange={(e) => setCode(e.target.value)} autoComplete="off" autoCapitalize="characters" spellCheck={false}
          className="piramide-code-veld" error={fout ?? undefined}
        />
        <Button type="submit" appearance="primary" busy={bezig}>{t('vl.code.knop')}</Button>
      </form>
    </Page>
  );
}
