import { foutTekst } from '../format.ts';
import { t } from '../i18n/t.ts';
import { Alert } from './alert.tsx';
import { Button } from './button.tsx';

export function Loading() {
  return (
    <p className="utrecht-paragraph piramide-loading" role="status">
      {t('app.laden')}
    </p>
  );
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert type="error" live="assertive">
      <p className="utrecht-paragraph">{foutTekst(error)}</p>
      {onRetry && (
        <Button appearance="secondary" onClick={onRetry}>
          {t('fout.opnieuw')}
        </Button>
      )}
    </Alert>
  );
}
