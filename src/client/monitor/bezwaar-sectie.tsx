import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import { foutTekst } from '../format.ts';
import { t } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Button } from '../ui/button.tsx';
import { Heading } from '../ui/heading.tsx';
import { LoadError } from '../ui/query-state.tsx';

type Bezwaar = { bezwaar: boolean; sinds: string | null };

/** On the parent's child page: object beforehand to the region's questionnaire, or withdraw it. */
export function BezwaarSectie({ leerlingId }: { leerlingId: string }) {
  const qc = useQueryClient();
  const key = ['monitor-bezwaar', leerlingId];
  const q = useQuery({ queryKey: key, queryFn: () => api.get<Bezwaar>(`/api/leerlingen/${leerlingId}/monitor-bezwaar`) });
  const zet = useMutation({
    mutationFn: (bezwaar: boolean) => (bezwaar
      ? api.post<Bezwaar>(`/api/leerlingen/${leerlingId}/monitor-bezwaar`, {})
      : api.delete<Bezwaar>(`/api/leerlingen/${leerlingId}/monitor-bezwaar`)),
    onSuccess: (r) => qc.setQueryData(key, r),
  });
  return (
    <section className="piramide-section" aria-labelledby="bezwaar-kop">
      <Heading level={2} id="bezwaar-kop">{t('bezwaar.titel')}</Heading>
      <p className="utrecht-paragraph">{t('bezwaar.uitleg')}</p>
      {q.isError && <LoadError error={q.error} onRetry={() => q.refetch()} />}
      {q.data && (
        <>
          <p className="utrecht-paragraph" role="status">{q.data.bezwaar ? t('bezwaar.wel') : t('bezwaar.geen')}</p>
          <Button onClick={() => zet.mutate(!q.data.bezwaar)} busy={zet.isPending}>{q.data.bezwaar ? t('bezwaar.intrekken') : t('bezwaar.maken')}</Button>
        </>
      )}
      {zet.isError && <Alert type="error" live="assertive">{foutTekst(zet.error)}</Alert>}
    </section>
  );
}
