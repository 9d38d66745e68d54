import '../werklijst/werklijst.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api.ts';
import { formatDatum, foutTekst } from '../format.ts';
import { t } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Button } from '../ui/button.tsx';
import { Heading } from '../ui/heading.tsx';
import { Tekstvak } from '../werklijst/tekstvak.tsx';

type Verzoeken = { verzoeken: { id: string; aangevraagd: string; gehouden: string | null }[] };

/** Parents can always ask for a talk (source: 003 §17.2.2): one short question, one big button. */
export function GesprekAanvragen({ leerlingId }: { leerlingId: string }) {
  const qc = useQueryClient();
  const pad = `/api/leerlingen/${encodeURIComponent(leerlingId)}`;
  const verzoeken = useQuery({ queryKey: ['gespreksverzoeken', leerlingId], queryFn: () => api.get<Verzoeken>(`${pad}/gespreksverzoeken`) });
  const [toelichting, setToelichting] = useState('');
  const vraag = useMutation({
    mutationFn: () => api.post<{ id: string; alOpen: boolean }>(`${pad}/gespreksverzoek`, { toelichting }),
    onSuccess: () => { setToelichting(''); return qc.invalidateQueries({ queryKey: ['gespreksverzoeken', leerlingId] }); },
  });
  const fout = vraag.error instanceof ApiError ? vraag.error.velden.find((v) => v.veld === 'toelichting')?.melding : undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    vraag.mutate();
  }

  return (
    <section className="piramide-section" aria-labelledby="gesprek-kop">
      <Heading level={2} id="gesprek-kop">{t('ouderGesprek.titel')}</Heading>
      <p className="utrecht-paragraph">{t('ouderGesprek.uitleg')}</p>
      {verzoeken.data?.verzoeken.slice(0, 3).map((v) => (
        <p key={v.id} className="utrecht-paragraph">
          {v.gehouden
            ? t('ouderGesprek.gehouden', { datum: formatDatum(v.aangevraagd), gehouden: formatDatum(v.gehouden) })
            : t('ouderGesprek.open', { datum: formatDatum(v.aangevraagd) })}
        </p>
      ))}
      {vraag.isSuccess && <Alert type="ok" live="polite">{vraag.data.alOpen ? t('ouderGesprek.alOpen') : t('ouderGesprek.verstuurd')}</Alert>}
      {vraag.isError && !fout && <Alert type="error" live="assertive">{foutTekst(vraag.error)}</Alert>}
      <form onSubmit={submit} noValidate className="piramide-form">
        <Tekstvak id="gesprek-toelichting" label={t('ouderGesprek.vraag')} uitleg={t('ouderGesprek.vraag.uitleg')} rows={3} maxLength={1000}
          value={toelichting} onChange={(e) => setToelichting(e.target.value)} fout={fout} />
        <Button type="submit" appearance="primary" busy={vraag.isPending}>{t('ouderGesprek.knop')}</Button>
      </form>
    </section>
  );
}
