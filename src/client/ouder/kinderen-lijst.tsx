import { Link } from 'react-router';
import { t } from '../i18n/t.ts';
import { Heading } from '../ui/heading.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { schoolGroepTekst, useMijnKinderen } from './kinderen.ts';

/** One card per child with the two things a parent comes for: the child's data and who looked at it. */
export function KinderenLijst({ kopNiveau }: { kopNiveau: 2 | 3 }) {
  const kinderen = useMijnKinderen();
  if (kinderen.isPending) return <Loading />;
  if (kinderen.isError) return <LoadError error={kinderen.error} onRetry={() => kinderen.refetch()} />;
  if (kinderen.data.length === 0) return <p className="utrecht-paragraph">{t('kinderen.geen')}</p>;
  return (
    <ul className="piramide-cards">
      {kinderen.data.map((kind) => {
        const onder = schoolGroepTekst(kind);
        return (
          <li key={kind.id} className="piramide-card">
            <Heading level={kopNiveau}>{kind.naam}</Heading>
            {onder && <p className="utrecht-paragraph">{onder}</p>}
            {kind.planWachtOpInstemming && (
              <p className="utrecht-paragraph">
                <strong>{t('kinderen.planWacht')}</strong>{' '}
                <Link className="utrecht-link utrecht-link--html-a" to={`/mijn-kinderen/${encodeURIComponent(String(kind.id))}/plan`}>
                  {t('kinderen.planLezen', { naam: kind.naam })}
                </Link>
              </p>
            )}
            {kind.aanmeldingWachtOpToestemming && (
              <p className="utrecht-paragraph">
                <strong>{t('kinderen.aanmeldingWacht', { naam: kind.naam })}</strong>{' '}
                <Link className="utrecht-link utrecht-link--html-a" to={`/toelating/${encodeURIComponent(String(kind.id))}`}>
                  {t('kinderen.aanmeldingLezen')}
                </Link>
              </p>
            )}
            <ul className="piramide-card__links">
              <li>
                <Link className="utrecht-link utrecht-link--html-a" to={`/mijn-kinderen/${encodeURIComponent(String(kind.id))}`}>
                  {t('kinderen.bekijken', { naam: kind.naam })}
                </Link>
              </li>
              <li>
                <Link
                  className="utrecht-link utrecht-link--html-a"
                  to={`/mijn-kinderen/${encodeURIComponent(String(kind.id))}/toegang`}
                >
                  {t('kinderen.toegang', { naam: kind.naam })}
                </Link>
              </li>
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
