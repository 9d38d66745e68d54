import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { t } from '../i18n/t.ts';
import type { GroepKort, Kind } from '../types.ts';

export function useMijnKinderen() {
  return useQuery({
    queryKey: ['mijn-kinderen'],
    queryFn: () => api.get<{ kinderen: Kind[] }>('/api/mijn-kinderen'),
    select: (data) => data.kinderen,
  });
}

export function groepTekst(groep: GroepKort | null): string | null {
  return groep ? groep.naam : null;
}

export function schoolGroepTekst(kind: { school: { naam: string } | null; groep: GroepKort | null }): string {
  const school = kind.school?.naam;
  const groep = groepTekst(kind.groep);
  if (school && groep) return t('kinderen.schoolGroep', { school, groep });
  return school ?? groep ?? '';
}
