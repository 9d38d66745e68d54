import { ApiError } from '../api.ts';
import { foutTekst } from '../format.ts';
import type { FieldError } from '../ui/error-summary.tsx';
import type { FormErrors } from '../ui/form-errors.ts';
import { t } from '../i18n/t.ts';

/** "Eigen formulier van Piramide": the built-in version (0) or the SWV's own version. */
export const eigenFormulier = (versie: number) =>
  versie === 0 ? t('sig.eigenFormulier.standaard') : t('sig.eigenFormulier', { versie });

/**
 * A server refusal as form errors: `antwoorden.x` goes to the question x (input id `vraag-x`),
 * other fields to the input with the same id; anything else to the summary.
 */
export function serverFouten(error: unknown, ids: Record<string, string> = {}): FormErrors {
  const fields: Record<string, string> = {};
  const summary: FieldError[] = [];
  if (error instanceof ApiError && error.velden.length > 0) {
    for (const v of error.velden) {
      const id = v.veld.startsWith('antwoorden.') ? `vraag-${v.veld.slice('antwoorden.'.length)}` : ids[v.veld] ?? (document.getElementById(v.veld) ? v.veld : undefined);
      if (id) fields[id] = v.melding;
      summary.push({ veld: id, melding: v.melding });
    }
    return { summary, fields };
  }
  return { summary: [{ melding: foutTekst(error) }], fields };
}
