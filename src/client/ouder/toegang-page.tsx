import { useParams, useSearchParams } from 'react-router';
import { actieZin, formatTijdstip } from '../format.ts';
import { t } from '../i18n/t.ts';
import { useToegang } from '../leerling/leerling-api.ts';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Pagination } from '../ui/pagination.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { useMijnKinderen } from './kinderen.ts';
import { useSessie } from '../auth/session.ts';

/** "Wie heeft het dossier van uw kind bekeken": every read of the child's file, newest first. */
export function ToegangPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const pagina = Math.max(1, Number(params.get('pagina')) || 1);
  const toegang = useToegang(id, pagina);
  const kinderen = useMijnKinderen();
  const eigenNaam = useSessie().data?.account.naam;
  const kind = kinderen.data?.find((k) => String(k.id) === id);
  const titel = kind ? t('toegang.titel', { naam: kind.naam }) : t('toegang.titelAlgemeen');
  const items = toegang.data ? [...toegang.data.items].sort((a, b) => b.tijdstip.localeCompare(a.tijdstip)) : [];

  return (
    <Page
      title={titel}
      terug={
        <Link className="piramide-back" to={`/mijn-kinderen/${encodeURIComponent(id)}`}>
          {kind ? t('kinderen.bekijken', { naam: kind.naam }) : t('kind.terug')}
        </Link>
      }
    >
      <p className="utrecht-paragraph">{t('toegang.intro')}</p>
      {toegang.isPending && <Loading />}
      {toegang.isError && <LoadError error={toegang.error} />}
      {toegang.data &&
        (items.length === 0 ? (
          <p className="utrecht-paragraph">{t('toegang.geen')}</p>
        ) : (
          <ol className="piramide-timeline">
            {items.map((item, i) => (
              <li key={i}>
                <time dateTime={item.tijdstip}>{formatTijdstip(item.tijdstip)}</time>
                {t('toegang.regel', {
                  actor: item.actorNaam === eigenNaam ? t('toegang.u') : item.actorNaam,
                  actie: actieZin(item.actie),
                })}
              </li>
            ))}
          </ol>
        ))}
      {toegang.data && <Pagination pagina={pagina} meer={toegang.data.meer} search={params} />}
      <p className="utrecht-paragraph">{t('toegang.vraag')}</p>
    </Page>
  );
}
