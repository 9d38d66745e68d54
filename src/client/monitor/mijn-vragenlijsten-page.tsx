import { useQuery } from '@tanstack/react-query';
import { formatDatum } from '../format.ts';
import { t } from '../i18n/t.ts';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { vragenlijstApi } from './monitor-api.ts';

/** A pupil with an own account: the questionnaires open today. */
export function MijnVragenlijstenPage() {
  const q = useQuery({ queryKey: ['mijn-vragenlijsten'], queryFn: vragenlijstApi.mijn });
  return (
    <Page title={t('vl.mijn.titel')}>
      {q.isPending && <Loading />}
      {q.isError && <LoadError error={q.error} onRetry={() => q.refetch()} />}
      {q.data && q.data.vragenlijsten.length === 0 && <p className="utrecht-paragraph">{t('vl.mijn.leeg')}</p>}
      {q.data && q.data.vragenlijsten.length > 0 && (
        <ul className="utrecht-unordered-list">
          {q.data.vragenlijsten.map((v) => (
            <li key={v.id} className="utrecht-unordered-list__item">
              {v.afgerond ? <>{v.naam}: {t('vl.mijn.klaar')}</> : <Link to={`/vragenlijst/${v.id}`}>{v.naam}</Link>}
              {!v.afgerond && <> — {t('vl.mijn.tot', { datum: formatDatum(v.tot) })}</>}
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
