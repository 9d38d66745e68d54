import { formatTijdstip } from '../format.ts';
import { t } from '../i18n/t.ts';
import type { Besluit, InstemmingStand } from './opp-api.ts';

/** Consent of the current version in one line, with who and when (WPO art. 40a). */
export function instemmingZin(stand: InstemmingStand, besluiten: Besluit[]): string {
  const laatste = [...besluiten].reverse().find((b) => b.besluit === (stand === 'niet_ingestemd' ? 'niet_ingestemd' : 'ingestemd'));
  if (stand === 'ontbreekt' || !laatste) return t('opp.instemming.ontbreekt');
  const p = { naam: laatste.ouder, tijdstip: formatTijdstip(laatste.tijdstip) };
  return stand === 'ingestemd' ? t('opp.instemming.ingestemd', p) : t('opp.instemming.niet', p);
}

/** Consent as a badge: a plan without consent shows so wherever it shows. */
export function InstemmingLabel({ stand }: { stand: InstemmingStand }) {
  return <span className={`piramide-badge piramide-instemming piramide-instemming--${stand}`}>{t(`opp.instemming.kort.${stand}`)}</span>;
}
