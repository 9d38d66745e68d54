import { Link } from 'react-router';
import { t } from '../i18n/t.ts';

/** Previous / next links that keep the other query parameters. */
export function Pagination({ pagina, meer, search }: { pagina: number; meer: boolean; search: URLSearchParams }) {
  if (pagina <= 1 && !meer) return null;
  const naar = (p: number) => {
    const s = new URLSearchParams(search);
    s.set('pagina', String(p));
    return `?${s.toString()}`;
  };
  return (
    <nav className="utrecht-pagination piramide-pagination" aria-label={t('pagina.navigatie')}>
      {pagina > 1 && (
        <Link className="utrecht-link utrecht-link--html-a" to={naar(pagina - 1)}>
          {t('pagina.vorige')}
        </Link>
      )}
      <span className="piramide-pagination__current" aria-current="page">
        {t('pagina.nummer', { pagina })}
      </span>
      {meer && (
        <Link className="utrecht-link utrecht-link--html-a" to={naar(pagina + 1)}>
          {t('pagina.volgende')}
        </Link>
      )}
    </nav>
  );
}
