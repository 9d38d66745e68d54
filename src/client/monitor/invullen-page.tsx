import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../api.ts';
import { foutTekst } from '../format.ts';
import { t } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Button } from '../ui/button.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { gebruikToken, vergeetToken, vragenlijstApi, type Invullen } from './monitor-api.ts';
import './monitor.css';

type Stand = 'bezig' | 'ok' | 'fout';
const SCORES = [1, 2, 3, 4, 5] as const;

/** The questionnaire: every answer is saved the moment it is chosen; any question may be skipped. */
export function InvullenPage() {
  const { id = '' } = useParams();
  const [klaar, setKlaar] = useState(false);
  gebruikToken(id);
  const vragen = useQuery({ queryKey: ['vragenlijst', id], queryFn: () => vragenlijstApi.open(id), retry: false, staleTime: Infinity });

  if (klaar) {
    return (
      <Page title={t('vl.klaar')}>
        <Alert type="ok" live="polite">{t('vl.klaarTekst')}</Alert>
      </Page>
    );
  }
  if (vragen.isPending) return <Page title={t('vl.mijn.titel')}><Loading /></Page>;
  if (vragen.isError) {
    const verlopen = vragen.error instanceof ApiError && [401, 404].includes(vragen.error.status);
    return (
      <Page title={t('vl.mijn.titel')}>
        {verlopen ? (
          <Alert type="warning">
            <p className="utrecht-paragraph">{t('vl.verlopen')}</p>
            <p className="utrecht-paragraph"><Link to="/vragenlijst/code">{t('vl.code.titel')}</Link></p>
          </Alert>
        ) : <LoadError error={vragen.error} onRetry={() => vragen.refetch()} />}
      </Page>
    );
  }
  return <Vragen id={id} data={vragen.data} onKlaar={() => { vergeetToken(); setKlaar(true); }} />;
}

function Vragen({ id, data, onKlaar }: { id: string; data: Invullen; onKlaar: () => void }) {
  const [scores, setScores] = useState<Record<string, number | null>>(() => Object.fromEntries(data.items.map((i) => [i.id, i.score])));
  const [stand, setStand] = useState<Record<string, Stand>>({});
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);

  async function kies(itemId: string, score: number | null) {
    setScores((s) => ({ ...s, [itemId]: score }));
    setStand((s) => ({ ...s, [itemId]: 'bezig' }));
    try {
      await vragenlijstApi.antwoord(id, itemId, score);
      setStand((s) => ({ ...s, [itemId]: 'ok' }));
    } catch {
      setStand((s) => ({ ...s, [itemId]: 'fout' }));
    }
  }

  async function inleveren() {
    setFout(null);
    setBezig(true);
    try {
      await vragenlijstApi.klaar(id);
      onKlaar();
    } catch (error) {
      setFout(foutTekst(error));
      setBezig(false);
    }
  }

  const beantwoord = Object.values(scores).filter((s) => s !== null).length;
  if (data.afgerond) {
    return <Page title={t('vl.titel', { naam: data.metingNaam })}><Alert type="ok">{t('vl.alKlaar')}</Alert></Page>;
  }
  return (
    <Page title={t('vl.titel', { naam: data.metingNaam })}>
      <p className="utrecht-paragraph">{t('vl.uitleg')}</p>
      <p className="utrecht-paragraph">{t('vl.bewaard')}</p>
      <ol className="piramide-vragen">
        {data.items.map((item, n) => {
          const s = stand[item.id];
          return (
            <li key={item.id} className="piramide-vraag">
              <fieldset className="utrecht-form-fieldset piramide-vraag__set" aria-describedby={`stand-${item.id}`}>
                <legend className="utrecht-form-fieldset__legend piramide-vraag__tekst">
                  <span className="piramide-vraag__nummer">{t('vl.vraag', { nummer: n + 1, aantal: data.items.length })}</span>
                  {item.tekst}
                </legend>
                <div className="piramide-likert">
                  {SCORES.map((score) => (
                    <label key={score} className="piramide-likert__optie">
                      <input type="radio" name={`vraag-${item.id}`} value={score} checked={scores[item.id] === score} onChange={() => kies(item.id, score)} />
                      <span>{t(`vl.schaal.${score}`)}</span>
                    </label>
                  ))}
                </div>
                <p id={`stand-${item.id}`} className="piramide-vraag__stand" role="status">
                  {s === 'bezig' ? t('vl.opslaan') : s === 'ok' ? t('vl.opgeslagen') : s === 'fout' ? t('vl.nietOpgeslagen') : ''}
                </p>
                {scores[item.id] !== null && (
                  <Button appearance="subtle" onClick={() => kies(item.id, null)}>{t('vl.wis')}</Button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p className="utrecht-paragraph" aria-live="polite">{t('vl.beantwoord', { aantal: beantwoord, totaal: data.items.length })}</p>
      {fout && <Alert type="error" live="assertive">{fout}</Alert>}
      <Button appearance="primary" onClick={inleveren} busy={bezig}>{t('vl.klaar')}</Button>
    </Page>
  );
}
