import { formatDatum, vandaag } from '../format.ts';
import { t } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Link } from '../ui/link.tsx';
import { casusKey, leerlingPad, type Betrokkene } from './casus-api.ts';
import { KleinFormulier } from './klein-formulier.tsx';

export const SLUITREDENEN = ['doel_bereikt', 'passende_plek', 'verhuisd', 'andere_route', 'ouders_stoppen', 'anders'] as const;

const dagErvoor = (iso: string) => new Date(Date.parse(iso) - 86_400_000).toISOString().slice(0, 10);

/**
 * The case manager ends the case, with a reason and a date. From then on she and the people involved
 * no longer see the file, so the page shows a confirmation instead of refetching a case she cannot see.
 */
export function CasusSluiten({ leerlingId, geopend, onGesloten }: { leerlingId: string; geopend: string; onGesloten: () => void }) {
  return (
    <section className="piramide-section" aria-labelledby="sluiten-kop">
      <details className="piramide-casus-details">
        <summary id="sluiten-kop">{t('casus.sluiten.kop')}</summary>
        <KleinFormulier id="sluiten" kop={t('casus.sluiten.kop')} uitleg={t('casus.sluiten.uitleg', { geopend: formatDatum(geopend) })}
          pad={`${leerlingPad(leerlingId)}/casus/sluiten`} vernieuw={[['casus-werklijst'], ['werklijst']]} knop={t('casus.sluiten.knop')}
          onOpgeslagen={onGesloten}
          velden={[
            { naam: 'reden', label: t('casus.sluiten.reden'), soort: 'keuze', verplicht: true, opties: SLUITREDENEN.map((r) => ({ value: r, label: t(`casus.sluiten.reden.${r}`) })) },
            { naam: 'datum', label: t('casus.sluiten.datum'), soort: 'datum', verplicht: true, begin: vandaag() },
            { naam: 'toelichting', label: t('casus.sluiten.toelichting'), soort: 'tekstvak', uitleg: t('casus.sluiten.toelichtingUitleg') },
          ]} />
      </details>
    </section>
  );
}

export function CasusGesloten() {
  return (
    <Alert type="ok" live="polite" title={t('casus.gesloten.titel')}>
      <p className="utrecht-paragraph">{t('casus.gesloten.tekst')}</p>
      <p className="utrecht-paragraph"><Link to="/">{t('casus.gesloten.naarStart')}</Link></p>
    </Alert>
  );
}

/**
 * Ending one person's involvement: the last day they see what the case hands them. Parents and the
 * pupil with an account stay involved while the case runs (the server refuses it too).
 */
export function BetrokkeneBeeindigen({ b, leerlingId }: { b: Betrokkene; leerlingId: string }) {
  if ((b.rol === 'ouder' || b.rol === 'leerling') && b.heeftAccount) return null;
  return (
    <details className="piramide-casus-details">
      <summary>{t('casus.betrokkene.eindeKort')}<span className="piramide-visually-hidden">: {b.naam}</span></summary>
      <KleinFormulier id={`einde-${b.id}`} kopNiveau={4} kop={t('casus.betrokkene.einde', { naam: b.naam })}
        uitleg={b.heeftAccount ? t('casus.betrokkene.eindeUitlegAccount') : t('casus.betrokkene.eindeUitleg')}
        pad={`/api/casus-betrokkenen/${encodeURIComponent(b.id)}/einde`} vernieuw={[casusKey(leerlingId)]} knop={t('casus.betrokkene.eindeKnop')}
        velden={[{ naam: 'tot', label: t('casus.betrokkene.tot'), soort: 'datum', verplicht: true, begin: dagErvoor(vandaag()) }]} />
    </details>
  );
}
