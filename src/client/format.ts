import { ApiError, NETWERK } from './api.ts';
import { t, tMaybe } from './i18n/t.ts';

const datum = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
const tijdstip = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

const tijdstipKort = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'short',
  timeStyle: 'medium',
  timeZone: 'Europe/Amsterdam',
});

/** ISO timestamp → "7-3-2026, 14:05:09" in Dutch time, for tables. */
export function formatTijdstipKort(value: string): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return tijdstipKort.format(d);
}

/** "2014-03-07" → "7 maart 2014". A calendar date has no time zone, so it is read part by part. */
export function formatDatum(value: string | null | undefined): string {
  if (!value) return t('onbekend');
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  return datum.format(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** ISO timestamp → "7 maart 2026 om 14:05" in Dutch time. */
export function formatTijdstip(value: string): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return tijdstip.format(d);
}

export function rolLabel(rol: string): string {
  return tMaybe(`rol.${rol}`) ?? rol;
}

export function rolUitleg(rol: string): string | undefined {
  return tMaybe(`rol.kan.${rol}`);
}

export function actieLabel(actie: string): string {
  return tMaybe(`actie.${actie}`) ?? actie;
}

export function actieZin(actie: string): string {
  return tMaybe(`actie.zin.${actie}`) ?? t('actie.zin.onbekend');
}

export function bronLabel(bron: string): string {
  return tMaybe(`bron.${bron}`) ?? bron;
}

export function schoolsoortLabel(soort: string): string {
  return tMaybe(`schoolsoort.${soort}`) ?? soort;
}

/** Dutch text for an error: our catalogue first, then the server's own Dutch message. */
export function foutTekst(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === NETWERK) return t('fout.NETWERK');
    return tMaybe(`fout.${error.code}`) ?? (error.message || t('fout.ONBEKEND'));
  }
  return t('fout.ONBEKEND');
}

/** Today as YYYY-MM-DD in the Netherlands, as the server counts days (also on a laptop abroad). */
export function vandaag(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
}
