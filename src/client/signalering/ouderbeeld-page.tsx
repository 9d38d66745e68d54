import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { formatDatum } from '../format.ts';
import { t } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Button } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks } from '../ui/form-errors.ts';
import { useFormulier } from '../ui/use-formulier.ts';
import { Paragraph } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { eigenFormulier, serverFouten } from './formulier-velden.ts';
import { postOuderbeeld, useOuderbeeld } from './signalering-api.ts';
import { FormulierVraag } from './velden.tsx';
import './signalering.css';

/** "Hoe ziet u uw kind?": the parent's picture, phone first, in plain words (B1). */
export function OuderbeeldPage() {
  const { id = '' } = useParams();
  const vragenlijst = useOuderbeeld(id);
  const queryClient = useQueryClient();
  const [antwoorden, setAntwoorden] = useState<Record<string, string>>({});
  const { fouten, poging, bezig, verstuur } = useFormulier();
  const [klaar, setKlaar] = useState(false);
  const data = vragenlijst.data;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!data) return;
    const check = fromChecks(data.formulier.items.map((i) => [
      `vraag-${i.sleutel}`, i.verplicht && !antwoorden[i.sleutel]?.trim() ? t('sig.ouder.kies') : undefined,
    ]));
    void verstuur(check, async () => {
      await postOuderbeeld(id, {
        antwoorden: Object.fromEntries(data.formulier.items.filter((i) => antwoorden[i.sleutel]?.trim())
          .map((i) => [i.sleutel, i.soort === 'schaal' ? Number(antwoorden[i.sleutel]) : antwoorden[i.sleutel]!.trim()])),
      });
      setKlaar(true);
      setAntwoorden({});
      window.scrollTo(0, 0);
      await queryClient.invalidateQueries({ queryKey: ['leerling', id, 'ouderbeeld'] });
    }, (error) => serverFouten(error));
  }

  const laatste = data?.eerder[0];
  return (
    <Page title={t('sig.ouder.titel')} terug={<Link className="piramide-back" to={`/mijn-kinderen/${encodeURIComponent(id)}`}>{t('sig.ouder.terug')}</Link>}>
      {vragenlijst.isPending && <Loading />}
      {vragenlijst.isError && <LoadError error={vragenlijst.error} />}
      {data && (
        <>
          {klaar && <Alert type="ok" live="polite" title={t('sig.ouder.dank')}><Paragraph>{t('sig.ouder.dankUitleg', { naam: data.kind.voornaam })}</Paragraph></Alert>}
          <Paragraph lead>{t('sig.ouder.intro', { naam: data.kind.voornaam })}</Paragraph>
          <Paragraph>{t('sig.ouder.waarom')}</Paragraph>
          {laatste && <Paragraph small>{t('sig.ouder.eerder', { datum: formatDatum(laatste.datum) })}</Paragraph>}
          <p className="piramide-eigen">{eigenFormulier(data.formulier.versie)}</p>
          <ErrorSummary errors={fouten.summary} focusKey={poging} />
          <form className="piramide-form" noValidate onSubmit={onSubmit}>
            {data.formulier.items.map((i) => (
              <FormulierVraag key={i.sleutel} id={`vraag-${i.sleutel}`} vraag={i.vraag} soort={i.soort} verplicht={i.verplicht}
                waarde={antwoorden[i.sleutel] ?? ''} onChange={(v) => setAntwoorden((a) => ({ ...a, [i.sleutel]: v }))}
                error={fouten.fields[`vraag-${i.sleutel}`]} schaalUitleg={t('sig.ouder.schaal')} />
            ))}
            <div>
              <Button type="submit" appearance="primary" busy={bezig}>{t('sig.ouder.versturen')}</Button>
            </div>
          </form>
        </>
      )}
    </Page>
  );
}
