// Errors of the monitor's statistics. The message is Dutch and meant for the person who supplied the
// data (the command-line tool prints it as is); the code lets a caller such as an HTTP route map it
// without parsing text.

export type StatsErrorCode =
  | 'csv_malformed'
  | 'column_missing'
  | 'value_invalid'
  | 'outcome_invalid'
  | 'level_missing'
  | 'too_few_rows'
  | 'collinear'
  | 'separation'
  | 'not_converged'
  | 'scales_invalid';

/** The input cannot be analysed as it is; nothing in it is a programming error. */
export class StatsInputError extends Error {
  constructor(
    readonly code: StatsErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StatsInputError';
  }
}
