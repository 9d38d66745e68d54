// One error type for the domain, with codes; `http-errors.ts` maps codes to HTTP once.
export type ErrorCode =
  | 'NIET_INGELOGD'
  | 'TWEEDE_STAP_NODIG'
  | 'ONJUISTE_INLOG'
  | 'ONJUISTE_CODE'
  | 'ACCOUNT_GEBLOKKEERD'
  | 'TE_VEEL_POGINGEN'
  | 'ONGELDIGE_INVOER'
  | 'CSRF'
  | 'NIET_GEVONDEN'
  | 'GEEN_TOEGANG'
  | 'CONFLICT'
  | 'INTERNE_FOUT';

export type VeldFout = { veld: string; melding: string };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly velden?: VeldFout[],
  ) {
    super(message ?? code);
    this.name = 'AppError';
  }
}

/**
 * "Not found" and "not allowed" give the same answer for pupil data, so that nobody learns that
 * a pupil exists (STYLE habit 3).
 */
export const nietGevonden = () => new AppError('NIET_GEVONDEN');
