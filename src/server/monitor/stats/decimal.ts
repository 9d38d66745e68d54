// Reading decimal numbers straight from a slice of the file's text. Most cells of a data file are short
// decimals such as -2.35; for those the mantissa and the power of ten are exact doubles, so one division
// rounds correctly and equals Number(text) — without making a string per cell. Anything longer falls
// back to Number on the slice (source: Clinger, "How to read floating point numbers accurately", 1990 —
// the fast path).

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
const MAX_EXACT_MANTISSA = 2 ** 53;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** Empty (after trimming spaces and tabs) or R's NA. */
export function isMissingRange(text: string, start: number, end: number): boolean {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return start === end || (end - start === 2 && text.charCodeAt(start) === 0x4e && text.charCodeAt(start + 1) === 0x41);
}

/**
 * The number in text[start, end): NaN when the cell is missing (empty or NA), undefined when it is not a
 * plain decimal (hexadecimal, Infinity, "1,5").
 */
export function parseDecimalRange(text: string, start: number, end: number): number | undefined {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  if (start === end || (end - start === 2 && text.charCodeAt(start) === 0x4e && text.charCodeAt(start + 1) === 0x41)) return NaN;
  let i = start;
  const first = text.charCodeAt(i);
  const sign = first === 0x2d ? -1 : 1;
  if (first === 0x2d || first === 0x2b) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let isFraction = false;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      mantissa = mantissa * 10 + (c - 0x30);
      digits++;
      if (isFraction) scale++;
    } else if (c === 0x2e && !isFraction) {
      isFraction = true;
    } else {
      break;
    }
  }
  if (i === end && digits > 0 && mantissa < MAX_EXACT_MANTISSA && scale < POWERS_OF_TEN.length) {
    return (sign * mantissa) / POWERS_OF_TEN[scale];
  }
  const raw = text.slice(start, end);
  return DECIMAL.test(raw) ? Number(raw) : undefined;
}
