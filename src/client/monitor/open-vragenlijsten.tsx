import { useQuery } from '@tanstack/react-query';
import { t } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Link } from '../ui/link.tsx';
import { vragenlijstApi } from './monitor-api.ts';

/** On a pupil's start page: a questionnaire to fill in comes first (UX: "who sees what first"). */
export function OpenVragenlijsten() {
  const q = useQuery({ queryKey: ['mijn-vragenlijsten'], queryFn: vragenlijstApi.mijn });
  const open = q.data?.vragenlijsten.filter((v) => !v.afgerond) ?? [];
  if (open.length === 0) return null;
  return (
    <Alert type="info" title={t('vl.start.titel')}>
      {open.map((v) => (
        <p key={v.id} className="utrecht-paragraph"><Link to={`/vragenlijst/${v.id}`}>{t('vl.start.link', { naam: v.naam })}</Link></p>
      ))}
    </Alert>
  );
}
