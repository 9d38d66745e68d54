import { ApiError } from '../api.ts';
import { foutTekst } from '../format.ts';
import type { FieldError } from './error-summary.tsx';

export interface FormErrors {
  /** lines for the error summary, in the order of the form */
  summary: FieldError[];
  /** field id → message, shown under the field */
  fields: Record<string, string>;
}

export const geenFouten: FormErrors = { summary: [], fields: {} };

/** Client-side checks: field id → message (or undefined when fine), in form order. */
export function fromChecks(checks: [string, string | undefined][]): FormErrors {
  const fields: Record<string, string> = {};
  const summary: FieldError[] = [];
  for (const [veld, melding] of checks) {
    if (melding) {
      fields[veld] = melding;
      summary.push({ veld, melding });
    }
  }
  return { summary, fields };
}

/**
 * A server error as form errors. `veldIds` maps the server's field names to input ids;
 * `codeOpVeld` puts a whole-request error (e.g. ONJUISTE_INLOG) on one field.
 */
export function fromServer(
  error: unknown,
  veldIds: Record<string, string>,
  codeOpVeld: Record<string, string> = {},
): FormErrors {
  const fields: Record<string, string> = {};
  const summary: FieldError[] = [];
  if (error instanceof ApiError && error.velden.length > 0) {
    for (const v of error.velden) {
      const id = veldIds[v.veld];
      if (id) {
        fields[id] = v.melding;
        summary.push({ veld: id, melding: v.melding });
      } else {
        summary.push({ melding: v.melding });
      }
    }
    return { summary, fields };
  }
  const melding = foutTekst(error);
  const id = error instanceof ApiError ? codeOpVeld[error.code] : undefined;
  if (id) {
    fields[id] = melding;
    summary.push({ veld: id, melding });
  } else {
    summary.push({ melding });
  }
  return { summary, fields };
}

export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}
