import { formatTijdstip } from '../format.ts';
import { t } from '../i18n/t.ts';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { useAfspraken } from '../casus/casus-api.ts';
import { KleinFormulier } from '../casus/klein-formulier.tsx';

/** The regional agreements on the vangnet: how the process runs and how it is told to parents (003 §20.3). */
export function AfsprakenPage() {
  const a = useAfspraken();
  return (
    <Page title={t('vn.afspraken.titel')} terug={<Link className="piramide-back" to="/">{t('vn.afspraken.terug')}</Link>}>
      <p className="utrecht-paragraph">{t('vn.afspraken.uitleg')}</p>
      {a.isPending && <Loading />}
      {a.isError && <LoadError error={a.error} />}
      {a.data && (
        <>
          {a.data.tekst
            ? <div className="piramide-afspraken">{a.data.tekst}</div>
            : <p className="utrecht-paragraph">{t('vn.afspraken.leeg')}</p>}
          {a.data.bijgewerkt && <p className="utrecht-paragraph">{t('vn.afspraken.bijgewerkt', { tijdstip: formatTijdstip(a.data.bijgewerkt) })}</p>}
          {a.data.magBewerken && (
            <KleinFormulier key={a.data.bijgewerkt ?? ''} id="afspraken" kopNiveau={2} kop={t('vn.afspraken.bewerken')} methode="put" pad="/api/vangnet/afspraken"
              vernieuw={[['vangnet-afspraken']]} knop={t('vn.form.opslaan')}
              velden={[{ naam: 'tekst', label: t('vn.afspraken.veld'), soort: 'tekstvak', begin: a.data.tekst }]} />
          )}
        </>
      )}
    </Page>
  );
}
